// The widget's page: plain server-rendered HTML without JavaScript (a search form that reloads the frame), small
// enough to sit in any site's sidebar. Everything interpolated is escaped.
import type { I18n } from '#lib/i18n/i18n.ts';
import { safeLogoUrl, themeStyle, type BrandTheme } from '#lib/theme.ts';

export interface WidgetView {
  origin: string;
  brand: { slug: string; name: string; theme: BrandTheme };
  query: string;
  /** Null before a search; the hits after one. */
  hits: { id: string; title: string; excerpt: string }[] | null;
  failed: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111827;background:#fff}
header{background:var(--brand-primary);color:var(--brand-on-primary);padding:.6rem .8rem;display:flex;gap:.5rem;align-items:center}
header img{border-radius:4px;background:#fff}h1{font-size:1rem;margin:0}main{padding:.8rem}
form{display:flex;gap:.4rem}label{display:block;font-weight:600;margin-bottom:.3rem}
input{flex:1;min-width:0;font:inherit;padding:.45rem .6rem;border:1px solid #6b7280;border-radius:6px}
button,.ask{font:inherit;background:var(--brand-primary);color:var(--brand-on-primary);border:0;border-radius:6px;padding:.45rem .8rem;cursor:pointer;text-decoration:none;display:inline-block}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
ul{list-style:none;padding:0;margin:.8rem 0}li{padding:.5rem 0;border-bottom:1px solid #e5e7eb}
li a{color:var(--brand-primary-text);font-weight:600}li p{margin:.2rem 0 0;color:#4b5563;font-size:.875rem}
.muted{color:#4b5563}.footer{margin-top:.8rem;display:flex;justify-content:space-between;align-items:center;gap:.5rem;flex-wrap:wrap}`;

export function renderWidget(view: WidgetView, i18n: I18n): string {
  const { brand, origin } = view;
  const base = `${origin}/${encodeURIComponent(brand.slug)}`;
  const logo = safeLogoUrl(brand.theme.logoUrl);
  const name = escapeHtml(brand.name);
  let results = '';
  if (view.failed) results = `<p class="muted" role="alert">${escapeHtml(i18n.t('widget.failed'))}</p>`;
  else if (view.hits && view.hits.length === 0) results = `<p class="muted">${escapeHtml(i18n.t('widget.none'))}</p>`;
  else if (view.hits) {
    const items = view.hits
      .map(
        (hit) =>
          `<li><a href="${base}/q/${encodeURIComponent(hit.id)}" target="_blank" rel="noopener">${escapeHtml(hit.title)}</a><p>${escapeHtml(hit.excerpt)}</p></li>`,
      )
      .join('');
    results = `<h2 class="muted" style="font-size:.875rem;margin:.8rem 0 0">${escapeHtml(i18n.t('widget.results'))}</h2><ul>${items}</ul>`;
  }
  return `<!doctype html>
<html lang="${i18n.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(i18n.t('widget.title', { name: brand.name }))}</title><style>${STYLE}</style></head>
<body style="${escapeHtml(themeStyle(brand.theme))}">
<header>${logo ? `<img src="${escapeHtml(logo)}" alt="" width="22" height="22">` : ''}<h1>${escapeHtml(i18n.t('widget.title', { name: brand.name }))}</h1></header>
<main>
<form method="get" role="search"><input type="hidden" name="lang" value="${i18n.locale}">
<label for="q" style="position:absolute;left:-9999px">${escapeHtml(i18n.t('widget.search'))}</label>
<input id="q" name="q" type="search" value="${escapeHtml(view.query)}" placeholder="${escapeHtml(i18n.t('widget.placeholder'))}" maxlength="300" required>
<button type="submit">${escapeHtml(i18n.t('widget.searchButton'))}</button></form>
${results}
<div class="footer"><span class="muted">${escapeHtml(i18n.t('widget.notFound'))}</span>
<a class="ask" href="${base}/ask" target="_blank" rel="noopener">${escapeHtml(i18n.t('widget.ask', { name: brand.name }))}</a></div>
<p class="muted" style="font-size:.8rem;margin:.8rem 0 0"><a class="muted" href="${base}" target="_blank" rel="noopener">${name}</a> · Peerdesk</p>
</main>
</body>
</html>`;
}
