// Posting to and reading from the double-entry ledger. Every write runs inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@peerdesk/runtime/database';
import { forbidden } from '@peerdesk/runtime/errors';
import { expertId } from '@peerdesk/runtime/ids';
import { requireScope, requireUser, rolesIn, type Viewer } from '@peerdesk/runtime/viewer';
import { toDecimal } from '../money/money.ts';
import { money } from '../money/money.type.ts';
import { toCsv } from './ledger.csv.ts';
import { LedgerAccount, LedgerEntry, LedgerTransaction } from './ledger.entity.ts';
import { assertBalanced, LedgerAccountKind, type LedgerTransactionKind, type Posting } from './ledger.rules.ts';
import { decodeCursor, encodeCursor, type LedgerArgs, type LedgerEntryView, type LedgerTransactionConnection } from './ledger.types.ts';

const CSV_HEADER = ['transaction_id', 'created_at', 'kind', 'reference', 'account_kind', 'account_owner_id', 'currency', 'amount_minor', 'amount'];

interface CsvRow {
  id: string;
  created_at: string | Date;
  kind: string;
  reference: string;
  account_kind: string;
  owner_id: string | null;
  currency: string;
  amount_minor: string;
}

export interface TransactionInput {
  brandId: string;
  kind: LedgerTransactionKind;
  reference: string;
  eventId?: string | null;
  postings: Posting[];
}

export interface AccountKey {
  brandId: string;
  kind: LedgerAccountKind;
  ownerId?: string | null;
  currency: string;
}

/** pg returns bigint sums as strings; a balance beyond 2^53 would be a bug, not a rounding. */
function toMinor(value: string | number | null | undefined): number {
  const minor = Number(value ?? 0);
  if (!Number.isSafeInteger(minor)) throw new Error(`ledger amount ${value} is outside the safe integer range`);
  return minor;
}

export class LedgerService {
  constructor(private readonly em: EntityManager) {}

  /** The account's id, created on first use; `lock` holds it until commit, serialising spenders of one budget. */
  async account(key: AccountKey, options: { lock?: boolean } = {}): Promise<string> {
    const [id] = await this.accounts([key], options);
    return id!;
  }

  /**
   * The ids of several accounts (in the order asked), creating the missing ones, in one round trip: crediting a
   * resolution needs the platform's and the expert's at once. A row this statement creates is locked anyway.
   */
  async accounts(keys: readonly AccountKey[], options: { lock?: boolean } = {}): Promise<string[]> {
    const wanted = JSON.stringify(keys.map((key) => ({ brand_id: key.brandId, kind: key.kind, owner_id: key.ownerId ?? null, currency: key.currency })));
    const lookup = (lock: boolean) => `
      wanted as (
        select * from rows from (jsonb_to_recordset(?::jsonb) as (brand_id uuid, kind text, owner_id uuid, currency text))
          with ordinality as w(brand_id, kind, owner_id, currency, n)
      ), found as (
        select w.n, a.id from wanted w join rewards.ledger_account a
          on a.brand_id = w.brand_id and a.kind = w.kind and a.owner_id is not distinct from w.owner_id and a.currency = w.currency
        ${lock ? 'for update of a' : ''}
      )`;
    const rows = await this.em.execute<{ n: string; id: string }[]>(
      `with ${lookup(options.lock ?? false)}, created as (
         insert into rewards.ledger_account (id, brand_id, kind, owner_id, currency)
         select gen_random_uuid(), w.brand_id, w.kind, w.owner_id, w.currency from wanted w where w.n not in (select n from found)
         on conflict do nothing returning id, brand_id, kind, owner_id, currency
       )
       select n, id from found
       union all
       select w.n, c.id from created c join wanted w
         on c.brand_id = w.brand_id and c.kind = w.kind and c.owner_id is not distinct from w.owner_id and c.currency = w.currency`,
      [wanted],
    );
    let ids = this.inOrder(keys, rows);
    if (ids.includes(undefined)) {
      // Another transaction created one between our look and our insert: it is committed now, read it.
      ids = this.inOrder(keys, await this.em.execute(`with ${lookup(options.lock ?? false)} select n, id from found`, [wanted]));
    }
    return ids.map((id, i) => {
      if (!id) throw new Error(`ledger account ${keys[i]!.kind} of ${keys[i]!.brandId} could not be created`);
      return id;
    });
  }

  private inOrder(keys: readonly AccountKey[], rows: { n: string | number; id: string }[]): (string | undefined)[] {
    const byN = new Map(rows.map((row) => [Number(row.n), row.id]));
    return keys.map((_, i) => byN.get(i + 1));
  }

  /** The account's running balance (kept equal to the sum of its entries by the database, in the same statement). */
  async balance(accountId: string): Promise<number> {
    const [row] = await this.em.execute<{ balance: string }[]>('select balance_minor::text as balance from rewards.ledger_account where id = ?', [
      accountId,
    ]);
    return toMinor(row?.balance);
  }

  /** Records one balanced transaction (checked here and again by the database at commit), in one round trip. */
  async post(input: TransactionInput): Promise<LedgerTransaction> {
    const [transaction] = await this.postAll([input]);
    return transaction!;
  }

