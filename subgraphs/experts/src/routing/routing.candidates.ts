// The SQL side of routing: a brand's routable experts with everything scoring needs, in one query.
import type { EntityManager } from '@peerdesk/runtime/database';
import { RESPONSIVENESS_WINDOW_MS, type RoutingCandidate } from './routing.score.ts';

interface CandidateRow {
  expert_id: string;
  user_id: string;
  skills: string[];
  languages: string[];
  reputation: number;
  open_claims: number;
  open_offers: number;
  accepted: number;
  declined: number;
  ignored: number;
}

/**
 * Every ACTIVE, available expert of the brand with reputation, load and recent responsiveness. The per-expert parts are
 * LATERAL index lookups on purpose: joined as grouped subqueries, a planner without fresh statistics picks a nested loop
 * that re-aggregates the brand's whole ledger for every expert (quadratic: 300 ms at 1,000 experts instead of ~10).
 * Open offers come from the expert's counter (expert_load, kept by triggers on offers), so a surge's thousands of
 * open offers are not re-counted for every question; responsiveness reads only answered or lapsed offers.
 */
const CANDIDATES_SQL = `
select e.id as expert_id, e.user_id, e.skills, e.languages,
       r.reputation, c.open_claims, coalesce(l.open_offers, 0) as open_offers, o.accepted, o.declined, o.ignored
  from experts.expert e
  left join experts.expert_load l on l.expert_id = e.id
  cross join lateral (select coalesce(sum(points), 0)::int as reputation
                        from experts.reputation_event where expert_id = e.id) r
  cross join lateral (select count(*)::int as open_claims
                        from experts.claim where brand_id = e.brand_id and expert_id = e.id
                         and released_at is null and expires_at > ?) c
  cross join lateral (select (count(*) filter (where status = 'ACCEPTED'))::int as accepted,
                             (count(*) filter (where status = 'DECLINED'))::int as declined,
                             (count(*) filter (where status = 'EXPIRED'))::int as ignored
                        from experts.offer where expert_id = e.id and status in ('ACCEPTED', 'DECLINED', 'EXPIRED')
                         and offered_at > ?) o
 where e.brand_id = ? and e.status = 'ACTIVE' and e.available`;

export async function loadCandidates(em: EntityManager, brandId: string, now: Date): Promise<RoutingCandidate[]> {
  const since = new Date(now.getTime() - RESPONSIVENESS_WINDOW_MS);
  const rows = await em.execute<CandidateRow[]>(CANDIDATES_SQL, [now, since, brandId]);
  return rows.map((row) => ({
    expertId: row.expert_id,
    userId: row.user_id,
    skills: row.skills,
    languages: row.languages,
    reputation: row.reputation,
    openClaims: row.open_claims,
    openOffers: row.open_offers,
    recentAccepted: row.accepted,
    recentDeclined: row.declined,
    recentIgnored: row.ignored,
  }));
}

/**
 * Experts routing must skip, per question: everyone offered it in the question's current round, anyone who declined
 * it in any round, and anyone who held a claim on it (a claim given back means they could not answer).
 */
export async function excludedExperts(
  em: EntityManager,
  questions: readonly { id: string; round: number }[],
): Promise<Map<string, Set<string>>> {
  const rows = await em.execute<{ question_id: string; expert_id: string }[]>(
    `with q as (select * from jsonb_to_recordset(?::jsonb) as q(id uuid, round int))
     select o.question_id, o.expert_id from experts.offer o join q on o.question_id = q.id
      where o.round = q.round or o.status = 'DECLINED'
     union select c.question_id, c.expert_id from experts.claim c join q on c.question_id = q.id`,
    [JSON.stringify(questions.map(({ id, round }) => ({ id, round })))],
  );
  const excluded = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = excluded.get(row.question_id) ?? new Set<string>();
    excluded.set(row.question_id, set.add(row.expert_id));
  }
  return excluded;
}
