import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { es } from './es.ts';
import { createI18n, localeFromAcceptLanguage } from './i18n.ts';

describe('catalogs', () => {
  it('have the same keys and the same placeholders', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
  });
});

describe('localeFromAcceptLanguage', () => {
  it('picks the best supported language by quality', () => {
    expect(localeFromAcceptLanguage('fr-FR,fr;q=0.9,es-MX;q=0.8,en;q=0.5')).toBe('es');
    expect(localeFromAcceptLanguage('en-GB;q=0.4, es;q=0.9')).toBe('es');
    expect(localeFromAcceptLanguage('de, fr')).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });
});

describe('createI18n', () => {
  it('interpolates, pluralises and formats per locale', () => {
    const es18n = createI18n('es');
    expect(es18n.plural('question.answers', 0)).toBe('Sin respuestas');
    expect(es18n.plural('question.answers', 1)).toBe('1 respuesta');
    expect(es18n.plural('question.answers', 1200)).toBe('1200 respuestas');
    expect(createI18n('en').plural('question.answers', 1200)).toBe('1,200 answers');
    expect(createI18n('en').money(1999, 'USD')).toBe('$19.99');
    expect(es18n.money(1999, 'EUR')).toMatch(/^19,99\s€$/);
    expect(es18n.t('nav.signedInAs', { handle: '@ana' })).toBe('Sesión iniciada como @ana');
  });
});
