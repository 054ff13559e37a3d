import { describe, expect, it } from 'vitest';
import { labelIndexes, niceCeiling, scaled } from './chart.ts';

describe('chart arithmetic', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 0.3, 1, 3, 7, 12, 20, 201, 0.07].map(niceCeiling)).toEqual([1, 0.5, 1, 5, 10, 20, 20, 500, 0.1]);
  });
  it('places values on the axis within its bounds', () => {
    expect(scaled(5, 10, 200)).toBe(100);
    expect(scaled(20, 10, 200)).toBe(200);
    expect(scaled(-1, 10, 200)).toBe(0);
    expect(scaled(3, 0, 200)).toBe(0);
  });
  it('spreads labels with both ends kept', () => {
    expect(labelIndexes(3, 5)).toEqual([0, 1, 2]);
    expect(labelIndexes(30, 4)).toEqual([0, 10, 19, 29]);
  });
});
