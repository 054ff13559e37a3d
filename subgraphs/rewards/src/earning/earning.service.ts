// Earning rewards on resolution and paying them from the brand's budget, oldest first, exactly once.
import type { EntityManager } from '@peerdesk/runtime/database';
import type { QuestionResolved } from '@peerdesk/runtime/events.contract';
import { expertId } from '@peerdesk/runtime/ids';
import { logger } from '@peerdesk/runtime/logger';
import { LedgerService } from '../ledger/ledger.service.ts';
import { earningPostings, LedgerAccountKind, LedgerTransactionKind, settleInOrder, splitReward } from '../ledger/ledger.rules.ts';
import { PolicyService } from '../policy/policy.service.ts';
import { Earning, EarningStatus } from './earning.entity.ts';

export type Resolution = Pick<QuestionResolved, 'questionId' | 'brandId' | 'category' | 'expertUserId' | 'resolvedAt'>;

export class EarningService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Records the reward of a resolved question and pays it if the budget allows. A question earns once: a repeat
   * (same or different event id) changes nothing. Returns the earnings created or settled, to announce them.
   * Hot path of the rewards consumer: six round trips when the budget covers it.
   */
  async credit(resolution: Resolution, eventId: string | null): Promise<Earning[]> {
    const policy = await new PolicyService(this.em).applicable(resolution.brandId, resolution.category);
    if (!policy) {
      // Nothing is owed without a policy; a policy set later does not pay past resolutions.
      logger.warn('no reward policy for the brand; resolution not rewarded', {
        brandId: resolution.brandId,
        category: resolution.category,
        questionId: resolution.questionId,
      });
      return [];
    }
    const split = splitReward(policy.amountMinor, policy.expertShareBps);
    const resolvedAt = new Date(resolution.resolvedAt);
    // The unique question_id makes a repeat a no-op; a concurrent first delivery makes this wait for its commit.
    // The same round trip locks the brand's budget (when it has one) for the settlement that follows.
    const [inserted] = await this.em.execute<(Record<string, unknown> & { budget_id: string | null })[]>(
      `with budget as (
         select id from rewards.ledger_account
          where brand_id = ? and kind = 'BRAND_BUDGET' and owner_id is null and currency = ? for update
       )
       insert into rewards.earning (id, question_id, brand_id, expert_id, expert_user_id, amount_minor, expert_share_minor,
                                    platform_share_minor, currency, status, event_id, created_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)
       on conflict (question_id) do nothing returning *, (select id from budget) as budget_id`,
      [
        resolution.brandId,
        policy.currency,
        resolution.questionId,
        resolution.brandId,
        expertId(resolution.brandId, resolution.expertUserId),
        resolution.expertUserId,
        split.amountMinor,
        split.expertShareMinor,
        split.platformShareMinor,
        policy.currency,
        eventId,
        Number.isNaN(resolvedAt.getTime()) ? new Date() : resolvedAt,
      ],
    );
    if (!inserted) {
      logger.debug('question already earned; nothing to do', { questionId: resolution.questionId, eventId });
      return [];
    }
    const { budget_id: budgetId, ...row } = inserted;
    const earning = this.em.map(Earning, row);
    // Without a budget account nothing was ever funded: the earning stays pending until a funding settles it.
    if (!budgetId) return [earning];
    const settled = await this.settlePending(resolution.brandId, policy.currency, budgetId);
    return settled.some((paid) => paid.id === earning.id) ? settled : [earning, ...settled];
  }

  /**
   * Pays pending earnings of a brand and currency from its budget, oldest first, each as one balanced EARNING
   * transaction. The budget account stays locked until commit, so concurrent payers cannot overdraw it; a caller
   * that holds the lock already passes the budget's id.
   */
  async settlePending(brandId: string, currency: string, lockedBudget?: string): Promise<Earning[]> {
    const ledger = new LedgerService(this.em);
    const budget = lockedBudget ?? (await ledger.account({ brandId, kind: LedgerAccountKind.BRAND_BUDGET, currency }, { lock: true }));
    // Read after the lock (a new statement, so a new snapshot): the balance includes every earlier payer's entries.
    const rows = await this.em.execute<(Record<string, unknown> & { budget_balance: string })[]>(
      `select e.*, (select balance_minor::text from rewards.ledger_account where id = ?) as budget_balance
         from rewards.earning e
        where e.brand_id = ? and e.currency = ? and e.status = 'PENDING'
        order by e.created_at, e.id`,
      [budget, brandId, currency],
    );
    if (rows.length === 0) return [];
    const pending = rows.map(({ budget_balance: _, ...row }) => this.em.map(Earning, row));
    const payable = settleInOrder(Number(rows[0]!.budget_balance), pending);
    if (payable.length === 0) return [];
    const [platform, ...experts] = await ledger.accounts([
      { brandId, kind: LedgerAccountKind.PLATFORM_REVENUE, currency },
      ...payable.map((earning) => ({ brandId, kind: LedgerAccountKind.EXPERT_PAYABLE, ownerId: earning.expertId, currency })),
    ]);
    for (const [i, earning] of payable.entries()) {
      const transaction = await ledger.post({
        brandId,
        kind: LedgerTransactionKind.EARNING,
        reference: earning.questionId,
        eventId: earning.eventId,
        postings: earningPostings(earning, { budget, payable: experts[i]!, platform: platform! }),
      });
      earning.status = EarningStatus.SETTLED;
      earning.transactionId = transaction.id;
      earning.settledAt = new Date();
    }
    await this.em.flush();
    return payable;
  }

  async pendingTotal(brandId: string, currency: string): Promise<number> {
    const [row] = await this.em.execute<{ total: string }[]>(
      `select coalesce(sum(amount_minor), 0)::text as total from rewards.earning where brand_id = ? and currency = ? and status = 'PENDING'`,
      [brandId, currency],
    );
    return Number(row?.total ?? 0);
  }

  async byIds(ids: readonly string[]): Promise<(Earning | null)[]> {
    const found = await this.em.find(Earning, { id: { $in: [...ids] } });
    return ids.map((id) => found.find((earning) => earning.id === id) ?? null);
  }
}
