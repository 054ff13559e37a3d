import { randomUUID } from 'node:crypto';
import { expertId } from '@peerdesk/runtime/ids';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { signViewer } from '@peerdesk/runtime/viewer';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { rewards } from '../service.ts';
import { brandWithPolicy, call, earningsOf, fund, person, publishResolved, resolution, settle } from '../testing/rewards.factory.ts';
import { earningsTopic } from './earning.topics.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('rewards');
  await migrateService(rewards, databaseUrl);
  service = await startService(rewards, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Earning { id status question { id } expert { id } amount { amountMinor formatted } expertShare { amountMinor currency } }
  ... on Expert { id earnings { total { amountMinor formatted } pending { amountMinor } available { amountMinor } recent(first: 5) { status question { id } } } }
} }`;

/** A brand with a 300-USD policy where `expert` has one settled and one pending earning. */
async function expertWithEarnings() {
  const { brandId, admin } = await brandWithPolicy(service);
  await fund(service, admin, { brandId, amountMinor: 300 });
  const expert = person(brandId, ['customer', 'expert']);
  const settledQ = resolution(brandId, expert.userId, { resolvedAt: new Date(Date.now() - 60_000).toISOString() });
  const pendingQ = resolution(brandId, expert.userId);
  // One after the other: whichever is applied first takes the only budget.
  await publishResolved(service.orm, settledQ);
  await settle(service);
  await publishResolved(service.orm, pendingQ);
  await settle(service);
  return { brandId, admin, expert, settledQ, pendingQ, id: expertId(brandId, expert.userId) };
}

describe('Expert.earnings', () => {
  it('gives the expert their settled total, pending total and recent earnings', async () => {
    const { expert, id, settledQ, pendingQ } = await expertWithEarnings();
    const result = await call(service, expert, ENTITIES, { r: [{ __typename: 'Expert', id }] });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id,
        earnings: {
          total: { amountMinor: 210, formatted: '$2.10' },
          pending: { amountMinor: 210 },
          // Only the settled earning can be spent.
          available: { amountMinor: 210 },
          recent: [
            { status: 'PENDING', question: { id: pendingQ.questionId } },
            { status: 'SETTLED', question: { id: settledQ.questionId } },
          ],
        },
      },
    ]);
  });

  it("shows the brand's admins, and refuses other experts and other brands' admins", async () => {
    const { brandId, admin, id } = await expertWithEarnings();
    const asAdmin = await call<{ _entities: { earnings: { total: { amountMinor: number } } }[] }>(service, admin, ENTITIES, {
      r: [{ __typename: 'Expert', id }],
    });
    expect(asAdmin.data?._entities[0]?.earnings.total.amountMinor).toBe(210);
    for (const viewer of [person(brandId, ['expert']), person(randomUUID(), ['admin'])]) {
      const result = await call(service, viewer, ENTITIES, { r: [{ __typename: 'Expert', id }] });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('Earning entity', () => {
  it('resolves for its expert and brand admins; stays null for anyone else', async () => {
    const { brandId, admin, expert, settledQ, id } = await expertWithEarnings();
    const [earning] = await earningsOf(service.orm, settledQ.questionId);
    const r = [{ __typename: 'Earning', id: earning!.id }];
    const mine = await call(service, expert, ENTITIES, { r });
    expect(mine.data?._entities).toEqual([
      {
        id: earning!.id,
        status: 'SETTLED',
        question: { id: settledQ.questionId },
        expert: { id },
        amount: { amountMinor: 300, formatted: '$3.00' },
        expertShare: { amountMinor: 210, currency: 'USD' },
      },
    ]);
    expect((await call(service, admin, ENTITIES, { r })).data?._entities).toHaveLength(1);
    expect((await call(service, person(brandId, ['expert']), ENTITIES, { r })).data?._entities).toEqual([null]);
  });
});

describe('earnings subscription', () => {
  let client: Client | undefined;
  afterAll(() => client?.dispose());

  it('pushes the expert’s new earning live after the resolution commits, and its settlement after funding', async () => {
    const { brandId, admin } = await brandWithPolicy(service);
    const expert = person(brandId, ['customer', 'expert']);
    client = createClient({
      url: service.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { 'x-peerdesk-viewer': await signViewer(expert) },
      retryAttempts: 0,
    });
    const subscription = client.iterate<{ earnings: { earning: { status: string; question: { id: string }; expertShare: { amountMinor: number } } } }>({
      query: 'subscription { earnings { earning { status question { id } expertShare { amountMinor } } } }',
    });
    const updates = subscription[Symbol.asyncIterator]();

    // The server subscribes asynchronously: probe with an existing earning until the subscription hears it.
    const probeQ = resolution(brandId, expert.userId);
    await publishResolved(service.orm, probeQ);
    await settle(service);
    const [probe] = await earningsOf(service.orm, probeQ.questionId);
    const first = updates.next();
    for (let heard = false; !heard; ) {
      await service.pubsub.publish(earningsTopic(expert.userId), { earningId: probe!.id });
      heard = await Promise.race([first.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 100))]);
    }
    await first;
    /** The next event that is not a leftover probe. */
    const nextReal = async () => {
      for (;;) {
        const event = (await updates.next()).value?.data?.earnings.earning;
        if (event?.question.id !== probeQ.questionId || event.status !== 'PENDING') return event;
      }
    };

    const payload = resolution(brandId, expert.userId);
    await publishResolved(service.orm, payload);
    await settle(service);
    expect(await nextReal()).toEqual({ status: 'PENDING', question: { id: payload.questionId }, expertShare: { amountMinor: 210 } });

    await fund(service, admin, { brandId, amountMinor: 1000 });
    const settled = [await nextReal(), await nextReal()].map((earning) => `${earning?.question.id}:${earning?.status}`);
    expect(settled).toEqual([`${probeQ.questionId}:SETTLED`, `${payload.questionId}:SETTLED`]);
  });
});
