// Per request: the session from cookies, the locale (choice cookie, then Accept-Language; brand pages may
// then apply the brand's default language), `<html lang>` and caching of personalised pages.
import type { Handle } from '@sveltejs/kit/hooks';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from '#lib/i18n/i18n.ts';
import { readSession } from '#lib/server/session.ts';

export const handle: Handle = async ({ event, resolve }) => {
  const chosen = event.cookies.get(LOCALE_COOKIE);
  event.locals.localeChosen = isLocale(chosen);
  event.locals.locale = isLocale(chosen)
    ? chosen
    : (localeFromAcceptLanguage(event.request.headers.get('accept-language')) ?? DEFAULT_LOCALE);
  event.locals.session = readSession(event.cookies);

  const response = await resolve(event, {
    // Read at render time, after load functions had their say (brand default language).
    transformPageChunk: ({ html }) => html.replace('%peerdesk.lang%', event.locals.locale),
  });
  if (event.locals.session) response.headers.set('cache-control', 'private, no-store');
  response.headers.set('vary', 'cookie, accept-language');
  return response;
};
