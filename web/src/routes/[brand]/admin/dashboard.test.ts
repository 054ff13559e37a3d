import { describe, expect, it } from 'vitest';
import { dayPoints, dayRange, deflectionRate } from './dashboard.ts';

const today = new Date('2026-03-15T18:30:00Z');

describe('dayRange', () => {
  it('keeps a valid range and falls back to the last 30 days otherwise', () => {
    expect(dayRange(new URLSearchParams('from=2026-03-01&to=2026-03-03'), today)).toEqual({ from: '2026-03-01', to: '2026-03-03', invalid: false });
    expect(dayRange(new URLSearchParams(''), today)).toEqual({ from: '2026-02-14', to: '2026-03-15', invalid: false });
    for (const bad of ['from=2026-03-05&to=2026-03-01', 'from=2026-02-30&to=2026-03-01', 'from=2024-01-01&to=2026-03-01', 'from=x&to=y']) {
      expect(dayRange(new URLSearchParams(bad), today)).toEqual({ from: '2026-02-14', to: '2026-03-15', invalid: true });
    }
  });
});

describe('deflectionRate and dayPoints', () => {
  it('divides deflections by everyone who came with a question; nothing when nobody came', () => {
    expect(deflectionRate(1, 3)).toBe(0.25);
    expect(deflectionRate(0, 0)).toBeNull();
  });
  it('joins questions and deflections by day', () => {
    expect(dayPoints([{ day: 'd1', asked: 2, resolved: 1 }], [{ day: 'd1', deflected: 4 }])).toEqual([{ day: 'd1', asked: 2, resolved: 1, deflected: 4 }]);
  });
});
