// Earning rewards on resolution and paying them from the brand's budget, oldest first, exactly once.
import type { EntityManager } from '@peerdesk/runtime/database';
import type { QuestionResolved } from '@peerdesk/runtime/events.contract';
import { expertId } from '@peerdesk/runtime/ids';
import { logger } from '@peerdesk/runtime/logger';
import { LedgerService } from '../ledger/ledger.service.ts';
import { earningPostings, LedgerAccountKind, LedgerTransactionKind, settleInOrder, splitReward } from '../ledger/ledger.rules.ts';
import type { RewardPolicy } from '../policy/policy.entity.ts';
import { PolicyService } from '../policy/policy.service.ts';
import { Earning, EarningStatus } from './earning.entity.ts';

export type Resolution = Pick<QuestionResolved, 'questionId' | 'brandId' | 'category' | 'expertUserId' | 'resolvedAt'>;

export class EarningService {
  constructor(private readonly em: EntityManager) {}

  /** Records one resolved question's reward (see `creditAll`). */
  credit(resolution: Resolution, eventId: string | null): Promise<Earning[]> {
    return this.creditAll([{ resolution, eventId }]);
  }

  /**
   * Records the rewards of resolved questions and pays them if the budgets allow. A question earns once: a repeat
   * (same or different event id, in this call or an earlier one) changes nothing. Returns the earnings created or
   * settled, to announce them. Hot path of the rewards consumer, set-based so a batch of resolutions costs a few
   * round trips in all: the policies, one insert, and per brand one settlement (`settlePending`).
   */
  async creditAll(resolutions: readonly { resolution: Resolution; eventId: string | null }[]): Promise<Earning[]> {
    const policies = new Map<string, Promise<RewardPolicy | null>>();
    const policyOf = ({ brandId, category }: Resolution) => {
      const key = `${brandId}/${category ?? ''}`;
      if (!policies.has(key)) policies.set(key, new PolicyService(this.em).applicable(brandId, category));
      return policies.get(key)!;
    };
    const rows: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    for (const { resolution, eventId } of resolutions) {
      const policy = await policyOf(resolution);
      if (!policy) {
        // Nothing is owed without a policy; a policy set later does not pay past resolutions.
        logger.warn('no reward policy for the brand; resolution not rewarded', {
          brandId: resolution.brandId,
          category: resolution.category,
          questionId: resolution.questionId,
        });
        continue;
      }
      if (seen.has(resolution.questionId)) continue;
      seen.add(resolution.questionId);
      const split = splitReward(policy.amountMinor, policy.expertShareBps);
      const resolvedAt = new Date(resolution.resolvedAt);
      rows.push({
        question_id: resolution.questionId,
        brand_id: resolution.brandId,
        expert_id: expertId(resolution.brandId, resolution.expertUserId),
        expert_user_id: resolution.expertUserId,
        amount_minor: split.amountMinor,
        expert_share_minor: split.expertShareMinor,
        platform_share_minor: split.platformShareMinor,
        currency: policy.currency,
        event_id: eventId,
        created_at: (Number.isNaN(resolvedAt.getTime()) ? new Date() : resolvedAt).toISOString(),
      });
    }
    if (rows.length === 0) return [];
    // The unique question_id makes a repeat a no-op; a concurrent first delivery makes this wait for its commit.
    // Rows go in question order, so two consumers inserting overlapping batches take the index locks in one order.
    rows.sort((a, b) => String(a.question_id).localeCompare(String(b.question_id)));
    const inserted = await this.em.execute<Record<string, unknown>[]>(
      `insert into rewards.earning (id, question_id, brand_id, expert_id, expert_user_id, amount_minor, expert_share_minor,
                                    platform_share_minor, currency, status, event_id, created_at)
       select gen_random_uuid(), r.question_id, r.brand_id, r.expert_id, r.expert_user_id, r.amount_minor, r.expert_share_minor,
              r.platform_share_minor, r.currency, 'PENDING', r.event_id, r.created_at
         from jsonb_to_recordset(?::jsonb) as r(question_id uuid, brand_id uuid, expert_id uuid, expert_user_id uuid, amount_minor bigint,
              expert_share_minor bigint, platform_share_minor bigint, currency text, event_id uuid, created_at timestamptz)
       on conflict (question_id) do nothing returning *`,
      [JSON.stringify(rows)],
    );
    if (inserted.length < rows.length) logger.debug('questions already earned; nothing to do for them', { repeats: rows.length - inserted.length });
    const earnings = inserted.map((row) => this.em.map(Earning, row));
    // Each brand and currency settles once, in a fixed order so concurrent consumers lock budgets alike.
    const budgets = [...new Set(earnings.map((earning) => `${earning.brandId} ${earning.currency}`))].sort();
    const changed = new Map(earnings.map((earning) => [earning.id, earning]));
    for (const budget of budgets) {
      const [brandId, currency] = budget.split(' ') as [string, string];
      for (const settled of await this.settlePending(brandId, currency)) changed.set(settled.id, settled);
    }
    return [...changed.values()];
  }

  /**
   * Pays pending earnings of a brand and currency from its budget, oldest first, each as one balanced EARNING
   * transaction, all posted in one statement. The budget account stays locked until commit, so concurrent payers
   * cannot overdraw it. Without a budget account nothing was ever funded, and everything stays pending.
   */
  async settlePending(brandId: string, currency: string): Promise<Earning[]> {
    // Locking returns the row as the last committer left it: the balance includes every earlier payer's entries.
    const [budget] = await this.em.execute<{ id: string; balance_minor: string }[]>(
      `select id, balance_minor::text from rewards.ledger_account
        where brand_id = ? and kind = 'BRAND_BUDGET' and owner_id is null and currency = ? for update`,
      [brandId, currency],
    );
    if (!budget) return [];
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select * from rewards.earning where brand_id = ? and currency = ? and status = 'PENDING' order by created_at, id`,
      [brandId, currency],
    );
    const payable = settleInOrder(
      Number(budget.balance_minor),
      rows.map((row) => this.em.map(Earning, row)),
    );
    if (payable.length === 0) return [];
    const ledger = new LedgerService(this.em);
    const [platform, ...experts] = await ledger.accounts([
      { brandId, kind: LedgerAccountKind.PLATFORM_REVENUE, currency },
      ...payable.map((earning) => ({ brandId, kind: LedgerAccountKind.EXPERT_PAYABLE, ownerId: earning.expertId, currency })),
    ]);
    const transactions = await ledger.postAll(
      payable.map((earning, i) => ({
        brandId,
        kind: LedgerTransactionKind.EARNING,
        reference: earning.questionId,
        eventId: earning.eventId,
        postings: earningPostings(earning, { budget: budget.id, payable: experts[i]!, platform: platform! }),
      })),
    );
    const settledAt = new Date();
    for (const [i, earning] of payable.entries()) {
      earning.status = EarningStatus.SETTLED;
      earning.transactionId = transactions[i]!.id;
      earning.settledAt = settledAt;
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
