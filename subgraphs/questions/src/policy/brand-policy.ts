// The brand settings this service times and gates by. Identity owns them and announces them in BrandUpdated; a brand
// never announced, or a setting an older event did not carry, takes the defaults.
import type { EntityManager } from '@peerdesk/runtime/database';
import type { BrandUpdated } from '@peerdesk/runtime/events.contract';

export interface BrandPolicy {
  /** How long an expert's claim holds. */
  claimMinutes: number;
  /** Unresolved this long after asking, a question escalates to agents. */
  slaMinutes: number;
  /** Live claims one expert may hold at once. */
  maxClaimsPerExpert: number;
  /** Whether any expert of the brand may answer an unclaimed question, not only a claim holder. */
  openAnswering: boolean;
}

/** THE defaults: used for any setting a brand has not (yet) set. */
export const DEFAULT_BRAND_POLICY: Readonly<BrandPolicy> = {
  claimMinutes: 15,
  slaMinutes: 60,
  maxClaimsPerExpert: 3,
  openAnswering: true,
};

interface PolicyRow {
  claim_minutes: number | null;
  sla_minutes: number | null;
  max_claims_per_expert: number | null;
  open_answering: boolean | null;
}

export async function brandPolicy(em: EntityManager, brandId: string): Promise<BrandPolicy> {
  const [row] = await em.execute<PolicyRow[]>(
    'select claim_minutes, sla_minutes, max_claims_per_expert, open_answering from questions.brand_policy where brand_id = ?',
    [brandId],
  );
  return {
    claimMinutes: row?.claim_minutes ?? DEFAULT_BRAND_POLICY.claimMinutes,
    slaMinutes: row?.sla_minutes ?? DEFAULT_BRAND_POLICY.slaMinutes,
    maxClaimsPerExpert: row?.max_claims_per_expert ?? DEFAULT_BRAND_POLICY.maxClaimsPerExpert,
    openAnswering: row?.open_answering ?? DEFAULT_BRAND_POLICY.openAnswering,
  };
}

/** Keeps identity's latest settings; an older event never overwrites a newer one. */
export async function applyBrandUpdated(em: EntityManager, event: BrandUpdated): Promise<void> {
  await em.execute(
    `insert into questions.brand_policy (brand_id, claim_minutes, sla_minutes, max_claims_per_expert, open_answering, updated_at)
     values (?, ?, ?, ?, ?, ?)
     on conflict (brand_id) do update set claim_minutes = excluded.claim_minutes, sla_minutes = excluded.sla_minutes,
       max_claims_per_expert = coalesce(excluded.max_claims_per_expert, questions.brand_policy.max_claims_per_expert),
       open_answering = coalesce(excluded.open_answering, questions.brand_policy.open_answering),
       updated_at = excluded.updated_at
     where questions.brand_policy.updated_at <= excluded.updated_at`,
    [
      event.brandId,
      event.claimMinutes,
      event.slaMinutes,
      event.maxClaimsPerExpert ?? null,
      event.openAnswering ?? null,
      event.updatedAt,
    ],
  );
}
