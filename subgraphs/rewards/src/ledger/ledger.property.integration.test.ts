// Property: whatever sequence of resolutions (through the bus, duplicates included), fundings, payouts (paid,
// refused, retried) and redemptions happens, after every step each currency's accounts sum to zero and no expert's
// payable balance is negative. Seeded, so a failure replays exactly.
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import type { GraphQLResponse } from '@peerdesk/runtime/testing/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRewardsService } from '../service.ts';
import { RecordedPaymentProcessor } from '../testing/recorded-payment-processor.ts';
import {
  allZero,
  brandWithPolicy,
  eventually,
  fund,
  ledgerSums,
  lowestPayable,
  payoutRow,
  person,
  publishResolved,
  redeem,
  redeliver,
  requestPayout,
  resolution,
  setPayoutSettings,
  settle,
  upsertItem,
} from '../testing/rewards.factory.ts';

const SEED = 20261201;
const STEPS = 200;

const processor = new RecordedPaymentProcessor();
const definition = createRewardsService({ paymentProcessor: processor });
let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('rewards');
  await migrateService(definition, databaseUrl);
  service = await startService(definition, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Refusals a user may legitimately get (not enough balance, out of stock, under the threshold). */
function expectOnlyRefusal(result: GraphQLResponse<unknown>): boolean {
  if (!result.errors) return true;
  expect(['CONFLICT', 'BAD_USER_INPUT'], JSON.stringify(result.errors)).toContain(result.errors[0]?.extensions?.code);
  return false;
}

async function paidOutTotals(): Promise<Record<string, number>> {
  const rows = await service.orm.em.fork().execute<{ currency: string; total: string }[]>(
    `select a.currency, sum(e.amount_minor)::text as total from rewards.ledger_entry e
       join rewards.ledger_account a on a.id = e.account_id where a.kind = 'PAID_OUT' group by a.currency`,
  );
  return Object.fromEntries(rows.map((row) => [row.currency, Number(row.total)]));
}

it(
  `keeps the books balanced and payables non-negative through ${STEPS} random steps (seed ${SEED})`,
  { timeout: 180_000 },
  async () => {
    const next = mulberry32(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const brands = [];
    for (const [currency, rewardMinor] of [
      ['USD', 300],
      ['EUR', 250],
    ] as const) {
      const { brandId, admin } = await brandWithPolicy(service, { amountMinor: rewardMinor, currency });
      await setPayoutSettings(service, admin, { brandId, thresholdMinor: 200 });
      const experts = Array.from({ length: 3 }, () => person(brandId, ['customer', 'expert']));
      const items = [];
      for (const [priceMinor, stock] of [
        [150, 3],
        [400, 50],
      ] as const) {
        items.push((await upsertItem(service, admin, { brandId, priceMinor, currency, stock })).data!.upsertRewardItem.id);
      }
      brands.push({ brandId, admin, currency, experts, items });
    }
    const eventIds: string[] = [];
    const resolved = new Set<string>();
    const counts = {
      resolve: 0,
      duplicate: 0,
      fund: 0,
      paid: 0,
      refused: 0,
      retried: 0,
      payoutRefused: 0,
      redeemed: 0,
      redeemRefused: 0,
    };

    for (let step = 0; step < STEPS; step++) {
      const brand = pick(brands);
      const expert = pick(brand.experts);
      const roll = next();
      if (roll < 0.35) {
        if (eventIds.length && next() < 0.15) {
          await redeliver(service.orm, pick(eventIds));
          counts.duplicate++;
        } else {
          const payload = resolution(brand.brandId, expert.userId);
          eventIds.push(await publishResolved(service.orm, payload, undefined));
          resolved.add(payload.questionId);
          counts.resolve++;
        }
        await settle(service);
      } else if (roll < 0.5) {
        const result = await fund(service, brand.admin, {
          brandId: brand.brandId,
          currency: brand.currency,
          amountMinor: 100 + Math.floor(next() * 1500),
        });
        expect(result.errors).toBeUndefined();
        counts.fund++;
      } else if (roll < 0.75) {
        const outcome = next();
        if (outcome < 0.25) processor.refuseNext('declined');
        else if (outcome < 0.35) processor.throwNext('timeout');
        const amountMinor = next() < 0.5 ? undefined : 100 + Math.floor(next() * 800);
        const result = await requestPayout(service, expert, { brandId: brand.brandId, currency: brand.currency, amountMinor });
        if (expectOnlyRefusal(result)) {
          await settle(service);
          const row = await eventually(
            () => payoutRow(service.orm, result.data!.requestPayout.id),
            (r) => r?.status === 'PAID' || r?.status === 'FAILED',
          );
          if (row?.status === 'PAID') counts.paid++;
          else counts.refused++;
          if ((row?.attempts ?? 0) > 1) counts.retried++;
        } else {
          processor.clearScript();
          counts.payoutRefused++;
        }
      } else {
        const result = await redeem(service, expert, pick(brand.items));
        if (expectOnlyRefusal(result)) counts.redeemed++;
        else counts.redeemRefused++;
      }

      const sums = await ledgerSums(service.orm);
      expect(allZero(sums), `step ${step}: ${JSON.stringify(sums)}`).toBe(true);
      expect(await lowestPayable(service.orm), `step ${step}`).toBeGreaterThanOrEqual(0);
    }

    // Every question earned once; what left through the processor is exactly what the ledger paid out.
    const [earned] = await service.orm.em
      .fork()
      .execute<{ n: number }[]>('select count(*)::int as n from rewards.earning where brand_id in (?, ?)', [
        brands[0]!.brandId,
        brands[1]!.brandId,
      ]);
    expect(earned?.n).toBe(resolved.size);
    expect(await paidOutTotals()).toEqual(processor.paidTotals());
    // The sequence exercised every path, or the property proved little.
    for (const [path, count] of Object.entries(counts))
      expect(count, `${path} never happened: ${JSON.stringify(counts)}`).toBeGreaterThan(0);
  },
);
