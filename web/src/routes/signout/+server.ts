// Signs out: forgets the session cookies (and tells identity, best effort) and goes home, or to a same-site `redirectTo`
// (the "sign in again" prompt after joining a brand sends people to the sign-in page this way).
import { redirect } from '@sveltejs/kit';
import { clearSession, safeRedirectPath } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ cookies, request }) => {
  // TODO(identity): call `signOut` to revoke the refresh token once the mutation exists in the supergraph.
  const form = await request.formData().catch(() => null);
  clearSession(cookies);
  redirect(303, safeRedirectPath(form?.get('redirectTo')));
};
