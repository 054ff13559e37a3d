import { fail, redirect } from '@sveltejs/kit';
import { failWith, text } from '#lib/server/form.ts';
import { gatewayMutation } from '#lib/server/gateway.ts';
import { safeRedirectPath, writeSession } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';
import { SignUpMutation } from './signup.documents.ts';

export const load: PageServerLoad = ({ locals, url }) => {
  const redirectTo = safeRedirectPath(url.searchParams.get('redirectTo'));
  if (locals.session) redirect(303, redirectTo);
  return { redirectTo };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const values = { email: text(form, 'email').trim(), handle: text(form, 'handle').trim() };
    const password = text(form, 'password');
    const redirectTo = safeRedirectPath(form.get('redirectTo'));
    if (!values.email || !password) {
      const fields: Record<string, string[]> = {};
      if (!values.email) fields.email = ['required'];
      if (!password) fields.password = ['required'];
      return fail(400, { values, problem: 'invalid' as const, fields });
    }
    try {
      const { signUp } = await gatewayMutation(event, SignUpMutation, {
        input: { email: values.email, password, handle: values.handle || null, locale: event.locals.locale },
      });
      writeSession(event.cookies, event.url.protocol === 'https:', signUp);
    } catch (cause) {
      return failWith(cause, { values });
    }
    redirect(303, redirectTo);
  },
};
