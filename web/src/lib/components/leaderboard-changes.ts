// What changed between two pushes of a leaderboard: experts whose rank or points moved (or who are new on it).
export interface RankedEntry {
  rank: number;
  points: number;
  expert: { id: string; user: { handle: string } };
}

export interface RankChange {
  expertId: string;
  handle: string;
  rank: number;
  /** Rank in the previous push; null when the expert was not on it. */
  before: number | null;
}

export function rankChanges(before: readonly RankedEntry[], after: readonly RankedEntry[]): RankChange[] {
  const previous = new Map(before.map((entry) => [entry.expert.id, entry]));
  return after.flatMap((entry) => {
    const old = previous.get(entry.expert.id);
    if (old && old.rank === entry.rank && old.points === entry.points) return [];
    return [{ expertId: entry.expert.id, handle: entry.expert.user.handle, rank: entry.rank, before: old?.rank ?? null }];
  });
}
