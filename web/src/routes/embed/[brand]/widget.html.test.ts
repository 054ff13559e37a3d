import { describe, expect, it } from 'vitest';
import { createI18n } from '#lib/i18n/i18n.ts';
import { escapeHtml, renderWidget } from './widget.html.ts';

const brand = { slug: 'telco-sol', name: 'Telco <Sol>', theme: { primaryColor: '#123456', accentColor: '#abcdef', logoUrl: 'javascript:alert(1)' } };

describe('renderWidget', () => {
  it('escapes everything it interpolates and drops unsafe logos', () => {
    const page = renderWidget(
      { origin: 'https://peerdesk.test', brand, query: '"><script>x</script>', hits: [{ id: 'q1', title: '<b>Roaming</b>', excerpt: 'a & b' }], failed: false },
      createI18n('es'),
    );
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('javascript:');
    expect(page).toContain('&lt;b&gt;Roaming&lt;/b&gt;');
    expect(page).toContain('href="https://peerdesk.test/telco-sol/q/q1"');
    expect(page).toContain('href="https://peerdesk.test/telco-sol/ask"');
    expect(page).toContain('<html lang="es">');
    expect(escapeHtml(`'&"`)).toBe('&#39;&amp;&quot;');
  });
});
