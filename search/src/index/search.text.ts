// Turns stored markdown and engine-marked fragments into the safe plain text and <mark> HTML clients render.

/** Engines mark matched terms with these control characters, which never occur in user text we keep. */
export const MARK_START = '\u0001';
export const MARK_STOP = '\u0002';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Markdown to one line of plain text: emphasis, code ticks, headings, list markers and links unwrapped. */
export function plainText(markdown: string): string {
  // eslint-disable-next-line no-control-regex -- drop control characters except tabs, newlines and the marks
  const printable = markdown.replace(/[\u0000\u0003-\u0008\u000b\u000c\u000e-\u001f]/g, '');
  return printable
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Plain text cut at a word boundary, with an ellipsis when shortened. */
export function excerpt(markdown: string, maxLength = 200): string {
  const text = plainText(markdown);
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A fragment marked with MARK_START/MARK_STOP, as HTML: everything escaped, matches in `<mark>`. */
export function markedHtml(fragment: string): string {
  let html = '';
  let open = false;
  // eslint-disable-next-line no-control-regex -- the marks are control characters on purpose
  for (const part of plainText(fragment).split(/([\u0001\u0002])/)) {
    if (part === MARK_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === MARK_STOP) {
      if (open) html += '</mark>';
      open = false;
    } else html += escapeHtml(part);
  }
  return open ? `${html}</mark>` : html;
}

export function hasMark(fragment: string): boolean {
  return fragment.includes(MARK_START);
}
