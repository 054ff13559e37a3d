// Locale choice and formatting: messages from the typed catalogs, dates and numbers through Intl.
import { en, type Catalog, type MessageKey } from './en.ts';
import { es } from './es.ts';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_COOKIE = 'pd_locale';

const catalogs: Record<Locale, Catalog> = { en, es };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Best supported language of an Accept-Language header (quality-ordered), or null. */
export function localeFromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (isLocale(base)) return base;
  }
  return null;
}

export type Params = Record<string, string | number>;

export interface I18n {
  locale: Locale;
  t(key: MessageKey, params?: Params): string;
  /** Picks `<key>.zero|one|other` by Intl plural rules; `{count}` is formatted. */
  plural(key: 'question.answers', count: number): string;
  number(value: number): string;
  /** Integer minor units → localized currency. */
  money(minorUnits: number, currency: string): string;
  dateTime(iso: string): string;
}

export function createI18n(locale: Locale): I18n {
  const catalog = catalogs[locale];
  const numbers = new Intl.NumberFormat(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const plurals = new Intl.PluralRules(locale);
  const t = (key: MessageKey, params?: Params) =>
    catalog[key].replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params?.[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  return {
    locale,
    t,
    plural(key, count) {
      const form = count === 0 ? 'zero' : plurals.select(count) === 'one' ? 'one' : 'other';
      return t(`${key}.${form}`, { count });
    },
    number: (value) => numbers.format(value),
    money(minorUnits, currency) {
      const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
      const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
      return format.format(minorUnits / 10 ** digits);
    },
    dateTime(iso) {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dates.format(date);
    },
  };
}
