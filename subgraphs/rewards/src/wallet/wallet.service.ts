// What an expert can spend: their payable balance minus payouts still in flight. Spending (a payout request or a
// redemption) goes through `lockForSpending`, which holds the payable account until commit, so two spends of the
// same balance run one after the other and the payable account can never go negative.
import type { EntityManager } from '@peerdesk/runtime/database';
import { LedgerService } from '../ledger/ledger.service.ts';
import { LedgerAccountKind } from '../ledger/ledger.rules.ts';

export interface Wallet {
  payableAccountId: string;
  /** Sum of the EXPERT_PAYABLE account. */
  balanceMinor: number;
  /** Requested or processing payouts: promised, not yet moved in the ledger. */
  reservedMinor: number;
  availableMinor: number;
}

export class WalletService {
  constructor(private readonly em: EntityManager) {}

  /** What the expert could spend now in this currency (a read: nothing is locked or created). */
  async available(expertId: string, currency: string): Promise<number> {
    const [row] = await this.em.execute<{ available: string }[]>(
      `select (
         coalesce((select sum(e.amount_minor) from rewards.ledger_entry e
                     join rewards.ledger_account a on a.id = e.account_id
                    where a.kind = ? and a.owner_id = ?::uuid and a.currency = ?), 0)
       - coalesce((select sum(amount_minor) from rewards.payout
                    where expert_id = ? and currency = ? and status in ('REQUESTED', 'PROCESSING')), 0)
       )::text as available`,
      [LedgerAccountKind.EXPERT_PAYABLE, expertId, currency, expertId, currency],
    );
    return Number(row?.available ?? 0);
  }

  /** Locks the expert's payable account in this currency (until commit) and reads what is spendable. */
  async lockForSpending(brandId: string, expertId: string, currency: string): Promise<Wallet> {
    if (!this.em.isInTransaction()) throw new Error('lockForSpending must run inside a transaction');
    const ledger = new LedgerService(this.em);
    const payableAccountId = await ledger.account(
      { brandId, kind: LedgerAccountKind.EXPERT_PAYABLE, ownerId: expertId, currency },
      { lock: true },
    );
    const balanceMinor = await ledger.balance(payableAccountId);
    const [row] = await this.em.execute<{ reserved: string }[]>(
      `select coalesce(sum(amount_minor), 0)::text as reserved from rewards.payout
        where expert_id = ? and currency = ? and status in ('REQUESTED', 'PROCESSING')`,
      [expertId, currency],
    );
    const reservedMinor = Number(row?.reserved ?? 0);
    return { payableAccountId, balanceMinor, reservedMinor, availableMinor: balanceMinor - reservedMinor };
  }
}
