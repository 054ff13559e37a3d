// The embeddable "ask the community" panel of a brand, framed by /embed.js on the brand's own site.
import { createI18n, isLocale } from '#lib/i18n/i18n.ts';
import { GatewayError, gatewayQuery } from '#lib/server/gateway.ts';
import type { RequestHandler } from './$types';
import { renderWidget } from './widget.html.ts';
import { WidgetQuery, WidgetSearchQuery } from './widget.documents.ts';

const html = (body: string, status = 200) =>
  new Response(body, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      // Made to be framed by any site; the page holds no personal data and no session-bound action.
      'content-security-policy': "frame-ancestors *; default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; form-action 'self'",
      'cache-control': 'public, max-age=60',
    },
  });

export const GET: RequestHandler = async (event) => {
  // The widget is anonymous whatever cookies the visitor has (third-party frames should not act as them).
  const anonymous = { fetch: event.fetch, locals: { ...event.locals, session: null } };
  const { brand } = await gatewayQuery(anonymous, WidgetQuery, { slug: event.params.brand });
  if (!brand) return html('<!doctype html><title>Not found</title><p>No such community.</p>', 404);
  const asked = event.url.searchParams.get('lang');
  const locale = isLocale(asked) && brand.languages.includes(asked) ? asked : isLocale(brand.defaultLanguage) ? brand.defaultLanguage : 'en';
  const query = (event.url.searchParams.get('q') ?? '').trim().slice(0, 300);
  let hits = null;
  let failed = false;
  if (query.length >= 3) {
    try {
      const result = await gatewayQuery(anonymous, WidgetSearchQuery, { brandId: brand.id, text: query, language: locale });
      hits = result.similarQuestions.map((hit) => ({ id: hit.question.id, title: hit.title, excerpt: hit.excerpt }));
    } catch (cause) {
      if (!(cause instanceof GatewayError)) throw cause;
      failed = true;
    }
  }
  return html(renderWidget({ origin: event.url.origin, brand, query, hits, failed }, createI18n(locale)));
};
