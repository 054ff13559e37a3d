// Posting to and reading from the double-entry ledger. Every write runs inside the caller's transaction.
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

  /**
   * The account's id, created on first use, in one round trip (this runs three times per credited resolution).
   * `lock` holds it until commit, serialising spenders of one budget; a row this statement creates is locked anyway.
   */
  async account(key: AccountKey, options: { lock?: boolean } = {}): Promise<string> {
    const params = [key.brandId, key.kind, key.ownerId ?? null, key.currency];
    const [row] = await this.em.execute<{ id: string }[]>(
      `with found as (
         select id from rewards.ledger_account
          where brand_id = ? and kind = ? and owner_id is not distinct from ?::uuid and currency = ?${options.lock ? ' for update' : ''}
       ), created as (
         insert into rewards.ledger_account (id, brand_id, kind, owner_id, currency)
         select gen_random_uuid(), ?, ?, ?::uuid, ? where not exists (select 1 from found)
         on conflict do nothing returning id
       )
       select id from found union all select id from created`,
      [...params, ...params],
    );
    if (row) return row.id;
    // Another transaction created it between our look and our insert: it is committed now, read it.
    const [again] = await this.em.execute<{ id: string }[]>(
      `select id from rewards.ledger_account
        where brand_id = ? and kind = ? and owner_id is not distinct from ?::uuid and currency = ?${options.lock ? ' for update' : ''}`,
      params,
    );
    if (!again) throw new Error(`ledger account ${key.kind} of ${key.brandId} could not be created`);
    return again.id;
  }

  async balance(accountId: string): Promise<number> {
    const [row] = await this.em.execute<{ balance: string }[]>(
      'select coalesce(sum(amount_minor), 0)::text as balance from rewards.ledger_entry where account_id = ?',
      [accountId],
    );
    return toMinor(row?.balance);
  }

  /** Records one balanced transaction (checked here and again by the database at commit). */
  async post(input: {
    brandId: string;
    kind: LedgerTransactionKind;
    reference: string;
    eventId?: string | null;
    postings: Posting[];
  }): Promise<LedgerTransaction> {
    assertBalanced(input.postings);
    const createdAt = new Date();
    const transaction = this.em.create(LedgerTransaction, {
      brandId: input.brandId,
      kind: input.kind,
      reference: input.reference,
      eventId: input.eventId ?? null,
      createdAt,
    });
    for (const posting of input.postings) {
      this.em.create(LedgerEntry, { transactionId: transaction.id, accountId: posting.accountId, amountMinor: posting.amountMinor, createdAt });
    }
    await this.em.flush();
    return transaction;
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
