import { describe, expect, it } from 'vitest';
import { BADGES, earnedBadges, type AcceptedAnswer } from './badge.rules.ts';

const answer = (overrides: Partial<AcceptedAnswer> = {}): AcceptedAnswer => ({ rating: 3, language: 'en', withinSla: false, ...overrides });
const times = (n: number, overrides: Partial<AcceptedAnswer> = {}) => Array.from({ length: n }, () => answer(overrides));

describe('earnedBadges', () => {
  it('earns nothing without accepted answers', () => expect(earnedBadges([])).toEqual([]));

  it('counts accepted answers: 1, 10 and 100', () => {
    expect(earnedBadges(times(1))).toEqual(['FIRST_ACCEPTED']);
    expect(earnedBadges(times(9))).toEqual(['FIRST_ACCEPTED']);
    expect(earnedBadges(times(10))).toEqual(['FIRST_ACCEPTED', 'TEN_ACCEPTED']);
    expect(earnedBadges(times(100))).toEqual(['FIRST_ACCEPTED', 'TEN_ACCEPTED', 'HUNDRED_ACCEPTED']);
  });

  it('makes a fast responder of five answers within the SLA, not necessarily in a row', () => {
    const history = [...times(2, { withinSla: true }), answer(), ...times(3, { withinSla: true })];
    expect(earnedBadges(history.slice(0, 5))).not.toContain('FAST_RESPONDER');
    expect(earnedBadges(history)).toContain('FAST_RESPONDER');
  });

  it('needs five consecutive five-star ratings for the streak', () => {
    expect(earnedBadges([...times(4, { rating: 5 }), answer({ rating: 4 }), ...times(4, { rating: 5 })])).not.toContain('FIVE_STAR_STREAK');
    expect(earnedBadges([answer({ rating: 2 }), ...times(5, { rating: 5 }), answer({ rating: 1 })])).toContain('FIVE_STAR_STREAK');
  });

  it('recognises accepted answers in two languages', () => {
    expect(earnedBadges(times(3, { language: 'es' }))).not.toContain('BILINGUAL_HELPER');
    expect(earnedBadges([answer({ language: 'es' }), answer({ language: 'en' })])).toContain('BILINGUAL_HELPER');
  });

  it('names every badge', () => expect(Object.keys(BADGES)).toHaveLength(6));
});
