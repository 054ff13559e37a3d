// Expert levels by reputation: what an expert is called, how strongly routing favours them, how much they may hold.

export interface LevelRule {
  name: string;
  /** 1 for the first level, increasing. */
  rank: number;
  minReputation: number;
  /** Multiplies an expert's routing score: proven experts see new questions first. */
  routingMultiplier: number;
  /** How many questions the expert may hold claimed at once. */
  claimLimit: number;
}

export const LEVELS: readonly LevelRule[] = [
  { name: 'Newcomer', rank: 1, minReputation: 0, routingMultiplier: 1, claimLimit: 1 },
  { name: 'Contributor', rank: 2, minReputation: 100, routingMultiplier: 1.1, claimLimit: 2 },
  { name: 'Specialist', rank: 3, minReputation: 500, routingMultiplier: 1.25, claimLimit: 3 },
  { name: 'Expert', rank: 4, minReputation: 1500, routingMultiplier: 1.5, claimLimit: 4 },
  { name: 'Legend', rank: 5, minReputation: 5000, routingMultiplier: 2, claimLimit: 5 },
];

export interface Level extends LevelRule {
  /** Reputation at which the next level starts; null at the top level. */
  nextLevelAt: number | null;
  /** How far the expert has come from this level's threshold to the next one, 0–1 (1 at the top level). */
  progress: number;
}

export function levelFor(reputation: number): Level {
  // Reputation may dip below zero after penalties; such an expert is still a Newcomer with no progress.
  const index = LEVELS.findLastIndex((level) => reputation >= level.minReputation);
  const current = LEVELS[Math.max(0, index)]!;
  const next = LEVELS[Math.max(0, index) + 1];
  if (!next) return { ...current, nextLevelAt: null, progress: 1 };
  const progress = (reputation - current.minReputation) / (next.minReputation - current.minReputation);
  return { ...current, nextLevelAt: next.minReputation, progress: Math.min(1, Math.max(0, progress)) };
}
