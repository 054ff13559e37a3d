// AccountDeleted in rewards: pending earnings cancelled, the unpaid balance forfeited to the brand's budget, books balanced.
import { expertId } from '@peerdesk/runtime/ids';
import { ACCOUNT_DELETED } from '@peerdesk/runtime/events.contract';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { publish } from '@peerdesk/runtime/testing/bus';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRewardsService } from '../service.ts';
import { RecordedPaymentProcessor } from '../testing/recorded-payment-processor.ts';
import {
  allZero,
  balances,
  brandWithPolicy,
  fund,
  ledgerSums,
  person,
  publishResolved,
  redeliver,
  resolution,
  settle,
} from '../testing/rewards.factory.ts';

let service: RunningService;

beforeAll(async () => {
  const definition = createRewardsService({ paymentProcessor: new RecordedPaymentProcessor() });
  const databaseUrl = await testDatabaseUrl('rewards_account_deleted');
  await migrateService(definition, databaseUrl);
  service = await startService(definition, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

const statuses = async (userId: string) =>
  (
    await service.orm.em
      .fork()
      .execute<{ status: string }[]>('select status from rewards.earning where expert_user_id = ? order by status', [userId])
  ).map((row) => row.status);

describe('AccountDeleted', () => {
  it('cancels pending earnings and returns the available balance to the brand’s budget, once', async () => {
    const { brandId, admin } = await brandWithPolicy(service, { amountMinor: 1000 });
    await fund(service, admin, { brandId, amountMinor: 1000 });
    const expert = person(brandId, ['customer', 'expert']);
    const other = person(brandId, ['customer', 'expert']);
    await publishResolved(service.orm, resolution(brandId, expert.userId)); // settled: 700 to the expert
    await publishResolved(service.orm, resolution(brandId, expert.userId)); // budget empty: pending
    await publishResolved(service.orm, resolution(brandId, other.userId)); // pending too
    await settle(service);
    expect(await statuses(expert.userId)).toEqual(['PENDING', 'SETTLED']);
    const payable = `EXPERT_PAYABLE:${expertId(brandId, expert.userId)}`;
    expect(await balances(service.orm, brandId)).toMatchObject({ BRAND_BUDGET: 0, [payable]: 700 });

    const eventId = await publish(service.orm, ACCOUNT_DELETED, { userId: expert.userId, deletedAt: new Date().toISOString() });
    await settle(service);
    expect(await statuses(expert.userId)).toEqual(['SETTLED']);
    expect(await balances(service.orm, brandId)).toMatchObject({ BRAND_BUDGET: 700, [payable]: 0 });
    expect(allZero(await ledgerSums(service.orm))).toBe(true);

    await redeliver(service.orm, eventId);
    await settle(service);
    expect(await balances(service.orm, brandId)).toMatchObject({ BRAND_BUDGET: 700, [payable]: 0 });
    const forfeits = await service.orm.em
      .fork()
      .execute<{ n: number }[]>(
        "select count(*)::int as n from rewards.ledger_transaction where brand_id = ? and kind = 'FORFEIT'",
        [brandId],
      );
    expect(forfeits[0]?.n).toBe(1);
    // Someone else's pending earning is untouched.
    expect(await statuses(other.userId)).toEqual(['PENDING']);
  });
});
