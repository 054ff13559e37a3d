import { describe, expect, it } from 'vitest';
import {
  REPUTATION_SCALE,
  loadFactor,
  pickTop,
  reputationScore,
  responsiveness,
  scoreCandidate,
  skillMatch,
  type RoutingCandidate,
} from './routing.score.ts';

const question = { category: 'roaming', language: 'es' };

function candidate(overrides: Partial<RoutingCandidate> = {}): RoutingCandidate {
  return {
    expertId: 'e-default',
    userId: 'u',
    skills: ['roaming'],
    languages: ['es'],
    reputation: 0,
    openClaims: 0,
    openOffers: 0,
    recentAccepted: 0,
    recentDeclined: 0,
    recentIgnored: 0,
    ...overrides,
  };
}

describe('parts of the score', () => {
  it('matches skills by category', () => {
    expect(skillMatch(['roaming', 'fibra'], 'roaming')).toBe(1);
    expect(skillMatch(['fibra'], 'roaming')).toBe(0);
  });

  it('scales reputation logarithmically and caps it', () => {
    expect(reputationScore(-50)).toBe(0);
    expect(reputationScore(0)).toBe(0);
    expect(reputationScore(100)).toBeCloseTo(0.542, 3);
    expect(reputationScore(1500)).toBeCloseTo(0.859, 3);
    expect(reputationScore(REPUTATION_SCALE)).toBe(1);
    expect(reputationScore(100_000)).toBe(1);
    // Log scale: the first hundred points matter more than the next thousand.
    expect(reputationScore(100) - reputationScore(0)).toBeGreaterThan(reputationScore(1100) - reputationScore(100));
  });

  it('starts new experts fully responsive; ignoring costs more than declining', () => {
    expect(responsiveness({ accepted: 0, declined: 0, ignored: 0 })).toBe(1);
    expect(responsiveness({ accepted: 0, declined: 2, ignored: 0 })).toBeCloseTo(2 / 3);
    expect(responsiveness({ accepted: 0, declined: 0, ignored: 2 })).toBeCloseTo(0.5);
    expect(responsiveness({ accepted: 8, declined: 2, ignored: 0 })).toBeGreaterThan(
      responsiveness({ accepted: 0, declined: 2, ignored: 0 }),
    );
  });

  it('lowers the score with load', () => {
    expect(loadFactor(0, 0)).toBe(1);
    expect(loadFactor(1, 0)).toBeCloseTo(1 / 1.5);
    expect(loadFactor(0, 5)).toBeCloseTo(1 / 1.5);
  });
});

describe('scoreCandidate', () => {
  it('gives a new, idle, skilled expert skill and responsiveness in full', () => {
    expect(scoreCandidate(candidate(), question)).toBeCloseTo(0.5 + 0.2);
  });

  it('never offers a question in a language the expert does not speak', () => {
    expect(scoreCandidate(candidate({ languages: ['en'] }), question)).toBeNull();
  });

  it('does not offer more to an expert at the level claim limit', () => {
    expect(scoreCandidate(candidate({ openClaims: 1 }), question)).toBeNull(); // Newcomer: 1 claim
    expect(scoreCandidate(candidate({ openClaims: 1, reputation: 150 }), question)).not.toBeNull(); // Contributor: 2
  });

  it('applies the level routing multiplier', () => {
    const legend = scoreCandidate(candidate({ reputation: 5000 }), question)!;
    expect(legend).toBeCloseTo((0.5 + 0.3 + 0.2) * 2);
  });
});

describe('pickTop', () => {
  it('orders by score, breaks ties by expert id, skips excluded and ineligible experts, and keeps N', () => {
    const pool = [
      candidate({ expertId: 'c-offtopic', skills: ['fibra'] }),
      candidate({ expertId: 'b-skilled' }),
      candidate({ expertId: 'a-skilled' }),
      candidate({ expertId: 'd-veteran', reputation: 2000 }),
      candidate({ expertId: 'e-english', languages: ['en'], reputation: 9000 }),
      candidate({ expertId: 'f-excluded', reputation: 9000 }),
      candidate({ expertId: 'g-declines', recentDeclined: 6 }),
    ];
    const top = pickTop(pool, question, 4, new Set(['f-excluded']));
    expect(top.map((s) => s.candidate.expertId)).toEqual(['d-veteran', 'a-skilled', 'b-skilled', 'g-declines']);
    expect(pickTop(pool, question, 10, new Set(['f-excluded'])).at(-1)?.candidate.expertId).toBe('c-offtopic');
  });

  it('prefers a less loaded expert of equal standing', () => {
    const top = pickTop([candidate({ expertId: 'a', openOffers: 4 }), candidate({ expertId: 'b' })], question, 1);
    expect(top[0]?.candidate.expertId).toBe('b');
  });
});
