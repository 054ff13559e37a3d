import { randomUUID } from 'node:crypto';
import { expertId } from '@peerdesk/runtime/ids';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { ANONYMOUS } from '@peerdesk/runtime/viewer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rewards } from '../service.ts';
import {
  allZero,
  balances,
  brandWithPolicy,
  catalog,
  expertsWithEarnings,
  ledgerSums,
  lowestPayable,
  person,
  redeem,
  upsertItem,
} from '../testing/rewards.factory.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('rewards');
  await migrateService(rewards, databaseUrl);
  service = await startService(rewards, { port: 0, databaseUrl });
});
afterAll(() => service?.close());
afterEach(async () => {
  expect(allZero(await ledgerSums(service.orm))).toBe(true);
  expect(await lowestPayable(service.orm)).toBeGreaterThanOrEqual(0);
});

describe('rewardCatalog and upsertRewardItem', () => {
  it('lets admins stock and change items; shows active ones to everyone and inactive ones to admins only', async () => {
    const { brandId, admin } = await brandWithPolicy(service);
    const gems = await upsertItem(service, admin, { brandId, name: 'Gem pack', priceMinor: 300, stock: 10 });
    expect(gems.errors).toBeUndefined();
    const boost = await upsertItem(service, admin, { brandId, name: 'XP boost', priceMinor: 200, stock: 3, active: false });
    expect((await catalog(service, ANONYMOUS, brandId)).data?.rewardCatalog.map((item) => item.name)).toEqual(['Gem pack']);
    expect((await catalog(service, admin, brandId)).data?.rewardCatalog.map((item) => item.name)).toEqual([
      'XP boost',
      'Gem pack',
    ]);

    const changed = await upsertItem(service, admin, {
      id: gems.data!.upsertRewardItem.id,
      brandId,
      name: 'Gem pack',
      priceMinor: 350,
      stock: 8,
    });
    expect(changed.data?.upsertRewardItem).toMatchObject({
      id: gems.data!.upsertRewardItem.id,
      stock: 8,
      price: { amountMinor: 350, currency: 'USD' },
    });
    expect((await catalog(service, ANONYMOUS, brandId)).data?.rewardCatalog).toHaveLength(1);
    expect(boost.data?.upsertRewardItem.active).toBe(false);
  });

  it('refuses non-admins, other brands’ items and bad input', async () => {
    const { brandId, admin } = await brandWithPolicy(service);
    const item = (await upsertItem(service, admin, { brandId })).data!.upsertRewardItem;
    expect((await upsertItem(service, person(brandId, ['expert']), { brandId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await upsertItem(service, ANONYMOUS, { brandId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const otherBrand = randomUUID();
    const stolen = await upsertItem(service, person(otherBrand, ['admin']), { id: item.id, brandId: otherBrand, stock: 0 });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const bad of [{ priceMinor: 0 }, { stock: -1 }, { currency: 'usd' }, { name: '' }]) {
      expect((await upsertItem(service, admin, { brandId, ...bad })).errors?.[0]?.extensions?.code, JSON.stringify(bad)).toBe(
        'BAD_USER_INPUT',
      );
    }
    expect((await catalog(service, admin, brandId)).data?.rewardCatalog.map((i) => i.stock)).toEqual([10]);
  });
});

describe('redeemReward', () => {
  it("takes the price from the expert's earnings into REDEEMED and one unit from stock", async () => {
    const { brandId, admin, expert } = await expertsWithEarnings(service, { resolutions: 1 }); // 700 earned
    const item = (await upsertItem(service, admin, { brandId, priceMinor: 300, stock: 5 })).data!.upsertRewardItem;
    const result = await redeem(service, expert, item.id);
    expect(result.errors).toBeUndefined();
    expect(result.data?.redeemReward).toMatchObject({
      price: { amountMinor: 300 },
      expert: { id: expertId(brandId, expert.userId) },
      item: { id: item.id, stock: 4 },
    });
    const books = await balances(service.orm, brandId);
    expect(books[`EXPERT_PAYABLE:${expertId(brandId, expert.userId)}`]).toBe(400);
    expect(books.REDEEMED).toBe(300);
  });

  it('refuses with CONFLICT when the balance does not cover the price, and keeps the stock', async () => {
    const { brandId, admin, expert } = await expertsWithEarnings(service, { resolutions: 1 });
    const item = (await upsertItem(service, admin, { brandId, priceMinor: 701, stock: 5 })).data!.upsertRewardItem;
    expect((await redeem(service, expert, item.id)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await catalog(service, admin, brandId)).data?.rewardCatalog[0]?.stock).toBe(5);
    expect((await balances(service.orm, brandId)).REDEEMED).toBeUndefined();
  });

  it('gives the last unit to exactly one of 20 experts redeeming it at the same moment', async () => {
    const { brandId, admin, experts } = await expertsWithEarnings(service, { experts: 20, resolutions: 1 });
    const item = (await upsertItem(service, admin, { brandId, priceMinor: 300, stock: 1 })).data!.upsertRewardItem;
    const results = await Promise.all(experts.map((expert) => redeem(service, expert, item.id)));
    const winners = results.filter((result) => result.data?.redeemReward);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    expect(winners[0]?.data?.redeemReward.item.stock).toBe(0);
    expect((await catalog(service, admin, brandId)).data?.rewardCatalog[0]?.stock).toBe(0);
    expect((await balances(service.orm, brandId)).REDEEMED).toBe(300);
  });

  it('refuses inactive items, customers, other brands and unknown items', async () => {
    const { brandId, admin, expert } = await expertsWithEarnings(service, { resolutions: 1 });
    const hidden = (await upsertItem(service, admin, { brandId, active: false })).data!.upsertRewardItem;
    expect((await redeem(service, expert, hidden.id)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const item = (await upsertItem(service, admin, { brandId })).data!.upsertRewardItem;
    expect((await redeem(service, person(brandId, ['customer']), item.id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await redeem(service, person(randomUUID(), ['expert']), item.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await redeem(service, expert, randomUUID())).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await redeem(service, ANONYMOUS, item.id)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await catalog(service, admin, brandId)).data?.rewardCatalog.map((i) => i.stock)).toEqual([10, 10]);
  });
});
