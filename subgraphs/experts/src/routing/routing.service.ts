// Routing: offers each new question to the best-scored experts in waves, and keeps offers in step with claims.
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@peerdesk/runtime/database';
import { publishEvents } from '@peerdesk/runtime/events';
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
import { waveIntervals } from './brand-routing.ts';
import { excludedExperts, loadCandidates } from './routing.candidates.ts';
import { Claim, RoutedQuestion, RoutingStatus } from './routing.entity.ts';
import { pickTop, type RoutingCandidate } from './routing.score.ts';

/** How many experts each wave reaches. */
export const OFFERS_PER_WAVE = 5;
/** How long routing waits for a claim before widening to the next experts, for a brand without a setting of its own. */
export const WAVE_INTERVAL_MS = 2 * 60_000;

export interface RoutingOptions {
  offersPerWave: number;
  waveIntervalMs: number;
}

const DEFAULTS: RoutingOptions = { offersPerWave: OFFERS_PER_WAVE, waveIntervalMs: WAVE_INTERVAL_MS };

type RoutingState = Pick<RoutedQuestion, 'id' | 'brandId' | 'category' | 'language' | 'status' | 'round' | 'wave'>;

/** What routing is handed by the bus: a new question or a due wave. */
export type RoutingEvent = { asked: QuestionAsked } | { wave: RoutingWave };

/** A question about to get its wave `wave`. */
interface WaveStep {
  state: RoutingState;
  wave: number;
}

interface RoutingStateRow {
  id: string;
  brand_id: string;
  category: string;
  language: string;
  status: RoutingStatus;
  round: number;
  wave: number;
}

const STATE_COLUMNS = 'id, brand_id, category, language, status, round, wave';

const fromRow = (row: RoutingStateRow): RoutingState => ({
  id: row.id,
  brandId: row.brand_id,
  category: row.category,
  language: row.language,
  status: row.status,
  round: row.round,
  wave: row.wave,
});

const uuidArray = (ids: Iterable<string>) => `{${[...ids].join(',')}}`;

/**
 * Every method runs inside the caller's transaction and returns the inbox notices to publish after it commits. The
 * plural methods apply a run of events as the consumer hands them over, with the effect of applying them one by one.
 */
export class RoutingService {
  constructor(
    private readonly em: EntityManager,
    private readonly options: RoutingOptions = DEFAULTS,
  ) {}

  /**
   * New questions and due waves, in the order they came: a new question gets its first wave; for a due wave, lapsed
   * offers expire and a question still unclaimed widens to its next experts. A surge's run of both is one pass.
   */
  async route(events: readonly RoutingEvent[]): Promise<InboxNotice[]> {
    const fresh = await this.insertAsked(events.flatMap((event) => ('asked' in event ? [event.asked] : [])));
    const waves = events.flatMap((event) => ('wave' in event ? [event.wave] : []));
    const { states, expired } = await this.lockForWaves(waves);
    const steps: WaveStep[] = [];
    for (const event of events) {
      if ('asked' in event) {
        const state = fresh.get(event.asked.questionId);
        fresh.delete(event.asked.questionId);
        if (state) steps.push({ state, wave: 1 });
        continue;
      }
      const state = states.get(event.wave.questionId);
      // Waves scheduled before a claim, or before routing restarted, are stale.
      if (state?.status !== RoutingStatus.ROUTING || event.wave.wave !== state.wave + 1) continue;
      state.wave = event.wave.wave;
      steps.push({ state, wave: event.wave.wave });
    }
    return [...expired, ...(await this.offerWaves(steps))];
  }

  /** Routing rows for new questions; a question claimed (or ended) before its QuestionAsked arrived has one already. */
  private async insertAsked(asked: readonly QuestionAsked[]): Promise<Map<string, RoutingState>> {
    if (asked.length === 0) return new Map();
    const rows = await this.em.execute<RoutingStateRow[]>(
      `insert into experts.routed_question (id, brand_id, category, language, status, round, wave, updated_at)
       select id, brand_id, category, language, 'ROUTING', 1, 0, now()
         from jsonb_to_recordset(?::jsonb) as q(id uuid, brand_id uuid, category text, language text)
       on conflict (id) do nothing returning ${STATE_COLUMNS}`,
      [JSON.stringify(asked.map((q) => ({ id: q.questionId, brand_id: q.brandId, category: q.category, language: q.language })))],
    );
    return new Map(rows.map((row) => [row.id, fromRow(row)]));
  }

