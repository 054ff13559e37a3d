// Posting to and reading from the double-entry ledger. Every write runs inside the caller's transaction.
import type { EntityManager } from '@peerdesk/runtime/database';
import { forbidden } from '@peerdesk/runtime/errors';
import { expertId } from '@peerdesk/runtime/ids';
import { rolesIn, type Viewer } from '@peerdesk/runtime/viewer';
import { money } from '../money/money.type.ts';
import { LedgerAccount, LedgerEntry, LedgerTransaction } from './ledger.entity.ts';
import { assertBalanced, LedgerAccountKind, type LedgerTransactionKind, type Posting } from './ledger.rules.ts';
import { decodeCursor, encodeCursor, type LedgerArgs, type LedgerEntryView, type LedgerTransactionConnection } from './ledger.types.ts';

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

  /** The account's id, created on first use. `lock` holds it until commit, serialising spenders of one budget. */
  async account(key: AccountKey, options: { lock?: boolean } = {}): Promise<string> {
    const params = [key.brandId, key.kind, key.ownerId ?? null, key.currency];
    await this.em.execute(
      `insert into rewards.ledger_account (id, brand_id, kind, owner_id, currency) values (gen_random_uuid(), ?, ?, ?, ?)
       on conflict do nothing`,
      params,
    );
    const [row] = await this.em.execute<{ id: string }[]>(
      `select id from rewards.ledger_account
        where brand_id = ? and kind = ? and owner_id is not distinct from ?::uuid and currency = ?${options.lock ? ' for update' : ''}`,
      params,
    );
    if (!row) throw new Error(`ledger account ${key.kind} of ${key.brandId} could not be created`);
    return row.id;
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
    const roles = rolesIn(viewer, args.brandId);
    let ownPayable: string | null = null;
    if (!roles.includes('admin')) {
      if (viewer.kind !== 'user' || !roles.includes('expert')) throw forbidden('Only brand admins and the brand’s experts can read its ledger.');
      ownPayable = expertId(args.brandId, viewer.userId);
    }
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
