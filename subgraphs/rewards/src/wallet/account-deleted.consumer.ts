// A person deleted their account, so nobody can be paid what they had not withdrawn yet: earnings still waiting for
// the budget are cancelled (no money had moved), and the available balance of each of their wallets goes back to
// the brand's budget as one FORFEIT transaction. Payouts already requested are still paid; the ledger keeps every
// past transaction, since the books must always balance.
import type { EventHandler } from '@peerdesk/runtime/events';
import { ACCOUNT_DELETED, type AccountDeleted } from '@peerdesk/runtime/events.contract';
import { Earning, EarningStatus } from '../earning/earning.entity.ts';
import { LedgerAccountKind, LedgerTransactionKind } from '../ledger/ledger.rules.ts';
import { LedgerService } from '../ledger/ledger.service.ts';
import { WalletService } from './wallet.service.ts';

// A second delivery finds nothing pending and nothing available, so it writes nothing.
export const accountDeletedConsumers = (): Record<string, EventHandler> => ({
  [ACCOUNT_DELETED]: async (event, em) => {
    const { userId } = event.payload as unknown as AccountDeleted;
    await em.nativeDelete(Earning, { expertUserId: userId, status: EarningStatus.PENDING });
    const wallets = await em.execute<{ brand_id: string; expert_id: string; currency: string }[]>(
      `select distinct brand_id, expert_id, currency from rewards.earning where expert_user_id = ?
        union select distinct brand_id, expert_id, currency from rewards.payout where expert_user_id = ?`,
      [userId, userId],
    );
    const ledger = new LedgerService(em);
    for (const { brand_id: brandId, expert_id: expertId, currency } of wallets) {
      const wallet = await new WalletService(em).lockForSpending(brandId, expertId, currency);
      if (wallet.availableMinor <= 0) continue;
      const budget = await ledger.account({ brandId, kind: LedgerAccountKind.BRAND_BUDGET, currency });
      await ledger.post({
        brandId,
        kind: LedgerTransactionKind.FORFEIT,
        reference: `account deleted: ${expertId}`,
        postings: [
          { accountId: wallet.payableAccountId, amountMinor: -wallet.availableMinor },
          { accountId: budget, amountMinor: wallet.availableMinor },
        ],
      });
    }
  },
});
