// The rewards subgraph: reward policies, earnings on resolution, the double-entry ledger that pays them, payouts
// through a payment processor, and the in-kind catalog.
import { ACCOUNT_DELETED, PAYOUT_REQUESTED, QUESTION_RESOLVED } from '@peerdesk/runtime/events.contract';
import type { ServiceDefinition } from '@peerdesk/runtime/service';
import { BudgetResolver } from './budget/budget.resolver.ts';
import { AgentCost } from './cost/cost.entity.ts';
import { CostResolver } from './cost/cost.resolver.ts';
import { Redemption, RewardItem } from './catalog/catalog.entity.ts';
import { CatalogResolver, RedemptionResolver } from './catalog/catalog.resolver.ts';
import { earningConsumers } from './earning/earning.consumer.ts';
import { Earning } from './earning/earning.entity.ts';
import { EarningSubscriptionResolver, ExpertEarningsFieldsResolver, ExpertEarningsResolver } from './earning/earning.resolver.ts';
import { ExpertEarningsService } from './earning/expert-earnings.service.ts';
import { LedgerAccount, LedgerEntry, LedgerTransaction } from './ledger/ledger.entity.ts';
import { LedgerResolver } from './ledger/ledger.resolver.ts';
import { Migration20261124000000 } from './migrations/Migration20261124000000.ts';
import { Migration20261201000000 } from './migrations/Migration20261201000000.ts';
import { Migration20261202000000 } from './migrations/Migration20261202000000.ts';
import { Migration20261210000000 } from './migrations/Migration20261210000000.ts';
import { Migration20261222000000 } from './migrations/Migration20261222000000.ts';
import { ManualPaymentProcessor, type PaymentProcessor } from './payout/payment-processor.ts';
import { Payout, PayoutSettings } from './payout/payout.entity.ts';
import { payoutConsumers } from './payout/payout.processing.ts';
import { accountDeletedConsumers } from './wallet/account-deleted.consumer.ts';
import { PayoutResolver } from './payout/payout.resolver.ts';
import { RewardPolicy } from './policy/policy.entity.ts';
import { PolicyResolver } from './policy/policy.resolver.ts';
import { seedRewards } from './seed.ts';

/** The service with a chosen payment processor (tests pass a recorded fake; the demo pays manually). */
export function createRewardsService(options: { paymentProcessor: PaymentProcessor }): ServiceDefinition {
  return {
    name: 'rewards',
    schema: 'rewards',
    entities: [RewardPolicy, LedgerAccount, LedgerTransaction, LedgerEntry, Earning, Payout, PayoutSettings, RewardItem, Redemption, AgentCost],
    migrations: [Migration20261124000000, Migration20261201000000, Migration20261202000000, Migration20261210000000, Migration20261222000000],
    subgraph: {
      resolvers: [
        PolicyResolver,
        CostResolver,
        BudgetResolver,
        LedgerResolver,
        ExpertEarningsResolver,
        ExpertEarningsFieldsResolver,
        EarningSubscriptionResolver,
        PayoutResolver,
        CatalogResolver,
        RedemptionResolver,
      ],
      orphanedTypes: [Earning],
      references: {
        Earning: (ids, ctx) => new ExpertEarningsService(ctx.em).visible(ctx.viewer, ids),
        // Any expert id may be asked for `earnings`; the experts subgraph decides whether the profile exists.
        Expert: (ids) => Promise.resolve(ids.map((id) => ({ id }))),
      },
    },
    consumes: [QUESTION_RESOLVED, PAYOUT_REQUESTED, ACCOUNT_DELETED],
    consumers: (deps) => ({ ...earningConsumers(deps), ...payoutConsumers(deps, options.paymentProcessor), ...accountDeletedConsumers() }),
    seed: seedRewards,
  };
}

export const rewards: ServiceDefinition = createRewardsService({ paymentProcessor: new ManualPaymentProcessor() });
