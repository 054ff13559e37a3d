import type { EntityManager } from '@peerdesk/runtime/database';
import type { Leaderboard, LeaderboardEntry } from './leaderboard.types.ts';
import { periodStart, type LeaderboardPeriod } from './leaderboard.period.ts';

interface RankRow {
  expert_id: string;
  points: number;
  resolutions: number;
  rank: number;
  previous_rank: number | null;
}

/**
 * Ranks a brand's experts by reputation gained in the period, then by accepted answers, then by id (so the order is
 * total and stable). `previousRank` is the rank before the brand's latest bus-driven change, computed in the same
 * query by leaving that event's rows out. Suspended experts are not ranked.
 */
const RANKING_SQL = `
with totals as (
  select r.expert_id,
         sum(r.points)::int as points,
         (count(*) filter (where r.reason = 'ACCEPTED_ANSWER'))::int as resolutions,
         coalesce(sum(r.points) filter (where r.event_id is distinct from ?::uuid), 0)::int as previous_points,
         (count(*) filter (where r.reason = 'ACCEPTED_ANSWER' and r.event_id is distinct from ?::uuid))::int as previous_resolutions,
         bool_or(r.event_id is distinct from ?::uuid) as ranked_before
    from experts.reputation_event r
    join experts.expert e on e.id = r.expert_id and e.status <> 'SUSPENDED'
   where r.brand_id = ? and r.created_at >= ?
   group by r.expert_id
)
select expert_id, points, resolutions,
       (row_number() over (order by points desc, resolutions desc, expert_id))::int as rank,
       case when ranked_before then
         (row_number() over (partition by ranked_before order by previous_points desc, previous_resolutions desc, expert_id))::int
       end as previous_rank
  from totals
 order by rank
 limit ?`;

export class LeaderboardService {
  constructor(private readonly em: EntityManager) {}

  async leaderboard(brandId: string, period: LeaderboardPeriod, first: number, now = new Date()): Promise<Leaderboard> {
    const change = await this.latestChange(brandId);
    const rows = await this.em.execute<RankRow[]>(RANKING_SQL, [
      change.eventId,
      change.eventId,
      change.eventId,
      brandId,
      periodStart(period, now),
      first,
    ]);
    const entries: LeaderboardEntry[] = rows.map((row) => ({
      expertId: row.expert_id,
      points: row.points,
      resolutions: row.resolutions,
      rank: row.rank,
      previousRank: row.previous_rank,
    }));
    return { brandId, period, entries, updatedAt: change.at ?? now };
  }

  /** The brand's most recent ledger change: when, and which bus event caused the latest event-driven one. */
  private async latestChange(brandId: string): Promise<{ at: Date | null; eventId: string | null }> {
    const [row] = await this.em.execute<{ at: Date | null; event_id: string | null }[]>(
      `select max(created_at) as at,
              (select event_id from experts.reputation_event
                where brand_id = ? and event_id is not null order by created_at desc, id limit 1) as event_id
         from experts.reputation_event where brand_id = ?`,
      [brandId, brandId],
    );
    return { at: row?.at ? new Date(row.at) : null, eventId: row?.event_id ?? null };
  }
}
