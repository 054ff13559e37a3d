import { describe, expect, it } from 'vitest';
import { minorUnits } from './money.ts';

describe('minorUnits', () => {
  it('turns typed major units into exact minor units, with a comma or a dot', () => {
    expect(minorUnits('12,50', 'EUR')).toBe(1250);
    expect(minorUnits('12.5', 'USD')).toBe(1250);
    expect(minorUnits('0.07', 'USD')).toBe(7);
    expect(minorUnits('300', 'JPY')).toBe(300);
  });

  it('refuses what is not an amount of that currency', () => {
    for (const bad of ['', 'abc', '1.234', '-5', '1e3', '12,5,0']) expect(minorUnits(bad, 'EUR')).toBeUndefined();
    expect(minorUnits('1.5', 'JPY')).toBeUndefined();
  });
});
