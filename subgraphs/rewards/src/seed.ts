// Seeds the demo brands' reward policies, a funded budget each, and settled earnings for every resolved demo
// question, through the same services as live traffic (so the ledger balances). Idempotent.
import type { EntityManager } from '@peerdesk/runtime/database';
import { accountByEmail, DEMO_BRANDS, DEMO_QUESTIONS, NIMBUS, TELCO } from '@peerdesk/runtime/demo/community';
import { demoId } from '@peerdesk/runtime/demo/ids';
import { BudgetService } from './budget/budget.service.ts';
import { EarningService } from './earning/earning.service.ts';
import { RewardPolicy } from './policy/policy.entity.ts';

const POLICIES: Record<string, { amountMinor: number; currency: string; inKindItem: string | null }> = {
  [NIMBUS.id]: { amountMinor: 300, currency: 'USD', inKindItem: '500 gems' },
  [TELCO.id]: { amountMinor: 250, currency: 'EUR', inKindItem: null },
};
const DEMO_FUNDING_MINOR = 50_000;
const HOUR_MS = 3_600_000;

export async function seedRewards(em: EntityManager): Promise<void> {
  for (const brand of DEMO_BRANDS) {
    const policy = POLICIES[brand.id];
    if (!policy) continue;
    if (!(await em.count(RewardPolicy, { brandId: brand.id, category: null }))) {
      em.create(RewardPolicy, { id: demoId(`rewards:policy:${brand.slug}`), brandId: brand.id, category: null, expertShareBps: 7000, ...policy });
      await em.flush();
    }
    // The idempotency key makes a second seed fund nothing.
    await new BudgetService(em).fund({
      brandId: brand.id,
      amountMinor: DEMO_FUNDING_MINOR,
      currency: policy.currency,
      reference: 'demo budget',
      idempotencyKey: demoId(`rewards:funding:${brand.slug}`),
    });
  }
  for (const question of DEMO_QUESTIONS.filter((q) => q.state === 'resolved')) {
    const accepted = question.answers.find((answer) => answer.accepted);
    if (!accepted) continue;
    await new EarningService(em).credit(
      {
        questionId: question.id,
        brandId: question.brandId,
        category: question.category,
        expertUserId: accountByEmail(accepted.expertEmail).id,
        resolvedAt: new Date(Date.now() - question.hoursAgo * HOUR_MS + 60 * 60_000).toISOString(),
      },
      null,
    );
  }
}
