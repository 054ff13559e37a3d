import { randomUUID } from 'node:crypto';
import { expertId } from '@peerdesk/runtime/ids';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewards } from '../service.ts';
import { brandWithPolicy, call, fund, person, publishResolved, resolution, settle } from '../testing/rewards.factory.ts';

let service: RunningService;
let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await testDatabaseUrl('rewards');
  await migrateService(rewards, databaseUrl);
  service = await startService(rewards, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

/** Runs raw SQL in one transaction on its own connection, as a careless script would. */
async function rawTransaction(statements: (ids: { tx: string; a: string; b: string }) => [string, unknown[]][]): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const brandId = randomUUID();
  const ids = { tx: randomUUID(), a: randomUUID(), b: randomUUID() };
  try {
    await client.query('begin');
    await client.query(
      `insert into rewards.ledger_account (id, brand_id, kind, owner_id, currency) values ($1, $3, 'BRAND_BUDGET', null, 'USD'), ($2, $3, 'EXTERNAL', null, 'USD')`,
      [ids.a, ids.b, brandId],
    );
    await client.query(`insert into rewards.ledger_transaction (id, brand_id, kind, reference, created_at) values ($1, $2, 'FUNDING', 'raw', now())`, [
      ids.tx,
      brandId,
    ]);
    for (const [sql, params] of statements(ids)) await client.query(sql, params);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
const entry = (tx: string, account: string, amount: number): [string, unknown[]] => [
  'insert into rewards.ledger_entry (id, transaction_id, account_id, amount_minor, created_at) values (gen_random_uuid(), $1, $2, $3, now())',
  [tx, account, amount],
];

describe('database guarantees', () => {
  it('rejects an unbalanced transaction at commit, even from raw SQL', async () => {
    await expect(rawTransaction(({ tx, a, b }) => [entry(tx, a, 500), entry(tx, b, -499)])).rejects.toThrow(/does not balance/);
  });

  it('rejects a one-legged transaction and accepts a balanced one', async () => {
    await expect(rawTransaction(({ tx, a }) => [entry(tx, a, 500)])).rejects.toThrow(/balance|two entries/);
    await expect(rawTransaction(({ tx, a, b }) => [entry(tx, a, 500), entry(tx, b, -500)])).resolves.toBeUndefined();
  });

  it('keeps the ledger append-only', async () => {
    await expect(
      rawTransaction(({ tx, a, b }) => [entry(tx, a, 500), entry(tx, b, -500), ['update rewards.ledger_entry set amount_minor = 1 where account_id = $1', [a]]]),
    ).rejects.toThrow(/append-only/);
  });
});

const LEDGER = `query ($brandId: ID!, $first: Int, $after: String) {
  ledger(brandId: $brandId, first: $first, after: $after) {
    edges { cursor node { id kind reference entries { account { kind ownerId } amount { amountMinor currency } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
interface Page {
  ledger: {
    edges: { node: { kind: string; reference: string; entries: { account: { kind: string; ownerId: string | null }; amount: { amountMinor: number } }[] } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('ledger query', () => {
  it('shows admins every transaction, newest first, in pages, each summing to zero', async () => {
    const { brandId, admin } = await brandWithPolicy(service);
    await fund(service, admin, { brandId, amountMinor: 1000 });
    const payload = resolution(brandId, randomUUID());
    await publishResolved(service.orm, payload);
    await settle(service);

    const page1 = await call<Page>(service, admin, LEDGER, { brandId, first: 1 });
    expect(page1.errors).toBeUndefined();
    const earning = page1.data!.ledger.edges[0]!.node;
    expect(earning).toMatchObject({ kind: 'EARNING', reference: payload.questionId });
    expect(earning.entries.map((e) => [e.account.kind, e.amount.amountMinor])).toEqual([
      ['BRAND_BUDGET', -300],
      ['PLATFORM_REVENUE', 90],
      ['EXPERT_PAYABLE', 210],
    ]);
    expect(page1.data!.ledger.pageInfo.hasNextPage).toBe(true);

    const page2 = await call<Page>(service, admin, LEDGER, { brandId, first: 1, after: page1.data!.ledger.pageInfo.endCursor });
    expect(page2.data!.ledger.edges.map((e) => e.node.kind)).toEqual(['FUNDING']);
    expect(page2.data!.ledger.pageInfo.hasNextPage).toBe(false);
    for (const { node } of [...page1.data!.ledger.edges, ...page2.data!.ledger.edges]) {
      expect(node.entries.reduce((sum, e) => sum + e.amount.amountMinor, 0)).toBe(0);
    }
  });

  it('shows an expert only the transactions that touch their own payable account', async () => {
    const { brandId, admin } = await brandWithPolicy(service);
    await fund(service, admin, { brandId, amountMinor: 1000 });
    const me = person(brandId, ['customer', 'expert']);
    const mine = resolution(brandId, me.userId);
    await publishResolved(service.orm, mine);
    await publishResolved(service.orm, resolution(brandId, randomUUID()));
    await settle(service);

    const result = await call<Page>(service, me, LEDGER, { brandId });
    expect(result.errors).toBeUndefined();
    expect(result.data!.ledger.edges.map((e) => e.node.reference)).toEqual([mine.questionId]);
    expect(result.data!.ledger.edges[0]!.node.entries.find((e) => e.account.kind === 'EXPERT_PAYABLE')?.account.ownerId).toBe(
      expertId(brandId, me.userId),
    );
  });

  it('refuses customers, other brands and bad paging', async () => {
    const { brandId } = await brandWithPolicy(service);
    expect((await call(service, person(brandId, ['customer']), LEDGER, { brandId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(service, person(randomUUID(), ['admin', 'expert']), LEDGER, { brandId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = person(brandId, ['admin']);
    expect((await call(service, admin, LEDGER, { brandId, first: 101 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await call(service, admin, LEDGER, { brandId, after: 'nope' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

/** A strict RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

const CSV = 'query ($brandId: ID!) { ledgerCsv(brandId: $brandId) }';

describe('ledgerCsv', () => {
  it('exports the brand ledger for admins, one CRLF line per entry, quoted where needed, each transaction summing to zero', async () => {
    const { brandId, admin } = await brandWithPolicy(service);
    await call(service, admin, FUND_WITH_REFERENCE, { input: { brandId, amountMinor: 1000, currency: 'USD', reference: 'Invoice "42", Q4' } });
    const payload = resolution(brandId, randomUUID());
    await publishResolved(service.orm, payload);
    await settle(service);

    const result = await call<{ ledgerCsv: string }>(service, admin, CSV, { brandId });
    expect(result.errors).toBeUndefined();
    const text = result.data!.ledgerCsv;
    expect(text).toContain('"Invoice ""42"", Q4"');
    const [header, ...lines] = parseCsv(text);
    expect(header).toEqual(['transaction_id', 'created_at', 'kind', 'reference', 'account_kind', 'account_owner_id', 'currency', 'amount_minor', 'amount']);
    expect(lines.map((line) => [line[2], line[3], line[4], line[7], line[8]])).toEqual([
      ['FUNDING', 'Invoice "42", Q4', 'EXTERNAL', '-1000', '-10.00'],
      ['FUNDING', 'Invoice "42", Q4', 'BRAND_BUDGET', '1000', '10.00'],
      ['EARNING', payload.questionId, 'BRAND_BUDGET', '-300', '-3.00'],
      ['EARNING', payload.questionId, 'PLATFORM_REVENUE', '90', '0.90'],
      ['EARNING', payload.questionId, 'EXPERT_PAYABLE', '210', '2.10'],
    ]);
    const byTransaction = new Map<string, number>();
    for (const line of lines) byTransaction.set(line[0]!, (byTransaction.get(line[0]!) ?? 0) + Number(line[7]));
    expect([...byTransaction.values()]).toEqual([0, 0]);
  });

  it('gives an expert only their own transactions and refuses customers', async () => {
    const { brandId, admin } = await brandWithPolicy(service);
    await fund(service, admin, { brandId, amountMinor: 1000 });
    const me = person(brandId, ['expert']);
    const mine = resolution(brandId, me.userId);
    await publishResolved(service.orm, mine);
    await publishResolved(service.orm, resolution(brandId, randomUUID()));
    await settle(service);
    const [, ...lines] = parseCsv((await call<{ ledgerCsv: string }>(service, me, CSV, { brandId })).data!.ledgerCsv);
    expect(new Set(lines.map((line) => line[3]))).toEqual(new Set([mine.questionId]));
    expect((await call(service, person(brandId, ['customer']), CSV, { brandId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const FUND_WITH_REFERENCE = `mutation ($input: FundBrandBudgetInput!) { fundBrandBudget(input: $input) { brandId } }`;
