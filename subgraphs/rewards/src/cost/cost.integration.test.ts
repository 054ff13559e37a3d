import { randomUUID } from 'node:crypto';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { ANONYMOUS, type Viewer } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewards } from '../service.ts';
import { brandWithPolicy, call, person, publishResolved, resolution, setPolicy, settle } from '../testing/rewards.factory.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('rewards_cost');
  await migrateService(rewards, databaseUrl);
  service = await startService(rewards, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

const SET = `mutation ($input: SetAgentCostInput!) { setAgentCost(input: $input) { brandId perResolution { amountMinor currency formatted } } }`;
const ANALYTICS = `query ($brandId: ID!, $from: String!, $to: String!) {
  costAnalytics(brandId: $brandId, from: $from, to: $to) {
    currency paidResolutions
    expertCost { amountMinor currency } expertCostPerResolution { amountMinor currency } agentCostPerResolution { amountMinor currency }
  }
}`;
const POLICIES = `query ($brandId: ID!) { rewardPolicies(brandId: $brandId) { category amount { amountMinor } } }`;
const codeOf = (result: { errors?: { extensions?: { code?: unknown } }[] }) => result.errors?.[0]?.extensions?.code;
const analytics = (viewer: Viewer, brandId: string) =>
  call<{ costAnalytics: unknown }>(service, viewer, ANALYTICS, { brandId, from: '2026-03-01', to: '2026-03-02' });

describe('agent cost and costAnalytics', () => {
  it('compares the rewards of the range’s resolutions with the agent cost the admin entered', async () => {
    const { brandId, admin } = await brandWithPolicy(service, { amountMinor: 300 });
    await setPolicy(service, admin, { brandId, category: 'billing', amountMinor: 401, currency: 'USD' });
    const set = await call(service, admin, SET, { input: { brandId, amountMinor: 650, currency: 'USD' } });
    expect(set.data?.setAgentCost).toEqual({ brandId, perResolution: { amountMinor: 650, currency: 'USD', formatted: '$6.50' } });
    const expert = randomUUID();
    for (const [category, resolvedAt] of [
      ['gameplay', '2026-03-01T00:00:00Z'],
      ['billing', '2026-03-02T23:59:59Z'],
      ['gameplay', '2026-03-03T00:00:00Z'], // after the range
    ] as const) {
      await publishResolved(service.orm, resolution(brandId, expert, { category, resolvedAt }));
    }
    await settle(service);
    const result = await analytics(admin, brandId);
    expect(result.errors).toBeUndefined();
    expect(result.data?.costAnalytics).toEqual({
      currency: 'USD',
      paidResolutions: 2,
      expertCost: { amountMinor: 701, currency: 'USD' },
      expertCostPerResolution: { amountMinor: 351, currency: 'USD' }, // 350.5 rounds half up
      agentCostPerResolution: { amountMinor: 650, currency: 'USD' },
    });
    expect((await call(service, admin, POLICIES, { brandId })).data?.rewardPolicies).toEqual([
      { category: null, amount: { amountMinor: 300 } },
      { category: 'billing', amount: { amountMinor: 401 } },
    ]);
  });

  it('answers nulls for a brand with no policy, no agent cost and no resolutions', async () => {
    const brandId = randomUUID();
    expect((await analytics(person(brandId, ['admin']), brandId)).data?.costAnalytics).toEqual({
      currency: null,
      paidResolutions: 0,
      expertCost: null,
      expertCostPerResolution: null,
      agentCostPerResolution: null,
    });
    const { brandId: priced, admin } = await brandWithPolicy(service, { currency: 'EUR' });
    expect((await analytics(admin, priced)).data?.costAnalytics).toMatchObject({
      currency: 'EUR',
      paidResolutions: 0,
      expertCost: { amountMinor: 0 },
      expertCostPerResolution: null,
    });
  });

  it('lets only admins set the agent cost and only admins and read:analytics keys read the comparison', async () => {
    const brandId = randomUUID();
    for (const viewer of [person(brandId, ['agent']), person(randomUUID(), ['admin'])]) {
      expect(codeOf(await call(service, viewer, SET, { input: { brandId, amountMinor: 650, currency: 'USD' } }))).toBe('FORBIDDEN');
      expect(codeOf(await analytics(viewer, brandId))).toBe('FORBIDDEN');
      expect(codeOf(await call(service, viewer, POLICIES, { brandId }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await analytics(ANONYMOUS, brandId))).toBe('UNAUTHENTICATED');
    expect((await analytics({ kind: 'partner', keyId: randomUUID(), brandId, scopes: ['read:analytics'] }, brandId)).errors).toBeUndefined();
    const admin = person(brandId, ['admin']);
    expect(codeOf(await call(service, admin, SET, { input: { brandId, amountMinor: 0, currency: 'USD' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(service, admin, SET, { input: { brandId, amountMinor: 10, currency: 'usd' } }))).toBe('BAD_USER_INPUT');
  });
});
