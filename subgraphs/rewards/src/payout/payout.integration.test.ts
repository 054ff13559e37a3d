import { randomUUID } from 'node:crypto';
import { expertId } from '@peerdesk/runtime/ids';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { signViewer } from '@peerdesk/runtime/viewer';
import { createClient } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { earningsTopic } from '../earning/earning.topics.ts';
import { createRewardsService } from '../service.ts';
import { RecordedPaymentProcessor } from '../testing/recorded-payment-processor.ts';
import {
  allZero,
  balances,
  eventually,
  expertsWithEarnings,
  ledgerSums,
  lowestPayable,
  payoutRow,
  payouts,
  person,
  requestPayout,
  setPayoutSettings,
  settle,
} from '../testing/rewards.factory.ts';
import { PayoutProcessing } from './payout.processing.ts';

const processor = new RecordedPaymentProcessor();
const definition = createRewardsService({ paymentProcessor: processor });
let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('rewards');
  await migrateService(definition, databaseUrl);
  service = await startService(definition, { port: 0, databaseUrl });
});
afterAll(() => service?.close());
afterEach(async () => {
  expect(allZero(await ledgerSums(service.orm))).toBe(true);
  expect(await lowestPayable(service.orm)).toBeGreaterThanOrEqual(0);
});

const finished = (id: string) =>
  eventually(
    () => payoutRow(service.orm, id),
    (row) => row?.status === 'PAID' || row?.status === 'FAILED',
  );
const callsFor = (payoutId: string) => processor.calls.filter((call) => call.payoutId === payoutId);

