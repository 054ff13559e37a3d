import { redirect } from '@sveltejs/kit';
import { failWith, text } from '#lib/server/form.ts';
import { failPage, gatewayMutation, gatewayQuery } from '#lib/server/gateway.ts';
import { clearSession } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';
import { DeleteMyAccountMutation, MyAccountQuery } from './account.documents.ts';

export const load: PageServerLoad = async (event) => {
  if (!event.locals.session) redirect(303, '/signin?redirectTo=/account');
  const { me } = await gatewayQuery(event, MyAccountQuery, {}).catch(failPage);
  if (!me) redirect(303, '/signin?redirectTo=/account');
  return { me };
};

export const actions: Actions = {
  /** Deletes the account after the person confirmed with their password; they are signed out everywhere. */
  delete: async (event) => {
    const form = await event.request.formData();
    if (text(form, 'confirm') !== 'yes') return { problem: 'unconfirmed' as const };
    try {
      await gatewayMutation(event, DeleteMyAccountMutation, { input: { password: text(form, 'password') } });
    } catch (cause) {
      return failWith(cause, {});
    }
    clearSession(event.cookies);
    redirect(303, '/?deleted=1');
  },
};
