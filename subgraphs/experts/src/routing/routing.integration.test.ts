import { randomUUID } from 'node:crypto';
import {
  BRAND_UPDATED,
  QUESTION_ASKED,
  QUESTION_CLAIMED,
  QUESTION_CLOSED,
  QUESTION_ESCALATED,
  QUESTION_RETURNED_TO_ROUTING,
  ROUTING_WAVE,
  type QuestionClaimed,
} from '@peerdesk/runtime/events.contract';
import { publishEvents } from '@peerdesk/runtime/events';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpertStatus, type Expert } from '../expert/expert.entity.ts';
import { experts } from '../service.ts';
import { WAVE_INTERVAL_MS } from './routing.service.ts';
import { addReputation, createExpert, publishResolved, questionResolved, settle } from '../testing/experts.factory.ts';
import { connectInbox } from '../testing/inbox.client.ts';
import { makeWavesDue, offersOf, publish, questionAsked } from '../testing/routing.factory.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('experts');
  await migrateService(experts, databaseUrl);
  service = await startService(experts, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

/** Spanish roaming experts with reputation 100, 200, … so the expected order is known. */
async function pool(brandId: string, count: number): Promise<Expert[]> {
  const made: Expert[] = [];
  for (let i = 0; i < count; i++) {
    const expert = await createExpert(service.orm, brandId, { skills: ['roaming'], languages: ['es'] });
    await addReputation(service.orm, expert, [{ points: 100 * (i + 1) }]);
    made.push(expert);
  }
  return made.reverse(); // best first
}

function claimed(brandId: string, questionId: string, expertUserId: string): QuestionClaimed {
  const now = Date.now();
  return {
    questionId,
    brandId,
    expertUserId,
    claimedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 15 * 60_000).toISOString(),
  };
}

const statusByExpert = async (questionId: string) =>
  Object.fromEntries((await offersOf(service.orm, questionId)).map((o) => [o.expertId, o.status]));

describe('routing a new question', () => {
  it('offers it to the five best experts first and widens to the next ones each wave', async () => {
    const brandId = randomUUID();
    const ranked = await pool(brandId, 8);
    const english = await createExpert(service.orm, brandId, { skills: ['roaming'], languages: ['en'] });
    const away = await createExpert(service.orm, brandId, { skills: ['roaming'], languages: ['es'], available: false });
    const pending = await createExpert(service.orm, brandId, {
      skills: ['roaming'],
      languages: ['es'],
      status: ExpertStatus.PENDING,
    });
    await addReputation(service.orm, english, [{ points: 5000 }]);
    const asked = questionAsked(brandId);

    await publish(service.orm, QUESTION_ASKED, asked);
    await settle(service);
    let offers = await offersOf(service.orm, asked.questionId);
    expect(offers.map((o) => [o.expertId, o.wave, o.status])).toEqual(ranked.slice(0, 5).map((e) => [e.id, 1, 'OFFERED']));

    await makeWavesDue(service, asked.questionId);
    await settle(service);
    offers = await offersOf(service.orm, asked.questionId);
    expect(offers.filter((o) => o.wave === 2).map((o) => o.expertId)).toEqual(ranked.slice(5).map((e) => e.id));

    // Nobody else is eligible: a further wave offers nothing and never reaches the others.
    await makeWavesDue(service, asked.questionId);
    await settle(service);
    offers = await offersOf(service.orm, asked.questionId);
    expect(offers).toHaveLength(8);
    expect(offers.map((o) => o.expertId)).not.toEqual(expect.arrayContaining([english.id, away.id, pending.id]));
  });

  it('routes the same question once however often QuestionAsked is delivered', async () => {
    const brandId = randomUUID();
    await pool(brandId, 2);
    const asked = questionAsked(brandId);
    const eventId = await publish(service.orm, QUESTION_ASKED, asked);
    await settle(service);
    await service.orm.em.fork().execute("insert into bus.delivery (consumer, event_id) values ('experts', ?)", [eventId]);
    await settle(service);
    expect(await offersOf(service.orm, asked.questionId)).toHaveLength(2);
  });

  it('lets offers lapse after their time and counts that against responsiveness', async () => {
    const brandId = randomUUID();
    const [expert] = await pool(brandId, 1);
    const inbox = await connectInbox(service, expert!.userId);
    try {
      const asked = questionAsked(brandId);
      await publish(service.orm, QUESTION_ASKED, asked);
      expect((await inbox.next()).kind).toBe('OFFERED');
      await service.orm.em
        .fork()
        .execute("update experts.offer set expires_at = now() - interval '1 second' where question_id = ?", [asked.questionId]);
      await makeWavesDue(service, asked.questionId);
      await settle(service);
      expect(await inbox.next()).toMatchObject({
        kind: 'EXPIRED',
        offer: { status: 'EXPIRED', question: { id: asked.questionId } },
      });

      const next = questionAsked(brandId);
      await publish(service.orm, QUESTION_ASKED, next);
      await settle(service);
      const [before] = await offersOf(service.orm, asked.questionId);
      const [after] = await offersOf(service.orm, next.questionId);
      expect(after!.score).toBeLessThan(before!.score);
    } finally {
      await inbox.close();
    }
  });
});

