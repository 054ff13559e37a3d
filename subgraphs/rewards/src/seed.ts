// Seeds the demo brands' reward policies, a funded budget each, Nimbus Games' in-kind catalog, and settled earnings for every resolved demo
// question, through the same services as live traffic (so the ledger balances). Idempotent.
import type { EntityManager } from '@peerdesk/runtime/database';
import { accountByEmail, DEMO_BRANDS, DEMO_QUESTIONS, NIMBUS, TELCO } from '@peerdesk/runtime/demo/community';
import { demoId } from '@peerdesk/runtime/demo/ids';
import { BudgetService } from './budget/budget.service.ts';
import { RewardItem } from './catalog/catalog.entity.ts';
import { EarningService } from './earning/earning.service.ts';
import { RewardPolicy } from './policy/policy.entity.ts';

const POLICIES: Record<string, { amountMinor: number; currency: string; inKindItem: string | null }> = {
  [NIMBUS.id]: { amountMinor: 300, currency: 'USD', inKindItem: '500 gems' },
  [TELCO.id]: { amountMinor: 250, currency: 'EUR', inKindItem: null },
};
const DEMO_FUNDING_MINOR = 50_000;
// Nimbus Games pays in kind as well (telco-sol has no in-kind rewards). Prices are in USD cents of earnings.
const NIMBUS_ITEMS = [
  { key: 'gems-500', name: '500 gems', description: 'A pouch of 500 gems, credited to your Nimbus account.', priceMinor: 300, stock: 1000 },
  { key: 'gems-2000', name: '2,000 gems', description: 'A chest of 2,000 gems: the best value per gem.', priceMinor: 1000, stock: 500 },
  { key: 'xp-boost', name: 'Double XP (24 h)', description: 'Double experience points in every mode for a day.', priceMinor: 200, stock: 250 },
  { key: 'raid-revive', name: 'Raid revive pack', description: 'Five instant revives for raids and dungeons.', priceMinor: 150, stock: 400 },
  { key: 'founder-skin', name: 'Founder’s skyship skin', description: 'A limited skyship skin; few were made.', priceMinor: 2500, stock: 5 },
];
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
  for (const item of NIMBUS_ITEMS) {
    const id = demoId(`rewards:item:${item.key}`);
    if (await em.count(RewardItem, { id })) continue;
    em.create(RewardItem, { id, brandId: NIMBUS.id, name: item.name, description: item.description, priceMinor: item.priceMinor, currency: 'USD', stock: item.stock });
  }
  await em.flush();
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
