// Search highlights arrive as HTML with matched terms in <mark>; trust none of it: escape everything, allow only <mark>.
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Safe HTML from a highlight fragment: the text between marks is decoded once (the API escaped it) and escaped
 * again, so any other tag or entity trick becomes visible text; marks are balanced and never nested.
 */
export function safeHighlight(html: string): string {
  let open = false;
  let out = '';
  for (const part of html.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') {
      if (!open) out += '<mark>';
      open = true;
    } else if (tag === '</mark>') {
      if (open) out += '</mark>';
      open = false;
    } else {
      out += escape(decode(part));
    }
  }
  return open ? `${out}</mark>` : out;
}

/** The plain text of a highlight fragment (to compare it with a title). */
export function highlightText(html: string): string {
  return decode(html.replace(/<\/?mark>/gi, ''));
}
