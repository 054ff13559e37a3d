// Leaderboard periods are rolling windows ending now, so a "day" board is never empty just after midnight.

export enum LeaderboardPeriod {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  ALL_TIME = 'ALL_TIME',
}

export const LEADERBOARD_PERIODS: readonly LeaderboardPeriod[] = Object.values(LeaderboardPeriod);

const DAY_MS = 86_400_000;

/** The first instant counted by a leaderboard of `period` as of `now`. */
export function periodStart(period: LeaderboardPeriod, now: Date): Date {
  switch (period) {
    case LeaderboardPeriod.DAY:
      return new Date(now.getTime() - DAY_MS);
    case LeaderboardPeriod.WEEK:
      return new Date(now.getTime() - 7 * DAY_MS);
    case LeaderboardPeriod.MONTH:
      return new Date(now.getTime() - 30 * DAY_MS);
    case LeaderboardPeriod.ALL_TIME:
      return new Date(0);
  }
}

/** The pub/sub topic carrying a brand's live ranking for one period. */
export const leaderboardTopic = (brandId: string, period: LeaderboardPeriod) => `leaderboard:${brandId}:${period}`;