describe('requestPayout', () => {
  it('pays the whole available balance through the processor: REQUESTED, then PAID, EXPERT_PAYABLE → PAID_OUT', async () => {
    const { brandId, expert, earnedMinor } = await expertsWithEarnings(service, { resolutions: 2 });
    const requested = await requestPayout(service, expert, { brandId });
    expect(requested.errors).toBeUndefined();
    expect(requested.data?.requestPayout).toMatchObject({ status: 'REQUESTED', amount: { amountMinor: 1400, currency: 'USD' } });
    const id = requested.data!.requestPayout.id;
    await settle(service);
    await finished(id);

    const listed = await payouts(service, expert, { brandId });
    expect(listed.data?.payouts.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        id,
        status: 'PAID',
        attempts: 1,
        processorReference: expect.stringMatching(/^fake:/),
        expert: { id: expertId(brandId, expert.userId) },
      }),
    ]);
    expect(callsFor(id)).toEqual([
      expect.objectContaining({ amountMinor: earnedMinor, currency: 'USD', expertUserId: expert.userId }),
    ]);
    const books = await balances(service.orm, brandId);
    expect(books[`EXPERT_PAYABLE:${expertId(brandId, expert.userId)}`]).toBe(0);
    expect(books.PAID_OUT).toBe(1400);
  });

  it('holds the brand threshold (1000 by default, set by admins) and never pays more than is available', async () => {
    const { brandId, admin, expert } = await expertsWithEarnings(service, { resolutions: 1 }); // 700 earned
    expect((await requestPayout(service, expert, { brandId })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await requestPayout(service, expert, { brandId, amountMinor: 500 })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );

    expect((await setPayoutSettings(service, expert, { brandId, thresholdMinor: 500 })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const set = await setPayoutSettings(service, admin, { brandId, thresholdMinor: 500 });
    expect(set.data?.setPayoutSettings).toEqual({ brandId, thresholdMinor: 500 });
    expect((await requestPayout(service, expert, { brandId, amountMinor: 701 })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const first = await requestPayout(service, expert, { brandId, amountMinor: 600 });
    expect(first.data?.requestPayout.amount.amountMinor).toBe(600);
    // Whether the first is still in flight (reserved) or already paid, only 100 is left: below the threshold.
    expect((await requestPayout(service, expert, { brandId })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await settle(service);
    await finished(first.data!.requestPayout.id);
  });

  it('marks a refused payout FAILED and releases the reserved amount, moving no money', async () => {
    const { brandId, expert } = await expertsWithEarnings(service, { resolutions: 2 });
    processor.refuseNext('bank account closed');
    const refused = await requestPayout(service, expert, { brandId });
    await settle(service);
    expect(await finished(refused.data!.requestPayout.id)).toMatchObject({ status: 'FAILED', transaction_id: null });
    const listed = await payouts(service, expert, { brandId });
    expect(listed.data?.payouts.edges[0]?.node).toMatchObject({ status: 'FAILED', failureReason: 'bank account closed' });
    expect((await balances(service.orm, brandId))[`EXPERT_PAYABLE:${expertId(brandId, expert.userId)}`]).toBe(1400);

    const retry = await requestPayout(service, expert, { brandId });
    expect(retry.data?.requestPayout.amount.amountMinor).toBe(1400);
    await settle(service);
    expect(await finished(retry.data!.requestPayout.id)).toMatchObject({ status: 'PAID' });
  });

  it('retries a transient processor error with the same idempotency key and pays once', async () => {
    const { brandId, expert } = await expertsWithEarnings(service, { resolutions: 2 });
    processor.throwNext('gateway timeout');
    const requested = await requestPayout(service, expert, { brandId });
    const id = requested.data!.requestPayout.id;
    await settle(service);
    expect(await finished(id)).toMatchObject({ status: 'PAID', attempts: 2 });
    const calls = callsFor(id);
    expect(calls).toHaveLength(2);
    expect(new Set(calls.map((call) => call.idempotencyKey)).size).toBe(1);
    expect((await balances(service.orm, brandId)).PAID_OUT).toBe(1400);
  });

  it('pays once when the same payout is processed twice at once or again after it was paid', async () => {
    const { brandId, expert } = await expertsWithEarnings(service, { resolutions: 2 });
    const id = (await requestPayout(service, expert, { brandId })).data!.requestPayout.id;
    const processing = new PayoutProcessing(service.orm, processor);
    const run = () => service.orm.em.fork().transactional((em) => processing.process(id, em));
    await Promise.all([run(), run(), settle(service)]);
    await run();
    expect(await finished(id)).toMatchObject({ status: 'PAID' });
    const [row] = await service.orm.em
      .fork()
      .execute<{ n: number }[]>(
        "select count(*)::int as n from rewards.ledger_transaction where kind = 'PAYOUT' and reference = ?",
        [id],
      );
    expect(row?.n).toBe(1);
    expect((await balances(service.orm, brandId)).PAID_OUT).toBe(1400);
  });

  it('requests once per client idempotency key', async () => {
    const { brandId, expert } = await expertsWithEarnings(service, { resolutions: 2 });
    const idempotencyKey = randomUUID();
    const [a, b] = await Promise.all([
      requestPayout(service, expert, { brandId, amountMinor: 1000, idempotencyKey }),
      requestPayout(service, expert, { brandId, amountMinor: 1000, idempotencyKey }),
    ]);
    expect(a.data?.requestPayout.id).toBe(b.data?.requestPayout.id);
    await settle(service);
    await finished(a.data!.requestPayout.id);
    expect((await payouts(service, expert, { brandId })).data?.payouts.edges).toHaveLength(1);
  });
});

describe('payouts query', () => {
  it('shows an expert their own payouts and admins all of the brand, in pages; refuses others', async () => {
    const { brandId, admin, experts } = await expertsWithEarnings(service, { experts: 2, resolutions: 2 });
    const [alice, bob] = experts as [(typeof experts)[0], (typeof experts)[0]];
    const mine = (await requestPayout(service, alice, { brandId })).data!.requestPayout.id;
    const theirs = (await requestPayout(service, bob, { brandId })).data!.requestPayout.id;
    await settle(service);

    expect((await payouts(service, alice, { brandId })).data?.payouts.edges.map((e) => e.node.id)).toEqual([mine]);
    const page1 = await payouts(service, admin, { brandId, first: 1 });
    expect(page1.data?.payouts.edges.map((e) => e.node.id)).toEqual([theirs]);
    expect(page1.data?.payouts.pageInfo.hasNextPage).toBe(true);
    const page2 = await payouts(service, admin, { brandId, first: 1, after: page1.data?.payouts.pageInfo.endCursor });
    expect(page2.data?.payouts.edges.map((e) => e.node.id)).toEqual([mine]);
    expect(page2.data?.payouts.pageInfo.hasNextPage).toBe(false);

    expect((await payouts(service, person(brandId, ['customer']), { brandId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await payouts(service, person(randomUUID(), ['admin']), { brandId })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await requestPayout(service, person(brandId, ['customer']), { brandId })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await payouts(service, admin, { brandId, first: 0 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await finished(mine);
    await finished(theirs);
  });
});

describe('earnings subscription', () => {
  it("shows the expert each payout state as it happens: REQUESTED, PROCESSING, then PAID or FAILED", async () => {
    const { brandId, expert } = await expertsWithEarnings(service, { resolutions: 4 });
    const client = createClient({
      url: service.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { 'x-peerdesk-viewer': await signViewer(expert) },
      retryAttempts: 0,
    });
    type Event = { earnings: { earning: { id: string } | null; payoutStatus: string | null; payout: { id: string; status: string; amount: { amountMinor: number } } | null } };
    const iterable = client.iterate<Event['earnings']>({
      query: 'subscription { earnings { earning { id } payoutStatus payout { id status amount { amountMinor } } } }',
    });
    const updates = iterable[Symbol.asyncIterator]();
    try {
      // The server subscribes asynchronously: probe with one of the expert's earnings until the subscription hears it.
      const [probe] = await service.orm.em
        .fork()
        .execute<{ id: string }[]>('select id from rewards.earning where expert_user_id = ? limit 1', [expert.userId]);
      const first = updates.next();
      for (let heard = false; !heard; ) {
        await service.pubsub.publish(earningsTopic(expert.userId), { earningId: probe!.id });
        heard = await Promise.race([first.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 100))]);
      }
      /** Payout events until the payout reaches a final state. */
      const payoutStates = async (payoutId: string) => {
        const states: string[] = [];
        while (!states.includes('PAID') && !states.includes('FAILED')) {
          const event = ((await updates.next()).value as { data?: Event } | undefined)?.data?.earnings;
          if (event?.payout?.id === payoutId) states.push(event.payoutStatus!);
        }
        return states;
      };

      const paid = await requestPayout(service, expert, { brandId, amountMinor: 1400 });
      expect(paid.errors).toBeUndefined();
      await settle(service);
      expect(await payoutStates(paid.data!.requestPayout.id)).toEqual(['REQUESTED', 'PROCESSING', 'PAID']);

      processor.refuseNext('account closed');
      const refused = await requestPayout(service, expert, { brandId, amountMinor: 1400 });
      expect(refused.errors).toBeUndefined();
      await settle(service);
      expect(await payoutStates(refused.data!.requestPayout.id)).toEqual(['REQUESTED', 'PROCESSING', 'FAILED']);
      expect(await payoutRow(service.orm, refused.data!.requestPayout.id)).toMatchObject({ status: 'FAILED' });
    } finally {
      await updates.return?.();
      await client.dispose();
    }
  });
});
