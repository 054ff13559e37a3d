// Signs out: revokes the session at identity (best effort: the cookies go whatever identity answers) and goes home,
// or to a same-site `redirectTo` (the "sign in again" prompt after joining a brand sends people to sign in this way).
import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/gql.ts';
import { GatewayError, gatewayMutation } from '#lib/server/gateway.ts';
import { clearSession, safeRedirectPath } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

const SignOutMutation = graphql(`
  mutation SignOut($input: SignOutInput!) {
    signOut(input: $input) {
      revokedSessions
    }
  }
`);

export const POST: RequestHandler = async (event) => {
  const form = await event.request.formData().catch(() => null);
  if (event.locals.session) {
    await gatewayMutation(event, SignOutMutation, { input: {} }).catch((cause: unknown) => {
      if (!(cause instanceof GatewayError)) throw cause;
    });
  }
  clearSession(event.cookies);
  redirect(303, safeRedirectPath(form?.get('redirectTo')));
};
