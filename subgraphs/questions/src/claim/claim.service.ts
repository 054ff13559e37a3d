// Claiming: exactly one expert holds a question at a time, for a brand-set time, within a per-expert limit.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@peerdesk/runtime/database';
import { conflict, forbidden, notFound } from '@peerdesk/runtime/errors';
import { CLAIM_EXPIRED, QUESTION_CLAIMED, type ClaimExpired, type QuestionClaimed } from '@peerdesk/runtime/events.contract';
import { publishEvent } from '@peerdesk/runtime/events';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { requireRole, requireUser, type Viewer } from '@peerdesk/runtime/viewer';
import { announceUpdate } from '../feed/feed.topics.ts';
import { brandPolicy } from '../policy/brand-policy.ts';
import { Question, QuestionStatus } from '../question/question.entity.ts';
import { isUuid } from '../validation/uuid.ts';
import { releaseClaim } from './claim.release.ts';
import type { ClaimQuestionInput, ReleaseClaimInput } from './claim.type.ts';

/** Whether the question is held by a claim that has not lapsed (an expired one may not be released yet). */
export const hasLiveClaim = (question: Question, now = new Date()): boolean =>
  question.status === QuestionStatus.CLAIMED && !!question.claimedByUserId && (question.claimExpiresAt?.getTime() ?? 0) > now.getTime();

export class ClaimService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubsub: PubSub,
  ) {}

  async claim(viewer: Viewer, input: ClaimQuestionInput): Promise<Question> {
    requireUser(viewer);
    const question = await this.em.transactional(async (em) => {
      const found = await this.find(em, input.questionId);
      const expert = requireRole(viewer, found.brandId, ['expert']);
      if (found.authorId === expert.userId) throw forbidden('You cannot claim your own question.');
      const policy = await brandPolicy(em, found.brandId);
      // One expert's claims run one at a time, so two simultaneous claims cannot both slip under the limit.
      await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`claims:${expert.userId}`]);
      const [held] = await em.execute<{ n: number }[]>(
        `select count(*)::int as n from questions.question
          where claimed_by_user_id = ? and brand_id = ? and status = 'CLAIMED' and claim_expires_at > now() and id <> ?`,
        [expert.userId, found.brandId, found.id],
      );
      if ((held?.n ?? 0) >= policy.maxClaimsPerExpert) {
        throw conflict(`You already hold ${policy.maxClaimsPerExpert} claims, the most at once: answer or release one first.`);
      }
      const claimId = randomUUID();
      // The row lock makes concurrent claims queue here; each re-checks the condition on the row as the winner left it.
      const won = await em.execute<{ claimed_at: Date; claim_expires_at: Date }[]>(
        `update questions.question
            set status = 'CLAIMED', claimed_by_user_id = ?, claim_id = ?, claimed_at = now(),
                claim_expires_at = now() + make_interval(mins => ?::int), updated_at = now()
          where id = ? and (status in ('OPEN', 'ANSWERED') or (status = 'CLAIMED' and claim_expires_at <= now()))
          returning claimed_at, claim_expires_at`,
        [expert.userId, claimId, policy.claimMinutes, found.id],
      );
      const row = won[0];
      if (!row) {
        throw conflict(
          hasLiveClaim(found) || found.status === QuestionStatus.CLAIMED
            ? 'Another expert has already claimed this question.'
            : 'This question cannot be claimed any more.',
        );
      }
      const claimed: QuestionClaimed = {
        questionId: found.id,
        brandId: found.brandId,
        expertUserId: expert.userId,
        claimedAt: new Date(row.claimed_at).toISOString(),
        expiresAt: new Date(row.claim_expires_at).toISOString(),
      };
      await publishEvent(em, QUESTION_CLAIMED, { ...claimed });
      const expiry: ClaimExpired = { questionId: found.id, claimId };
      await publishEvent(em, CLAIM_EXPIRED, { ...expiry }, { deliverAt: new Date(row.claim_expires_at) });
      return em.findOneOrFail(Question, { id: found.id }, { refresh: true });
    });
    await announceUpdate(this.pubsub, question.id);
    return question;
  }

  /** The holder gives the question back before the lock lapses. */
  async release(viewer: Viewer, input: ReleaseClaimInput): Promise<Question> {
    const user = requireUser(viewer);
    const question = await this.em.transactional(async (em) => {
      const found = await this.find(em, input.questionId);
      if (!hasLiveClaim(found) || !found.claimId) throw conflict('Nobody holds a claim on this question.');
      if (found.claimedByUserId !== user.userId) throw forbidden('Only the expert holding the claim can release it.');
      if (!(await releaseClaim(em, found.id, found.claimId, 'CLAIM_RELEASED'))) throw conflict('The claim has already ended.');
      return em.findOneOrFail(Question, { id: found.id }, { refresh: true });
    });
    await announceUpdate(this.pubsub, question.id);
    return question;
  }

  private async find(em: EntityManager, id: string): Promise<Question> {
    const question = isUuid(id) ? await em.findOne(Question, { id }) : null;
    if (!question) throw notFound('Question');
    return question;
  }
}
