import { describe, expect, it } from 'vitest';
import { highlightText, safeHighlight } from './highlight.ts';

describe('safeHighlight', () => {
  it('keeps the marks and the escaped text as the search service sends them', () => {
    expect(safeHighlight('No me <mark>funciona</mark> el <mark>roaming</mark>')).toBe('No me <mark>funciona</mark> el <mark>roaming</mark>');
    expect(safeHighlight('<mark>Router</mark> shows &lt;script&gt;alert(1)&lt;/script&gt; &amp; more')).toBe(
      '<mark>Router</mark> shows &lt;script&gt;alert(1)&lt;/script&gt; &amp; more',
    );
  });

  it('turns every other tag into visible text, whatever the API sends', () => {
    expect(safeHighlight('<img src=x onerror=alert(1)><mark>a</mark>')).toBe('&lt;img src=x onerror=alert(1)&gt;<mark>a</mark>');
    expect(safeHighlight('<mark onclick="x">a</mark>')).toBe('&lt;mark onclick=&quot;x&quot;&gt;a');
    expect(safeHighlight('&lt;b&gt;')).toBe('&lt;b&gt;');
  });

  it('balances marks and never nests them', () => {
    expect(safeHighlight('<mark>a<mark>b')).toBe('<mark>ab</mark>');
    expect(safeHighlight('a</mark>b')).toBe('ab');
  });
});

describe('highlightText', () => {
  it('is the text a person reads', () => {
    expect(highlightText('<mark>Router</mark> &amp; modem')).toBe('Router & modem');
  });
});
