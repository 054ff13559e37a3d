import { randomUUID } from 'node:crypto';
import { expertId } from '@peerdesk/runtime/ids';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rewards } from '../service.ts';
import {
  allZero,
  balances,
  brandWithPolicy,
  earningsOf,
  fund,
  ledgerSums,
  person,
  publishAllResolved,
  publishResolved,
  redeliver,
  resolution,
  setPolicy,
  settle,
} from '../testing/rewards.factory.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('rewards');
  await migrateService(rewards, databaseUrl);
  service = await startService(rewards, { port: 0, databaseUrl });
});
afterAll(() => service?.close());
// The books balance after every step of every test.
afterEach(async () => expect(allZero(await ledgerSums(service.orm))).toBe(true));

describe('QuestionResolved', () => {
  it('pays 70% to the expert and 30% to the platform from the brand budget, exactly once however often it arrives', async () => {
    const { brandId, admin } = await brandWithPolicy(service);
    await fund(service, admin, { brandId, amountMinor: 1000 });
    const expertUserId = randomUUID();
    const payload = resolution(brandId, expertUserId);

    const eventId = randomUUID();
    await publishResolved(service.orm, payload, eventId);
    await publishResolved(service.orm, payload, eventId); // the same event id twice: the outbox keeps one
    await publishResolved(service.orm, payload); // the same resolution re-published under a new event id
    await settle(service);
    await redeliver(service.orm, eventId); // an at-least-once bus delivering a processed event again
    await settle(service);
    expect(allZero(await ledgerSums(service.orm))).toBe(true);

    const earnings = await earningsOf(service.orm, payload.questionId);
    expect(earnings).toHaveLength(1);
    expect(earnings[0]).toMatchObject({ status: 'SETTLED', amount_minor: '300', expert_share_minor: '210' });
    expect(await balances(service.orm, brandId)).toEqual({
      BRAND_BUDGET: 700,
      EXTERNAL: -1000,
      PLATFORM_REVENUE: 90,
      [`EXPERT_PAYABLE:${expertId(brandId, expertUserId)}`]: 210,
    });
  });

  it('credits each question once when deliveries arrive out of order and late', async () => {
    const { brandId, admin } = await brandWithPolicy(service);
    await fund(service, admin, { brandId, amountMinor: 10_000 });
    const expertUserId = randomUUID();
    const first = resolution(brandId, expertUserId);
    const second = resolution(brandId, expertUserId);
    const secondEvent = await publishResolved(service.orm, second);
    await settle(service);
    const firstEvent = await publishResolved(service.orm, first);
    await redeliver(service.orm, secondEvent);
    await settle(service);
    await redeliver(service.orm, firstEvent);
    await redeliver(service.orm, secondEvent);
    await publishResolved(service.orm, first);
    await settle(service);

    expect(await earningsOf(service.orm, first.questionId)).toHaveLength(1);
    expect(await earningsOf(service.orm, second.questionId)).toHaveLength(1);
    const books = await balances(service.orm, brandId);
    expect(books.BRAND_BUDGET).toBe(10_000 - 600);
    expect(books[`EXPERT_PAYABLE:${expertId(brandId, expertUserId)}`]).toBe(420);
  });

  it('uses the category policy over the brand default', async () => {
    const { brandId, admin } = await brandWithPolicy(service);
    await setPolicy(service, admin, { brandId, category: 'purchases', amountMinor: 1000, currency: 'USD', expertShareBps: 5000 });
    await fund(service, admin, { brandId, amountMinor: 5000 });
    const purchase = resolution(brandId, randomUUID(), { category: 'purchases' });
    const other = resolution(brandId, randomUUID(), { category: 'gameplay' });
    await publishResolved(service.orm, purchase);
    await publishResolved(service.orm, other);
    await settle(service);
    expect((await earningsOf(service.orm, purchase.questionId))[0]).toMatchObject({ amount_minor: '1000', expert_share_minor: '500' });
    expect((await earningsOf(service.orm, other.questionId))[0]).toMatchObject({ amount_minor: '300', expert_share_minor: '210' });
  });

  it('records nothing when the brand has no reward policy', async () => {
    const brandId = randomUUID();
    const payload = resolution(brandId, randomUUID());
    await publishResolved(service.orm, payload);
    await settle(service);
    expect(await earningsOf(service.orm, payload.questionId)).toEqual([]);
    expect(await balances(service.orm, brandId)).toEqual({});
  });
});

