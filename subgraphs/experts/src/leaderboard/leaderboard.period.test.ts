import { describe, expect, it } from 'vitest';
import { LeaderboardPeriod, leaderboardTopic, periodStart } from './leaderboard.period.ts';

const now = new Date('2026-03-10T12:00:00Z');

describe('periodStart', () => {
  it('counts rolling windows back from now', () => {
    expect(periodStart(LeaderboardPeriod.DAY, now).toISOString()).toBe('2026-03-09T12:00:00.000Z');
    expect(periodStart(LeaderboardPeriod.WEEK, now).toISOString()).toBe('2026-03-03T12:00:00.000Z');
    expect(periodStart(LeaderboardPeriod.MONTH, now).toISOString()).toBe('2026-02-08T12:00:00.000Z');
  });

  it('counts everything for ALL_TIME', () => expect(periodStart(LeaderboardPeriod.ALL_TIME, now).getTime()).toBe(0));
});

it('names one topic per brand and period', () => {
  expect(leaderboardTopic('b1', LeaderboardPeriod.WEEK)).toBe('leaderboard:b1:WEEK');
});
