import { describe, expect, it } from 'vitest';
import { rankChanges, type RankedEntry } from './leaderboard-changes.ts';

const entry = (id: string, rank: number, points: number): RankedEntry => ({ rank, points, expert: { id, user: { handle: id } } });

describe('rankChanges', () => {
  it('lists experts who moved, gained points or are new, and nobody else', () => {
    const before = [entry('ana', 1, 50), entry('bo', 2, 40), entry('cy', 3, 10)];
    const after = [entry('bo', 1, 65), entry('ana', 2, 50), entry('cy', 3, 10), entry('di', 4, 5)];
    expect(rankChanges(before, after)).toEqual([
      { expertId: 'bo', handle: 'bo', rank: 1, before: 2 },
      { expertId: 'ana', handle: 'ana', rank: 2, before: 1 },
      { expertId: 'di', handle: 'di', rank: 4, before: null },
    ]);
    expect(rankChanges(after, after)).toEqual([]);
  });
});
