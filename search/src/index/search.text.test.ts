import { describe, expect, it } from 'vitest';
import { MARK_START as S, MARK_STOP as E, excerpt, markedHtml, plainText } from './search.text.ts';

describe('plainText', () => {
  it('unwraps markdown emphasis, code, lists and links into one line', () => {
    expect(
      plainText(
        'En la UE el roaming está **activado**:\n\n1. Abre *Línea*.\n2. Usa `internet.telcosol.es` y [la app](https://x.test).',
      ),
    ).toBe('En la UE el roaming está activado: Abre Línea. Usa internet.telcosol.es y la app.');
  });
});

describe('excerpt', () => {
  it('keeps short text whole and cuts long text at a word with an ellipsis', () => {
    expect(excerpt('Reinicia el router.')).toBe('Reinicia el router.');
    const long = excerpt('palabra '.repeat(60), 50);
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long).toMatch(/palabra…$/);
  });
});

describe('markedHtml', () => {
  it('escapes everything and wraps only engine-marked terms in <mark>', () => {
    expect(markedHtml(`<b>${S}roaming${E}</b> & "${S}Francia${E}"`)).toBe(
      '&lt;b&gt;<mark>roaming</mark>&lt;/b&gt; &amp; &quot;<mark>Francia</mark>&quot;',
    );
  });

  it('closes a mark the engine left open and ignores stray stops', () => {
    expect(markedHtml(`a ${E}b ${S}c`)).toBe('a b <mark>c</mark>');
  });
});
