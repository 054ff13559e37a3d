// Routing: offers each new question to the best-scored experts in waves, and keeps offers in step with claims.
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@peerdesk/runtime/database';
import { publishEvent } from '@peerdesk/runtime/events';
import {
  ROUTING_WAVE,
  type QuestionAsked,
  type QuestionClaimed,
  type QuestionReturnedToRouting,
  type RoutingWave,
} from '@peerdesk/runtime/events.contract';
import { expertId } from '@peerdesk/runtime/ids';
import { InboxEventKind, snapshot, snapshotFromRow, type InboxNotice, type OfferRow } from '../inbox/inbox.topics.ts';
import { OFFER_TTL_MS, Offer, OfferStatus } from '../inbox/offer.entity.ts';
import { excludedExperts, loadCandidates } from './routing.candidates.ts';
import { Claim, RoutedQuestion, RoutingStatus } from './routing.entity.ts';
import { pickTop } from './routing.score.ts';

/** How many experts each wave reaches. */
export const OFFERS_PER_WAVE = 5;
/** How long routing waits for a claim before widening to the next experts. */
export const WAVE_INTERVAL_MS = 2 * 60_000;

export interface RoutingOptions {
  offersPerWave: number;
  waveIntervalMs: number;
}

const DEFAULTS: RoutingOptions = { offersPerWave: OFFERS_PER_WAVE, waveIntervalMs: WAVE_INTERVAL_MS };

/** Every method runs inside the caller's transaction and returns the inbox notices to publish after it commits. */
export class RoutingService {
  constructor(
    private readonly em: EntityManager,
    private readonly options: RoutingOptions = DEFAULTS,
  ) {}

  async questionAsked(asked: QuestionAsked): Promise<InboxNotice[]> {
    // A question claimed (or ended) before its QuestionAsked arrived already has a row: nothing to route.
    const inserted = await this.em.execute<{ id: string }[]>(
      `insert into experts.routed_question (id, brand_id, category, language, status, round, wave, updated_at)
       values (?, ?, ?, ?, 'ROUTING', 1, 0, now()) on conflict (id) do nothing returning id`,
      [asked.questionId, asked.brandId, asked.category, asked.language],
    );
    if (inserted.length === 0) return [];
    return this.offerWave((await this.lock(asked.questionId))!, 1);
  }

  async routingWave(event: RoutingWave): Promise<InboxNotice[]> {
    const state = await this.lock(event.questionId);
    if (!state) return [];
    const notices = await this.expireDueOffers(state.id);
    // Waves scheduled before a claim, or before routing restarted, are stale.
    if (state.status === RoutingStatus.ROUTING && event.wave === state.wave + 1) notices.push(...(await this.offerWave(state, event.wave)));
    return notices;
  }

  async questionClaimed(claimed: QuestionClaimed): Promise<InboxNotice[]> {
    const claimer = expertId(claimed.brandId, claimed.expertUserId);
    this.em.create(Claim, {
      id: randomUUID(),
      questionId: claimed.questionId,
      brandId: claimed.brandId,
      expertId: claimer,
      userId: claimed.expertUserId,
      claimedAt: new Date(claimed.claimedAt),
      expiresAt: new Date(claimed.expiresAt),
    });
    await this.em.flush();
    await this.setStatus(claimed.questionId, claimed.brandId, RoutingStatus.CLAIMED);
    const rows = await this.em.execute<OfferRow[]>(
      `update experts.offer set status = case when expert_id = ? then 'ACCEPTED' else 'CLAIMED_BY_OTHER' end, responded_at = now()
        where question_id = ? and status = 'OFFERED' returning *`,
      [claimer, claimed.questionId],
    );
    return rows.map((row) => ({ kind: InboxEventKind.WITHDRAWN, offer: snapshotFromRow(row) }));
  }