describe('the brand’s wave interval', () => {
  const brandUpdated = (brandId: string, waveMinutes: number, updatedAt: Date) => ({
    brandId,
    slug: `brand-${brandId.slice(0, 8)}`,
    name: 'Brand',
    defaultLanguage: 'es',
    languages: ['es'],
    categories: [{ slug: 'roaming', name: 'Roaming' }],
    slaMinutes: 60,
    claimMinutes: 15,
    waveMinutes,
    updatedAt: updatedAt.toISOString(),
  });

  /** Minutes between a new question's first wave and the wake-up scheduled for its next one. */
  async function nextWaveAfter(brandId: string): Promise<number> {
    const asked = questionAsked(brandId);
    await publish(service.orm, QUESTION_ASKED, asked);
    await settle(service);
    const [row] = await service.orm.em
      .fork()
      .execute<{ minutes: number }[]>(
        `select extract(epoch from deliver_at - occurred_at) / 60 as minutes from bus.event where type = ? and payload->>'questionId' = ?`,
        [ROUTING_WAVE, asked.questionId],
      );
    return Math.round(Number(row!.minutes));
  }

  it('widens after the minutes the brand set (BrandUpdated), the default before; an older update changes nothing', async () => {
    const brandId = randomUUID();
    await pool(brandId, 6);
    expect(await nextWaveAfter(brandId)).toBe(WAVE_INTERVAL_MS / 60_000);
    await publish(service.orm, BRAND_UPDATED, brandUpdated(brandId, 7, new Date()));
    await settle(service);
    expect(await nextWaveAfter(brandId)).toBe(7);
    await publish(service.orm, BRAND_UPDATED, brandUpdated(brandId, 1, new Date(Date.now() - 60_000)));
    await settle(service);
    expect(await nextWaveAfter(brandId)).toBe(7);
  });
});

describe('a run of questions routed together (a surge)', () => {
  /** Three questions and their second waves in a fresh brand of seven experts; what each question was offered. */
  async function route(together: boolean) {
    const brandId = randomUUID();
    const ranked = await pool(brandId, 7);
    const rank = new Map(ranked.map((expert, i) => [expert.id, i]));
    const asked = [questionAsked(brandId), questionAsked(brandId), questionAsked(brandId, { category: 'fibra' })];
    if (together)
      await service.orm.em.fork().transactional((em) =>
        publishEvents(
          em,
          asked.map((payload) => ({ type: QUESTION_ASKED, payload: { ...payload } })),
        ),
      );
    else
      for (const payload of asked) {
        await publish(service.orm, QUESTION_ASKED, payload);
        await settle(service);
      }
    await settle(service);
    for (const { questionId } of asked) {
      await makeWavesDue(service, questionId);
      if (!together) await settle(service);
    }
    await settle(service);
    const offers = await Promise.all(asked.map(({ questionId }) => offersOf(service.orm, questionId)));
    return {
      routed: offers.map((list) => list.map((o) => [rank.get(o.expertId), o.wave, o.score.toFixed(6)])),
      offeredAt: new Set(
        offers
          .flat()
          .filter((o) => o.wave === 1)
          .map((o) => o.offeredAt.getTime()),
      ),
    };
  }

  it('offers each question as if they came one at a time: earlier offers count in the experts load', async () => {
    const oneByOne = await route(false);
    const together = await route(true);
    expect(together.routed).toEqual(oneByOne.routed);
    // Five offers each in wave 1, the load shifting the later questions; wave 2 reaches the experts left.
    expect(oneByOne.routed.map((offers) => offers.length)).toEqual([7, 7, 7]);
    expect(
      new Set(
        oneByOne.routed.map((offers) =>
          offers
            .slice(0, 5)
            .map(([rank]) => rank)
            .join(),
        ),
      ).size,
    ).toBeGreaterThan(1);
    // The run was routed in one pass (one clock reading), the single ones in three.
    expect(together.offeredAt.size).toBe(1);
    expect(oneByOne.offeredAt.size).toBe(3);
  });
});

