import { describe, expect, it } from 'vitest';
import { LEVELS, levelFor } from './level.rules.ts';

describe('levelFor', () => {
  it.each([
    [0, 'Newcomer'],
    [99, 'Newcomer'],
    [100, 'Contributor'],
    [499, 'Contributor'],
    [500, 'Specialist'],
    [1500, 'Expert'],
    [4999, 'Expert'],
    [5000, 'Legend'],
    [120_000, 'Legend'],
  ])('%i reputation is %s', (reputation, name) => expect(levelFor(reputation).name).toBe(name));

  it('reports the next threshold and progress towards it', () => {
    expect(levelFor(300)).toMatchObject({ name: 'Contributor', rank: 2, minReputation: 100, nextLevelAt: 500, progress: 0.5 });
    expect(levelFor(0)).toMatchObject({ nextLevelAt: 100, progress: 0 });
  });

  it('is complete at the top level', () => expect(levelFor(9000)).toMatchObject({ rank: 5, nextLevelAt: null, progress: 1 }));

  it('keeps negative reputation at the first level with no progress', () => {
    expect(levelFor(-40)).toMatchObject({ name: 'Newcomer', rank: 1, progress: 0, nextLevelAt: 100 });
  });

  it('gives higher levels more routing priority and more simultaneous claims', () => {
    for (let i = 1; i < LEVELS.length; i++) {
      expect(LEVELS[i]!.minReputation).toBeGreaterThan(LEVELS[i - 1]!.minReputation);
      expect(LEVELS[i]!.routingMultiplier).toBeGreaterThan(LEVELS[i - 1]!.routingMultiplier);
      expect(LEVELS[i]!.claimLimit).toBeGreaterThanOrEqual(LEVELS[i - 1]!.claimLimit);
    }
    expect(levelFor(0)).toMatchObject({ routingMultiplier: 1, claimLimit: 1 });
  });
});
