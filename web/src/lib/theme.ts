// Brand theme → CSS custom properties, with colours validated (no CSS injection) and text colours that keep WCAG AA contrast.
export interface BrandTheme {
  primaryColor: string;
  accentColor: string;
  logoUrl?: string | null;
}

const FALLBACK_PRIMARY = '#1f3a93';
const FALLBACK_ACCENT = '#c2410c';

function parseHex(color: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function toHex(rgb: [number, number, number]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: [number, number, number] = [255, 255, 255];
const INK: [number, number, number] = [17, 24, 39];

/** The colour darkened until it reads on white at 4.5:1 (links, headings in the brand colour). */
function readableOnWhite(rgb: [number, number, number]): [number, number, number] {
  let current = rgb;
  for (let i = 0; i < 20 && contrast(current, WHITE) < 4.5; i++) current = current.map((c) => c * 0.85) as typeof rgb;
  return current;
}

/** CSS declarations for a `style` attribute. */
export function themeStyle(theme: BrandTheme | null | undefined): string {
  const primary = parseHex(theme?.primaryColor ?? '') ?? parseHex(FALLBACK_PRIMARY)!;
  const accent = parseHex(theme?.accentColor ?? '') ?? parseHex(FALLBACK_ACCENT)!;
  const on = (rgb: [number, number, number]) => (contrast(rgb, WHITE) >= contrast(rgb, INK) ? '#ffffff' : toHex(INK));
  return [
    `--brand-primary: ${toHex(primary)}`,
    `--brand-on-primary: ${on(primary)}`,
    `--brand-primary-text: ${toHex(readableOnWhite(primary))}`,
    `--brand-accent: ${toHex(accent)}`,
    `--brand-on-accent: ${on(accent)}`,
    `--brand-accent-text: ${toHex(readableOnWhite(accent))}`,
  ].join('; ');
}

/** Only http(s) or same-site logos; anything else is dropped. */
export function safeLogoUrl(url: string | null | undefined): string | null {
  return url && (/^https?:\/\//i.test(url) || /^\/(?!\/)/.test(url)) ? url : null;
}
