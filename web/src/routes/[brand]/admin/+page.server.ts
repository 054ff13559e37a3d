import { gatewayQuery, section } from '#lib/server/gateway.ts';
import type { PageServerLoad } from './$types';
import { DashboardQuery } from './dashboard.documents.ts';
import { dayRange } from './dashboard.ts';

export const load: PageServerLoad = async (event) => {
  const { brand } = await event.parent();
  const range = dayRange(event.url.searchParams, new Date());
  const analytics = await section(gatewayQuery(event, DashboardQuery, { brandId: brand.id, from: range.from, to: range.to }));
  return { range, analytics };
};