describe('claims', () => {
  it('withdraws the other offers live when one expert claims, and stops widening', async () => {
    const brandId = randomUUID();
    const [winner, other] = await pool(brandId, 6);
    const otherInbox = await connectInbox(service, other!.userId);
    const winnerInbox = await connectInbox(service, winner!.userId);
    try {
      const asked = questionAsked(brandId);
      await publish(service.orm, QUESTION_ASKED, asked);
      expect((await otherInbox.next()).kind).toBe('OFFERED');
      expect((await winnerInbox.next()).kind).toBe('OFFERED');

      await publish(service.orm, QUESTION_CLAIMED, claimed(brandId, asked.questionId, winner!.userId));
      expect(await otherInbox.next()).toMatchObject({
        kind: 'WITHDRAWN',
        offer: { status: 'CLAIMED_BY_OTHER', question: { id: asked.questionId } },
      });
      expect(await winnerInbox.next()).toMatchObject({ kind: 'WITHDRAWN', offer: { status: 'ACCEPTED' } });

      await makeWavesDue(service, asked.questionId);
      await settle(service);
      const offers = await offersOf(service.orm, asked.questionId);
      expect(offers).toHaveLength(5);
      expect(offers.filter((o) => o.status === 'CLAIMED_BY_OTHER')).toHaveLength(4);
    } finally {
      await otherInbox.close();
      await winnerInbox.close();
    }
  });

  it('counts open claims as load: a Newcomer holding a claim is not offered another question', async () => {
    const brandId = randomUUID();
    const busy = await createExpert(service.orm, brandId, { skills: ['roaming'], languages: ['es'] });
    const free = await createExpert(service.orm, brandId, { skills: ['roaming'], languages: ['es'] });
    const first = questionAsked(brandId);
    // Each event settles before the next: two consumers may apply deliveries concurrently.
    await publish(service.orm, QUESTION_ASKED, first);
    await settle(service);
    await publish(service.orm, QUESTION_CLAIMED, claimed(brandId, first.questionId, busy.userId));
    await settle(service);
    const second = questionAsked(brandId);
    await publish(service.orm, QUESTION_ASKED, second);
    await settle(service);
    expect((await offersOf(service.orm, second.questionId)).map((o) => o.expertId)).toEqual([free.id]);

    // Resolving the first question ends the claim: the expert is routable again.
    await publishResolved(service.orm, questionResolved(brandId, busy.userId, { questionId: first.questionId }));
    await settle(service);
    const third = questionAsked(brandId);
    await publish(service.orm, QUESTION_ASKED, third);
    await settle(service);
    expect((await offersOf(service.orm, third.questionId)).map((o) => o.expertId).sort()).toEqual([busy.id, free.id].sort());
  });

  it('routes a returned question again without the expert whose claim lapsed', async () => {
    const brandId = randomUUID();
    const ranked = await pool(brandId, 3);
    const asked = questionAsked(brandId);
    await publish(service.orm, QUESTION_ASKED, asked);
    await settle(service);
    await publish(service.orm, QUESTION_CLAIMED, claimed(brandId, asked.questionId, ranked[0]!.userId));
    await settle(service);
    const inbox = await connectInbox(service, ranked[1]!.userId);
    try {
      await publish(service.orm, QUESTION_RETURNED_TO_ROUTING, {
        questionId: asked.questionId,
        brandId,
        category: asked.category,
        language: asked.language,
        reason: 'CLAIM_EXPIRED',
      });
      expect(await inbox.next()).toMatchObject({ kind: 'OFFERED', offer: { wave: 2, question: { id: asked.questionId } } });
      await settle(service);
      const second = (await offersOf(service.orm, asked.questionId)).filter((o) => o.wave === 2);
      expect(second.map((o) => o.expertId)).toEqual([ranked[1]!.id, ranked[2]!.id]);
    } finally {
      await inbox.close();
    }
  });

  it('ignores a claim that arrives before the question: it is never routed', async () => {
    const brandId = randomUUID();
    const [expert] = await pool(brandId, 1);
    const asked = questionAsked(brandId);
    await publish(service.orm, QUESTION_CLAIMED, claimed(brandId, asked.questionId, expert!.userId));
    await settle(service);
    await publish(service.orm, QUESTION_ASKED, asked);
    await settle(service);
    expect(await offersOf(service.orm, asked.questionId)).toEqual([]);
  });
});

