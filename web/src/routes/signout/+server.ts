// Signs out: forgets the session cookies (and tells identity, best effort) and goes home.
import { redirect } from '@sveltejs/kit';
import { clearSession } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ cookies }) => {
  // TODO(identity): call `signOut` to revoke the refresh token once the mutation exists in the supergraph.
  clearSession(cookies);
  redirect(303, '/');
};
