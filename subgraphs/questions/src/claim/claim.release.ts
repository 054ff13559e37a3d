// The one way a claim ends without an answer (released by its holder, or expired): the question goes back to
// routing. Conditional on the claim id, so a late or repeated expiry never releases a newer claim.
import type { EntityManager } from '@peerdesk/runtime/database';
import { QUESTION_RETURNED_TO_ROUTING, type QuestionReturnedToRouting } from '@peerdesk/runtime/events.contract';
import { publishEvent } from '@peerdesk/runtime/events';

export type ReleaseReason = 'CLAIM_RELEASED' | 'CLAIM_EXPIRED';

interface ReleasedRow {
  id: string;
  brand_id: string;
  category: string;
  language: string;
}

/** Releases claim `claimId` if it still holds the question; returns whether it did. Call inside a transaction. */
export async function releaseClaim(em: EntityManager, questionId: string, claimId: string, reason: ReleaseReason): Promise<boolean> {
  const rows = await em.execute<ReleasedRow[]>(
    `update questions.question
        set status = case when first_answer_at is null then 'OPEN' else 'ANSWERED' end,
            claimed_by_user_id = null, claim_id = null, claimed_at = null, claim_expires_at = null, updated_at = now()
      where id = ? and claim_id = ? and status = 'CLAIMED'
      returning id, brand_id, category, language`,
    [questionId, claimId],
  );
  const row = rows[0];
  if (!row) return false;
  const event: QuestionReturnedToRouting = { questionId: row.id, brandId: row.brand_id, category: row.category, language: row.language, reason };
  await publishEvent(em, QUESTION_RETURNED_TO_ROUTING, { ...event });
  return true;
}
