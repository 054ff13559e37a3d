import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('escapes raw HTML instead of rendering it', () => {
    const html = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript:, data: and protocol-relative links', () => {
    for (const href of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,hi', '//evil.test/x']) {
      expect(renderMarkdown(`[click](${href})`)).not.toContain('href=');
    }
  });

  it('keeps http(s) links, linkifies bare URLs and marks them as user content', () => {
    const html = renderMarkdown('See [docs](https://example.com/a) or www.example.org');
    expect(html).toContain('href="https://example.com/a"');
    expect(html).toContain('href="http://www.example.org"');
    expect(html).toContain('rel="nofollow ugc noopener"');
  });
});
