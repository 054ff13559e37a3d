// Pages for a brand's staff: signed-out people sign in first; people without the role get the forbidden state.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { rolesIn, type Role } from './session.ts';

export function requireBrandRole(event: Pick<RequestEvent, 'locals' | 'url'>, brandId: string, roles: readonly Role[]): void {
  if (!event.locals.session) redirect(303, `/signin?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  if (!rolesIn(event.locals.session, brandId).some((role) => roles.includes(role))) {
    error(403, { message: 'This page is for the community’s staff.', code: 'FORBIDDEN' });
  }
}
