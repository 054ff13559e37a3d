import { describe, expect, it } from 'vitest';
import { currencyDigits, fromMinorUnits, toMinorUnits } from './money-input.ts';

describe('money input', () => {
  it('reads decimals exactly into minor units', () => {
    expect(toMinorUnits('12.50', 2)).toBe(1250);
    expect(toMinorUnits('0,1', 2)).toBe(10);
    expect(toMinorUnits(' 3 ', 2)).toBe(300);
    expect(toMinorUnits('1.005', 2)).toBeNull();
    expect(toMinorUnits('-1', 2)).toBeNull();
    expect(toMinorUnits('abc', 2)).toBeNull();
    expect(toMinorUnits('500', 0)).toBe(500);
  });
  it('shows minor units as decimals, and knows currency digits', () => {
    expect(fromMinorUnits(1250, 2)).toBe('12.50');
    expect(fromMinorUnits(5, 2)).toBe('0.05');
    expect(fromMinorUnits(500, 0)).toBe('500');
    expect([currencyDigits('USD'), currencyDigits('JPY'), currencyDigits('nope')]).toEqual([2, 0, 2]);
  });
});
