// Stores the person's language choice (cookie, a year) and returns to the page they were on.
import { redirect } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE } from '#lib/i18n/i18n.ts';
import { safeRedirectPath } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, cookies, url }) => {
  const form = await request.formData();
  const locale = form.get('locale');
  if (isLocale(locale)) {
    cookies.set(LOCALE_COOKIE, locale, {
      path: '/',
      httpOnly: false,
      sameSite: 'lax',
      secure: url.protocol === 'https:',
      maxAge: 60 * 60 * 24 * 365,
    });
  }
  redirect(303, safeRedirectPath(form.get('redirectTo')));
};
