import { requireBrandRole } from '#lib/server/staff.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  const { brand } = await event.parent();
  requireBrandRole(event, brand.id, ['admin']);
  return {};
};