  /** Records balanced transactions, in the order given, with all their entries in one round trip. */
  async postAll(inputs: readonly TransactionInput[]): Promise<LedgerTransaction[]> {
    for (const input of inputs) assertBalanced(input.postings);
    const transactions = inputs.map((input, n) => ({
      n,
      id: randomUUID(),
      brand_id: input.brandId,
      kind: input.kind,
      reference: input.reference,
      event_id: input.eventId ?? null,
    }));
    const entries = inputs.flatMap((input, n) =>
      input.postings.map((posting) => ({ transaction_id: transactions[n]!.id, account_id: posting.accountId, amount_minor: posting.amountMinor })),
    );
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `with posted as (
         insert into rewards.ledger_transaction (id, brand_id, kind, reference, event_id, created_at)
         select t.id, t.brand_id, t.kind, t.reference, t.event_id, clock_timestamp()
           from jsonb_to_recordset(?::jsonb) as t(n int, id uuid, brand_id uuid, kind text, reference text, event_id uuid)
          order by t.n
         returning *
       ), entries as (
         insert into rewards.ledger_entry (id, transaction_id, account_id, amount_minor, created_at)
         select gen_random_uuid(), posted.id, p.account_id, p.amount_minor, posted.created_at
           from jsonb_to_recordset(?::jsonb) as p(transaction_id uuid, account_id uuid, amount_minor bigint)
           join posted on posted.id = p.transaction_id
       )
       select * from posted`,
      [JSON.stringify(transactions), JSON.stringify(entries)],
    );
    const byId = new Map(rows.map((row) => [row.id as string, row]));
    return transactions.map((transaction) => this.em.map(LedgerTransaction, byId.get(transaction.id)!));
  }

  /**
   * A brand's transactions, newest first. Admins see all of them; an expert sees only those touching their own
   * payable account; anyone else is refused.
   */
  async page(viewer: Viewer, args: LedgerArgs): Promise<LedgerTransactionConnection> {
    const ownPayable = this.readerScope(viewer, args.brandId);
    const first = args.first ?? 20;
    const after = args.after ? decodeCursor(args.after) : null;
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select t.* from rewards.ledger_transaction t
        where t.brand_id = ?
          and (?::uuid is null or exists (
                select 1 from rewards.ledger_entry e join rewards.ledger_account a on a.id = e.account_id
                 where e.transaction_id = t.id and a.kind = 'EXPERT_PAYABLE' and a.owner_id = ?::uuid))
          and (?::timestamptz is null or (t.created_at, t.id) < (?::timestamptz, ?::uuid))
        order by t.created_at desc, t.id desc
        limit ?`,
      [args.brandId, ownPayable, ownPayable, after?.createdAt ?? null, after?.createdAt ?? null, after?.id ?? null, first + 1],
    );
    const nodes = rows.slice(0, first).map((row) => this.em.map(LedgerTransaction, row));
    const last = nodes.at(-1);
    return {
      edges: nodes.map((node) => ({ cursor: encodeCursor(node), node })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last) : null },
    };
  }

  /**
   * The same transactions as `page`, oldest first, as CSV: one line per entry, so a spreadsheet can sum any account
   * or transaction (each transaction's lines sum to zero).
   */
  async csv(viewer: Viewer, brandId: string): Promise<string> {
    const ownPayable = this.readerScope(viewer, brandId);
    const rows = await this.em.execute<CsvRow[]>(
      `select t.id, t.created_at, t.kind, t.reference, a.kind as account_kind, a.owner_id, a.currency, e.amount_minor::text as amount_minor
         from rewards.ledger_transaction t
         join rewards.ledger_entry e on e.transaction_id = t.id
         join rewards.ledger_account a on a.id = e.account_id
        where t.brand_id = ?
          and (?::uuid is null or exists (
                select 1 from rewards.ledger_entry oe join rewards.ledger_account oa on oa.id = oe.account_id
                 where oe.transaction_id = t.id and oa.kind = 'EXPERT_PAYABLE' and oa.owner_id = ?::uuid))
        order by t.created_at, t.id, e.amount_minor, e.id`,
      [brandId, ownPayable, ownPayable],
    );
    return toCsv(
      CSV_HEADER,
      rows.map((row) => {
        const minor = toMinor(row.amount_minor);
        return [row.id, new Date(row.created_at).toISOString(), row.kind, row.reference, row.account_kind, row.owner_id, row.currency, minor, toDecimal(minor, row.currency)];
      }),
      new Set([3]),
    );
  }

  /** Null for the brand's admins (everything); the viewer's own expert id for its experts; refused otherwise. */
  private readerScope(viewer: Viewer, brandId: string): string | null {
    if (viewer.kind === 'partner') {
      requireScope(viewer, brandId, 'read:analytics');
      return null;
    }
    const roles = rolesIn(requireUser(viewer), brandId);
    if (roles.includes('admin')) return null;
    if (viewer.kind !== 'user' || !roles.includes('expert')) throw forbidden('Only brand admins and the brand’s experts can read its ledger.');
    return expertId(brandId, viewer.userId);
  }

  /** Entries of several transactions with their accounts, for one batched load per request. */
  async entries(transactionIds: readonly string[]): Promise<LedgerEntryView[][]> {
    const entries = await this.em.find(LedgerEntry, { transactionId: { $in: [...transactionIds] } }, { orderBy: { amountMinor: 'asc', id: 'asc' } });
    const accounts = await this.em.find(LedgerAccount, { id: { $in: [...new Set(entries.map((entry) => entry.accountId))] } });
    const byId = new Map(accounts.map((account) => [account.id, account]));
    return transactionIds.map((id) =>
      entries
        .filter((entry) => entry.transactionId === id)
        .map((entry) => {
          const account = byId.get(entry.accountId)!;
          return {
            id: entry.id,
            account: { id: account.id, kind: account.kind, ownerId: account.ownerId, currency: account.currency },
            amount: money(entry.amountMinor, account.currency),
          };
        }),
    );
  }
}