  /** A claim expired or was released: start a new round without whoever held it. */
  async returnedToRouting(returned: QuestionReturnedToRouting): Promise<InboxNotice[]> {
    await this.releaseClaims(returned.questionId);
    await this.em.execute(
      `insert into experts.routed_question (id, brand_id, category, language, status, round, wave, updated_at)
       values (?, ?, ?, ?, 'ROUTING', 1, 0, now())
       on conflict (id) do update set status = 'ROUTING', round = routed_question.round + 1,
         category = excluded.category, language = excluded.language, updated_at = now()
       where routed_question.status <> 'DONE'`,
      [returned.questionId, returned.brandId, returned.category, returned.language],
    );
    const state = await this.lock(returned.questionId);
    if (!state || state.status !== RoutingStatus.ROUTING) return [];
    return this.offerWave(state, state.wave + 1);
  }

  /** Resolved or closed: claims end and open offers are withdrawn. */
  async questionEnded(questionId: string, brandId: string): Promise<InboxNotice[]> {
    await this.releaseClaims(questionId);
    await this.setStatus(questionId, brandId, RoutingStatus.DONE);
    const rows = await this.em.execute<OfferRow[]>(
      `update experts.offer set status = 'WITHDRAWN', responded_at = now() where question_id = ? and status = 'OFFERED' returning *`,
      [questionId],
    );
    return rows.map((row) => ({ kind: InboxEventKind.WITHDRAWN, offer: snapshotFromRow(row) }));
  }

  private async offerWave(state: RoutedQuestion, wave: number): Promise<InboxNotice[]> {
    const now = new Date();
    const [excluded, candidates] = await Promise.all([
      excludedExperts(this.em, state.id, state.round),
      loadCandidates(this.em, state.brandId, now),
    ]);
    const top = pickTop(candidates, state, this.options.offersPerWave, excluded);
    const offers: Offer[] = top.map(({ candidate, score }) => ({
      id: randomUUID(),
      questionId: state.id,
      brandId: state.brandId,
      expertId: candidate.expertId,
      userId: candidate.userId,
      round: state.round,
      wave,
      score,
      status: OfferStatus.OFFERED,
      offeredAt: now,
      expiresAt: new Date(now.getTime() + OFFER_TTL_MS),
      respondedAt: null,
      declineReason: null,
    }));
    if (offers.length > 0) await this.em.createQueryBuilder(Offer).insert(offers).execute();
    await this.em.nativeUpdate(RoutedQuestion, { id: state.id }, { wave, updatedAt: now });
    // Keep waking up while there is someone left to offer it to or an open offer left to lapse.
    if (offers.length > 0 || (await this.hasOpenOffers(state.id))) {
      await publishEvent(this.em, ROUTING_WAVE, { questionId: state.id, wave: wave + 1 } satisfies RoutingWave, {
        deliverAt: new Date(now.getTime() + this.options.waveIntervalMs),
      });
    }
    return offers.map((offer) => ({ kind: InboxEventKind.OFFERED, offer: snapshot(offer) }));
  }

  private async expireDueOffers(questionId: string): Promise<InboxNotice[]> {
    const rows = await this.em.execute<OfferRow[]>(
      `update experts.offer set status = 'EXPIRED' where question_id = ? and status = 'OFFERED' and expires_at <= now() returning *`,
      [questionId],
    );
    return rows.map((row) => ({ kind: InboxEventKind.EXPIRED, offer: snapshotFromRow(row) }));
  }

  private async hasOpenOffers(questionId: string): Promise<boolean> {
    const rows = await this.em.execute<{ open: boolean }[]>(
      "select exists (select 1 from experts.offer where question_id = ? and status = 'OFFERED') as open",
      [questionId],
    );
    return rows[0]?.open ?? false;
  }

  private async releaseClaims(questionId: string): Promise<void> {
    await this.em.execute('update experts.claim set released_at = now() where question_id = ? and released_at is null', [questionId]);
  }

  /** Records the question's routing status, creating the row when its QuestionAsked has not arrived yet. */
  private async setStatus(questionId: string, brandId: string, status: RoutingStatus): Promise<void> {
    await this.em.execute(
      `insert into experts.routed_question (id, brand_id, category, language, status, round, wave, updated_at)
       values (?, ?, '', '', ?, 1, 0, now())
       on conflict (id) do update set status = excluded.status, updated_at = now() where routed_question.status <> 'DONE'`,
      [questionId, brandId, status],
    );
  }

  private async lock(questionId: string): Promise<RoutedQuestion | null> {
    return this.em.findOne(RoutedQuestion, { id: questionId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }
}
