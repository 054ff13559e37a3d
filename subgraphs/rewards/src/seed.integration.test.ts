import { DEMO_QUESTIONS, NIMBUS, TELCO } from '@peerdesk/runtime/demo/community';
import { migrateService, seedService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rewards } from './service.ts';

let client: pg.Client;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('rewards_seed');
  await migrateService(rewards, databaseUrl);
  await seedService(rewards, databaseUrl);
  await seedService(rewards, databaseUrl); // idempotent: the second run adds nothing
  client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
});
afterAll(() => client?.end());

it('pays every resolved demo question once, from funded budgets, with balanced books', async () => {
  const resolved = DEMO_QUESTIONS.filter((q) => q.state === 'resolved');
  const { rows: earnings } = await client.query<{ question_id: string; status: string; amount_minor: string; currency: string }>(
    'select question_id, status, amount_minor::text, currency from rewards.earning',
  );
  expect(earnings.map((e) => e.question_id).sort()).toEqual(resolved.map((q) => q.id).sort());
  expect(earnings.every((e) => e.status === 'SETTLED')).toBe(true);

  const { rows: sums } = await client.query<{ total: string }>(
    'select sum(e.amount_minor)::text as total from rewards.ledger_entry e join rewards.ledger_account a on a.id = e.account_id group by a.currency',
  );
  expect(sums.map((row) => row.total)).toEqual(['0', '0']);

  const budget = async (brandId: string) =>
    (
      await client.query<{ balance: string }>(
        `select sum(e.amount_minor)::text as balance from rewards.ledger_entry e join rewards.ledger_account a on a.id = e.account_id
          where a.brand_id = $1 and a.kind = 'BRAND_BUDGET'`,
        [brandId],
      )
    ).rows[0]?.balance;
  const count = (brandId: string) => resolved.filter((q) => q.brandId === brandId).length;
  expect(await budget(NIMBUS.id)).toBe(String(50_000 - 300 * count(NIMBUS.id)));
  expect(await budget(TELCO.id)).toBe(String(50_000 - 250 * count(TELCO.id)));

  const { rows: policies } = await client.query('select brand_id, amount_minor::int, currency, expert_share_bps, in_kind_item from rewards.reward_policy order by currency');
  expect(policies).toEqual([
    { brand_id: TELCO.id, amount_minor: 250, currency: 'EUR', expert_share_bps: 7000, in_kind_item: null },
    { brand_id: NIMBUS.id, amount_minor: 300, currency: 'USD', expert_share_bps: 7000, in_kind_item: '500 gems' },
  ]);
});

it('stocks Nimbus Games with in-kind rewards (gem packs, power-ups) and telco-sol with none', async () => {
  const { rows } = await client.query<{ brand_id: string; name: string; currency: string; stock: number; active: boolean }>(
    'select brand_id, name, currency, stock, active from rewards.reward_item order by price_minor',
  );
  expect(rows.every((row) => row.brand_id === NIMBUS.id && row.currency === 'USD' && row.active && row.stock > 0)).toBe(true);
  expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(['500 gems', 'Double XP (24 h)']));
  expect(rows.filter((row) => row.brand_id === TELCO.id)).toEqual([]);
  expect(rows).toHaveLength(5); // the second seed added none
});
