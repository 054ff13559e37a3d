import { describe, expect, it } from 'vitest';
import { safeLogoUrl, themeStyle } from './theme.ts';

const prop = (style: string, name: string) => new RegExp(`${name}: (#[0-9a-f]{6})`).exec(style)?.[1];

describe('themeStyle', () => {
  it('ignores anything that is not a hex colour (no CSS injection)', () => {
    const style = themeStyle({ primaryColor: 'red; background: url(https://evil.test)', accentColor: '#ff6600' });
    expect(style).not.toContain('evil');
    expect(prop(style, '--brand-primary')).toBe('#1f3a93');
    expect(prop(style, '--brand-accent')).toBe('#ff6600');
  });

  it('picks readable text colours for light and dark brand colours', () => {
    expect(prop(themeStyle({ primaryColor: '#ffd400', accentColor: '#0b1f4d' }), '--brand-on-primary')).toBe('#111827');
    expect(prop(themeStyle({ primaryColor: '#0b1f4d', accentColor: '#ffd400' }), '--brand-on-primary')).toBe('#ffffff');
    // A light brand colour used as text on white is darkened.
    expect(prop(themeStyle({ primaryColor: '#ffd400', accentColor: '#000000' }), '--brand-primary-text')).not.toBe('#ffd400');
  });
});

describe('safeLogoUrl', () => {
  it('keeps http(s) and same-site paths only', () => {
    expect(safeLogoUrl('https://cdn.test/logo.png')).toBe('https://cdn.test/logo.png');
    expect(safeLogoUrl('/logos/nimbus.svg')).toBe('/logos/nimbus.svg');
    expect(safeLogoUrl('javascript:alert(1)')).toBeNull();
    expect(safeLogoUrl('//evil.test/x.png')).toBeNull();
  });
});