describe('questions that end', () => {
  it('withdraws open offers when the question closes', async () => {
    const brandId = randomUUID();
    const [expert] = await pool(brandId, 1);
    const inbox = await connectInbox(service, expert!.userId);
    try {
      const asked = questionAsked(brandId);
      await publish(service.orm, QUESTION_ASKED, asked);
      expect((await inbox.next()).kind).toBe('OFFERED');
      await publish(service.orm, QUESTION_CLOSED, { questionId: asked.questionId, brandId, closedAt: new Date().toISOString() });
      expect(await inbox.next()).toMatchObject({ kind: 'WITHDRAWN', offer: { status: 'WITHDRAWN' } });
      expect(await statusByExpert(asked.questionId)).toEqual({ [expert!.id]: 'WITHDRAWN' });
    } finally {
      await inbox.close();
    }
  });

  it('withdraws open offers live when the question is escalated to agents, and routes it no further', async () => {
    const brandId = randomUUID();
    const pooled = await pool(brandId, 6);
    const expert = pooled[0];
    const inbox = await connectInbox(service, expert!.userId);
    try {
      const asked = questionAsked(brandId);
      await publish(service.orm, QUESTION_ASKED, asked);
      expect((await inbox.next()).kind).toBe('OFFERED');
      const escalated = {
        questionId: asked.questionId,
        brandId,
        reason: 'PERSONAL_DATA' as const,
        escalatedAt: new Date().toISOString(),
      };
      await publish(service.orm, QUESTION_ESCALATED, escalated);
      expect(await inbox.next()).toMatchObject({ kind: 'WITHDRAWN', offer: { status: 'WITHDRAWN' } });
      // A late wave finds the question done: nobody else is offered it.
      await makeWavesDue(service, asked.questionId);
      await settle(service);
      const statuses = await statusByExpert(asked.questionId);
      expect(Object.values(statuses)).toEqual(['WITHDRAWN', 'WITHDRAWN', 'WITHDRAWN', 'WITHDRAWN', 'WITHDRAWN']);
      expect(statuses[pooled[5]!.id]).toBeUndefined();
    } finally {
      await inbox.close();
    }
  });
});

describe('expert load counters', () => {
  it('equal every expert’s open offers after everything above (offers made, claimed, withdrawn, lapsed)', async () => {
    const mismatches = await service.orm.em.fork().execute(
      `select coalesce(l.expert_id, o.expert_id) as expert_id, l.open_offers, o.n
         from experts.expert_load l
         full join (select expert_id, count(*)::int as n from experts.offer where status = 'OFFERED' group by expert_id) o
           on o.expert_id = l.expert_id
        where coalesce(l.open_offers, 0) <> coalesce(o.n, 0)`,
    );
    expect(mismatches).toEqual([]);
    const [{ counted }] = await service.orm.em
      .fork()
      .execute<{ counted: number }[]>('select count(*)::int as counted from experts.expert_load where open_offers > 0');
    expect(counted).toBeGreaterThan(0);
  });
});