describe('a batch of resolutions', () => {
  it('credits each question of one batch once, per brand, with the older resolutions paid first from a short budget', async () => {
    const funded = await brandWithPolicy(service);
    const short = await brandWithPolicy(service);
    const unfunded = await brandWithPolicy(service);
    await fund(service, funded.admin, { brandId: funded.brandId, amountMinor: 10_000 });
    await fund(service, short.admin, { brandId: short.brandId, amountMinor: 400 });
    const expert = randomUUID();
    const paid = Array.from({ length: 5 }, () => resolution(funded.brandId, expert));
    const older = resolution(short.brandId, expert, { resolvedAt: new Date(Date.now() - 60_000).toISOString() });
    const newer = resolution(short.brandId, expert);
    const waiting = resolution(unfunded.brandId, expert);
    // Published in one transaction, so they reach the consumer in one batch, a repeat and a malformed event included.
    await publishAllResolved(service.orm, [newer, ...paid, paid[0]!, { ...waiting, expertUserId: 'not-a-uuid' }, waiting, older]);
    await settle(service);

    for (const payload of paid) expect((await earningsOf(service.orm, payload.questionId)).map((row) => row.status)).toEqual(['SETTLED']);
    expect((await earningsOf(service.orm, older.questionId)).map((row) => row.status)).toEqual(['SETTLED']);
    expect((await earningsOf(service.orm, newer.questionId)).map((row) => row.status)).toEqual(['PENDING']);
    expect((await earningsOf(service.orm, waiting.questionId)).map((row) => row.status)).toEqual(['PENDING']);
    expect((await balances(service.orm, funded.brandId)).BRAND_BUDGET).toBe(10_000 - 5 * 300);
    expect((await balances(service.orm, funded.brandId))[`EXPERT_PAYABLE:${expertId(funded.brandId, expert)}`]).toBe(5 * 210);
    expect((await balances(service.orm, short.brandId)).BRAND_BUDGET).toBe(100);
    expect(await balances(service.orm, unfunded.brandId)).toEqual({});
  });
});

describe('insufficient budget', () => {
  it('keeps the earning PENDING with no money moved, then settles it oldest first when the brand funds its budget', async () => {
    const { brandId, admin } = await brandWithPolicy(service);
    await fund(service, admin, { brandId, amountMinor: 100 });
    const older = resolution(brandId, randomUUID(), { resolvedAt: new Date(Date.now() - 60_000).toISOString() });
    const newer = resolution(brandId, randomUUID());
    await publishResolved(service.orm, older);
    await publishResolved(service.orm, newer);
    await settle(service);
    expect((await earningsOf(service.orm, older.questionId))[0]?.status).toBe('PENDING');
    expect((await earningsOf(service.orm, newer.questionId))[0]?.status).toBe('PENDING');
    expect(await balances(service.orm, brandId)).toEqual({ BRAND_BUDGET: 100, EXTERNAL: -100 });

    // 100 + 250 covers one reward: the older one goes first.
    const topUp = await fund(service, admin, { brandId, amountMinor: 250 });
    expect(topUp.errors).toBeUndefined();
    expect(topUp.data?.fundBrandBudget).toMatchObject({
      balance: { amountMinor: 50, currency: 'USD', formatted: '$0.50' },
      pendingEarnings: { amountMinor: 300 },
    });
    expect((await earningsOf(service.orm, older.questionId))[0]?.status).toBe('SETTLED');
    expect((await earningsOf(service.orm, newer.questionId))[0]?.status).toBe('PENDING');
    expect(allZero(await ledgerSums(service.orm))).toBe(true);

    const rest = await fund(service, admin, { brandId, amountMinor: 1000 });
    expect(rest.data?.fundBrandBudget).toMatchObject({ balance: { amountMinor: 750 }, pendingEarnings: { amountMinor: 0 } });
    expect((await earningsOf(service.orm, newer.questionId))[0]?.status).toBe('SETTLED');
  });

  it('funds once per idempotency key, and only for admins of the brand', async () => {
    const { brandId, admin } = await brandWithPolicy(service);
    const idempotencyKey = randomUUID();
    await fund(service, admin, { brandId, amountMinor: 500, idempotencyKey });
    const again = await fund(service, admin, { brandId, amountMinor: 500, idempotencyKey });
    expect(again.data?.fundBrandBudget.balance.amountMinor).toBe(500);

    const expert = await fund(service, person(brandId, ['expert']), { brandId, amountMinor: 500 });
    expect(expert.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherBrandAdmin = await fund(service, person(randomUUID(), ['admin']), { brandId, amountMinor: 500 });
    expect(otherBrandAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooMuch = await fund(service, admin, { brandId, amountMinor: 0 });
    expect(tooMuch.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
