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
   */
  async credit(resolution: Resolution, eventId: string | null): Promise<Earning[]> {
    // Two deliveries of one resolution (under different event ids) may run at once: the second waits here, then
    // sees the first's earning. The unique question_id is the backstop.
    await this.em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`rewards:question:${resolution.questionId}`]);
    if (await this.em.count(Earning, { questionId: resolution.questionId })) {
      logger.debug('question already earned; nothing to do', { questionId: resolution.questionId, eventId });
      return [];
    }
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
    const earning = this.em.create(Earning, {
      questionId: resolution.questionId,
      brandId: resolution.brandId,
      expertId: expertId(resolution.brandId, resolution.expertUserId),
      expertUserId: resolution.expertUserId,
      ...split,
      currency: policy.currency,
      eventId,
      createdAt: Number.isNaN(resolvedAt.getTime()) ? new Date() : resolvedAt,
    });
    await this.em.flush();
    const settled = await this.settlePending(resolution.brandId, policy.currency);
    return settled.includes(earning) ? settled : [earning, ...settled];
  }

  /**
   * Pays pending earnings of a brand and currency from its budget, oldest first, each as one balanced EARNING
   * transaction. The budget account stays locked until commit, so concurrent payers cannot overdraw it.
   */
  async settlePending(brandId: string, currency: string): Promise<Earning[]> {
    const ledger = new LedgerService(this.em);
    const budget = await ledger.account({ brandId, kind: LedgerAccountKind.BRAND_BUDGET, currency }, { lock: true });
    const pending = await this.em.find(
      Earning,
      { brandId, currency, status: EarningStatus.PENDING },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    if (pending.length === 0) return [];
    const payable = settleInOrder(await ledger.balance(budget), pending);
    if (payable.length === 0) return [];
    const platform = await ledger.account({ brandId, kind: LedgerAccountKind.PLATFORM_REVENUE, currency });
    for (const earning of payable) {
      const expert = await ledger.account({ brandId, kind: LedgerAccountKind.EXPERT_PAYABLE, ownerId: earning.expertId, currency });
      const transaction = await ledger.post({
        brandId,
        kind: LedgerTransactionKind.EARNING,
        reference: earning.questionId,
        eventId: earning.eventId,
        postings: earningPostings(earning, { budget, payable: expert, platform }),
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
