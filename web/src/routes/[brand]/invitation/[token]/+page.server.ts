// Accepting an invitation link an admin sent: sign in (or sign up) with the invited email, accept, and land where the
// new role works, with a session that already carries it.
import { redirect } from '@sveltejs/kit';
import type { Role } from '#lib/graphql/generated/graphql.ts';
import { failWith } from '#lib/server/form.ts';
import { gatewayMutation } from '#lib/server/gateway.ts';
import { refreshSession } from '#lib/server/refresh.ts';
import type { Actions, PageServerLoad } from './$types';
import { AcceptInvitationMutation } from './invitation.documents.ts';

const HOME: Partial<Record<Role, string>> = { EXPERT: 'expert', AGENT: 'agent', ADMIN: 'admin' };

export const load: PageServerLoad = ({ locals, url }) => ({ signedIn: Boolean(locals.session), here: url.pathname });

export const actions: Actions = {
  accept: async (event) => {
    if (!event.locals.session) redirect(303, `/signin?redirectTo=${encodeURIComponent(event.url.pathname)}`);
    let accepted;
    try {
      ({ acceptInvitation: accepted } = await gatewayMutation(event, AcceptInvitationMutation, {
        input: { token: event.params.token },
      }));
    } catch (cause) {
      return failWith(cause, {});
    }
    // The access token lists roles as of its issue: a fresh one carries the accepted role.
    await refreshSession(event);
    redirect(303, `/${accepted.brand.slug}/${HOME[accepted.role] ?? ''}`);
  },
};
