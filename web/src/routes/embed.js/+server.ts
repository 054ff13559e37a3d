// The one script a brand pastes into its site: it frames /embed/<brand> where the script tag stands.
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => {
  const script = `(function () {
  var me = document.currentScript;
  if (!me || !me.dataset.brand) return;
  var lang = me.dataset.lang ? '?lang=' + encodeURIComponent(me.dataset.lang) : '';
  var frame = document.createElement('iframe');
  frame.src = ${JSON.stringify(url.origin)} + '/embed/' + encodeURIComponent(me.dataset.brand) + lang;
  frame.title = me.dataset.title || 'Ask the community';
  frame.loading = 'lazy';
  frame.style.cssText = 'width:100%;max-width:' + (me.dataset.width || '420px') + ';height:' + (me.dataset.height || '460px') + ';border:1px solid #d9dce3;border-radius:10px;background:#fff';
  me.parentNode.insertBefore(frame, me.nextSibling);
})();
`;
  return new Response(script, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' },
  });
};
