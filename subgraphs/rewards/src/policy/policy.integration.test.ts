import { randomUUID } from 'node:crypto';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { ANONYMOUS } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewards } from '../service.ts';
import { call, person, setPolicy } from '../testing/rewards.factory.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('rewards');
  await migrateService(rewards, databaseUrl);
  service = await startService(rewards, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

const POLICY = `query ($brandId: ID!, $category: String) {
  rewardPolicy(brandId: $brandId, category: $category) { category expertShareBps inKindItem amount { amountMinor currency formatted } }
}`;

describe('setRewardPolicy', () => {
  it('lets a brand admin set the default and a category policy; lookups fall back to the default', async () => {
    const brandId = randomUUID();
    const admin = person(brandId, ['admin']);
    const set = await setPolicy(service, admin, { brandId, amountMinor: 300, currency: 'USD', inKindItem: '500 gems' });
    expect(set.errors).toBeUndefined();
    expect(set.data?.setRewardPolicy).toMatchObject({ category: null, expertShareBps: 7000, amount: { formatted: '$3.00' } });
    await setPolicy(service, admin, { brandId, category: 'purchases', amountMinor: 1250, currency: 'USD', expertShareBps: 8000 });

    const purchases = await call(service, ANONYMOUS, POLICY, { brandId, category: 'purchases' });
    expect(purchases.data?.rewardPolicy).toMatchObject({ category: 'purchases', expertShareBps: 8000, amount: { amountMinor: 1250, formatted: '$12.50' } });
    const gameplay = await call(service, ANONYMOUS, POLICY, { brandId, category: 'gameplay' });
    expect(gameplay.data?.rewardPolicy).toMatchObject({ category: null, inKindItem: '500 gems', amount: { amountMinor: 300 } });
    expect((await call(service, ANONYMOUS, POLICY, { brandId: randomUUID() })).data?.rewardPolicy).toBeNull();
  });

  it('replaces the policy of the same category instead of adding another', async () => {
    const brandId = randomUUID();
    const admin = person(brandId, ['admin']);
    await setPolicy(service, admin, { brandId, amountMinor: 300, currency: 'USD' });
    await setPolicy(service, admin, { brandId, amountMinor: 250, currency: 'EUR', expertShareBps: 6500 });
    const result = await call(service, ANONYMOUS, POLICY, { brandId });
    expect(result.data?.rewardPolicy).toMatchObject({ expertShareBps: 6500, amount: { amountMinor: 250, currency: 'EUR', formatted: '€2.50' } });
  });

  it('is FORBIDDEN to experts, customers and admins of other brands, and UNAUTHENTICATED anonymously', async () => {
    const brandId = randomUUID();
    const input = { brandId, amountMinor: 300, currency: 'USD' };
    for (const viewer of [person(brandId, ['expert', 'customer']), person(brandId, ['agent']), person(randomUUID(), ['admin'])]) {
      expect((await setPolicy(service, viewer, input)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await setPolicy(service, ANONYMOUS, input)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await call(service, ANONYMOUS, POLICY, { brandId })).data?.rewardPolicy).toBeNull();
  });

  it('refuses out-of-range amounts and shares and unknown currencies with BAD_USER_INPUT', async () => {
    const brandId = randomUUID();
    const admin = person(brandId, ['admin']);
    for (const bad of [
      { amountMinor: 0, currency: 'USD' },
      { amountMinor: 1_000_001, currency: 'USD' },
      { amountMinor: 300, currency: 'usd' },
      { amountMinor: 300, currency: 'ABC' },
      { amountMinor: 300, currency: 'USD', expertShareBps: 10_001 },
      { amountMinor: 300, currency: 'USD', expertShareBps: -1 },
    ]) {
      const result = await setPolicy(service, admin, { brandId, ...bad });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(bad)).toBe('BAD_USER_INPUT');
    }
    expect((await call(service, ANONYMOUS, POLICY, { brandId })).data?.rewardPolicy).toBeNull();
  });
});
