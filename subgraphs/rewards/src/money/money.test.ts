import { describe, expect, it } from 'vitest';
import { formatMoney, isCurrency } from './money.ts';

describe('formatMoney', () => {
  it('formats minor units in the currency’s own precision', () => {
    expect(formatMoney(300, 'USD')).toBe('$3.00');
    expect(formatMoney(250, 'EUR')).toBe('€2.50');
    expect(formatMoney(5, 'USD')).toBe('$0.05');
    expect(formatMoney(1500, 'JPY')).toBe('¥1,500');
    expect(formatMoney(-12345, 'USD')).toBe('-$123.45');
  });

  it('is exact beyond what a float can hold', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'USD')).toBe('$90,071,992,547,409.91');
  });
});

describe('isCurrency', () => {
  it('knows ISO currencies and refuses made-up or lowercase codes', () => {
    expect(isCurrency('EUR')).toBe(true);
    expect(isCurrency('eur')).toBe(false);
    expect(isCurrency('ABC')).toBe(false);
  });
});