  /** Locks the waves' questions and expires their lapsed offers. */
  private async lockForWaves(
    waves: readonly RoutingWave[],
  ): Promise<{ states: Map<string, RoutingState>; expired: InboxNotice[] }> {
    if (waves.length === 0) return { states: new Map(), expired: [] };
    const rows = await this.em.execute<RoutingStateRow[]>(
      `select ${STATE_COLUMNS} from experts.routed_question where id = any(?::uuid[]) order by id for update`,
      [uuidArray(new Set(waves.map((wave) => wave.questionId)))],
    );
    const states = new Map(rows.map((row) => [row.id, fromRow(row)]));
    const expired = await this.em.execute<OfferRow[]>(
      `update experts.offer set status = 'EXPIRED'
        where question_id = any(?::uuid[]) and status = 'OFFERED' and expires_at <= now() returning *`,
      [uuidArray(states.keys())],
    );
    return { states, expired: expired.map((row) => ({ kind: InboxEventKind.EXPIRED, offer: snapshotFromRow(row) })) };
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
    return this.offerWaves([{ state, wave: state.wave + 1 }]);
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

  /**
   * Offers each question to its next `offersPerWave` experts, in order and as if one at a time: an offer made for an
   * earlier question counts in the expert's load for the later ones. One candidate read per brand, one insert of
   * every offer, one update of the waves and one publish of the wake-ups, however many questions.
   */
  private async offerWaves(steps: readonly WaveStep[]): Promise<InboxNotice[]> {
    if (steps.length === 0) return [];
    const now = new Date();
    const brands = [...new Set(steps.map(({ state }) => state.brandId))];
    const [excluded, intervals, ...perBrand] = await Promise.all([
      excludedExperts(
        this.em,
        steps.map(({ state }) => state),
      ),
      waveIntervals(this.em, brands),
      ...brands.map((brandId) => loadCandidates(this.em, brandId, now)),
    ]);
    const candidates = new Map<string, RoutingCandidate[]>(brands.map((brandId, i) => [brandId, perBrand[i]!]));
    const offers: Offer[] = [];
    for (const { state, wave } of steps) {
      const skip = excluded.get(state.id) ?? new Set<string>();
      excluded.set(state.id, skip);
      for (const { candidate, score } of pickTop(candidates.get(state.brandId)!, state, this.options.offersPerWave, skip)) {
        candidate.openOffers++;
        skip.add(candidate.expertId);
        offers.push({
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
        });
      }
    }
    if (offers.length > 0) await this.em.createQueryBuilder(Offer).insert(offers).execute();
    // Record the waves, and keep waking up while there is someone left to offer it to (this wave found someone) or
    // an open offer left to lapse.
    const last = [...new Map(steps.map((step) => [step.state.id, step])).values()];
    const waiting = await this.em.execute<{ id: string }[]>(
      `with w as (select * from jsonb_to_recordset(?::jsonb) as w(id uuid, wave int)),
            moved as (update experts.routed_question r set wave = w.wave, updated_at = now() from w where r.id = w.id)
       select w.id from w where exists (select 1 from experts.offer o where o.question_id = w.id and o.status = 'OFFERED')`,
      [JSON.stringify(last.map(({ state, wave }) => ({ id: state.id, wave })))],
    );
    const awake = new Set([...waiting.map((row) => row.id), ...offers.map((offer) => offer.questionId)]);
    await publishEvents(
      this.em,
      last
        .filter(({ state }) => awake.has(state.id))
        .map(({ state, wave }) => ({
          type: ROUTING_WAVE,
          payload: { questionId: state.id, wave: wave + 1 } satisfies RoutingWave,
          deliverAt: new Date(now.getTime() + (intervals.get(state.brandId) ?? this.options.waveIntervalMs)),
        })),
    );
    return offers.map((offer) => ({ kind: InboxEventKind.OFFERED, offer: snapshot(offer) }));
  }

  private async releaseClaims(questionId: string): Promise<void> {
    await this.em.execute('update experts.claim set released_at = now() where question_id = ? and released_at is null', [
      questionId,
    ]);
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
