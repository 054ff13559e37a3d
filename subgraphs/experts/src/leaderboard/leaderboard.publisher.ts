import type { Orm } from '@peerdesk/runtime/database';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { LEADERBOARD_PERIODS, leaderboardTopic } from './leaderboard.period.ts';
import { LeaderboardService } from './leaderboard.service.ts';
import type { LeaderboardPayload } from './leaderboard.types.ts';

/** How many entries a live update carries: the top of the board, well inside a NOTIFY payload. */
export const LIVE_LEADERBOARD_SIZE = 20;

/**
 * Computes a brand's boards once per change and publishes each whole ranking, so subscribers (on any replica) only
 * pass it through instead of each re-running the ranking. Call after the change has committed.
 */
export async function publishLeaderboards(orm: Orm, pubsub: PubSub, brandId: string): Promise<void> {
  const service = new LeaderboardService(orm.em.fork());
  const now = new Date();
  for (const period of LEADERBOARD_PERIODS) {
    const board = await service.leaderboard(brandId, period, LIVE_LEADERBOARD_SIZE, now);
    const payload: LeaderboardPayload = {
      brandId,
      period,
      entries: board.entries.map(({ expertId, points, resolutions, rank, previousRank }) => ({ expertId, points, resolutions, rank, previousRank })),
      updatedAt: board.updatedAt.toISOString(),
    };
    await pubsub.publish(leaderboardTopic(brandId, period), payload);
  }
}
