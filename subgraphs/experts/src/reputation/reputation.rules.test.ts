import { describe, expect, it } from 'vitest';
import {
  DAILY_VOTE_CAP,
  DEFAULT_SLA_MINUTES,
  awardsForResolution,
  cappedVotePoints,
  isCapped,
  ratingBonus,
  slaBonus,
} from './reputation.rules.ts';

describe('ratingBonus', () => {
  it.each([
    [5, 10],
    [4, 5],
    [3, 0],
    [2, -5],
    [1, -5],
  ])('%i stars is worth %i', (stars, points) => expect(ratingBonus(stars)).toBe(points));

  it.each([0, 6, 4.5, Number.NaN])('rejects a rating of %s', (stars) => expect(() => ratingBonus(stars)).toThrow(RangeError));
});

describe('slaBonus', () => {
  it('pays 5 when the first answer came within the SLA, boundary included', () => {
    expect(slaBonus(59 * 60_000, 60)).toBe(5);
    expect(slaBonus(60 * 60_000, 60)).toBe(5);
  });

  it('pays nothing once the SLA is missed', () => {
    expect(slaBonus(60 * 60_000 + 1, 60)).toBe(0);
    expect(slaBonus(31 * 60_000, 30)).toBe(0);
  });

  it('uses a one-hour default SLA', () => expect(DEFAULT_SLA_MINUTES).toBe(60));
});

describe('awardsForResolution', () => {
  it('gives a fast, five-star accepted answer 15 + 10 + 5', () => {
    expect(awardsForResolution({ rating: 5, timeToFirstAnswerMs: 60_000, slaMinutes: 60 })).toEqual([
      { reason: 'ACCEPTED_ANSWER', points: 15 },
      { reason: 'RATING_BONUS', points: 10 },
      { reason: 'SLA_BONUS', points: 5 },
    ]);
  });

  it('leaves out zero-point awards', () => {
    expect(awardsForResolution({ rating: 3, timeToFirstAnswerMs: 2 * 3_600_000, slaMinutes: 60 })).toEqual([
      { reason: 'ACCEPTED_ANSWER', points: 15 },
    ]);
  });

  it('subtracts for a poor rating but still credits the accept', () => {
    const awards = awardsForResolution({ rating: 1, timeToFirstAnswerMs: 2 * 3_600_000, slaMinutes: 60 });
    expect(awards.reduce((sum, a) => sum + a.points, 0)).toBe(10);
  });
});

describe('daily vote cap', () => {
  it('only upvotes count against the cap', () => {
    expect(isCapped('UPVOTE')).toBe(true);
    for (const reason of ['ACCEPTED_ANSWER', 'RATING_BONUS', 'SLA_BONUS', 'DOWNVOTE', 'PENALTY', 'SEED'] as const) {
      expect(isCapped(reason)).toBe(false);
    }
  });

  it('credits votes in full below the cap', () => expect(cappedVotePoints(10, 0)).toBe(10));

  it('credits the vote that crosses the cap in part, and nothing after', () => {
    expect(cappedVotePoints(10, DAILY_VOTE_CAP - 4)).toBe(4);
    expect(cappedVotePoints(10, DAILY_VOTE_CAP)).toBe(0);
    expect(cappedVotePoints(10, DAILY_VOTE_CAP + 30)).toBe(0);
  });

  it('always applies losses', () => expect(cappedVotePoints(-2, DAILY_VOTE_CAP)).toBe(-2));
});
