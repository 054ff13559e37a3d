// The rewards subgraph: reward policies, earnings on resolution, and the double-entry ledger that pays them.
import { QUESTION_RESOLVED } from '@peerdesk/runtime/events.contract';
import type { ServiceDefinition } from '@peerdesk/runtime/service';
import { BudgetResolver } from './budget/budget.resolver.ts';
import { earningConsumers } from './earning/earning.consumer.ts';
import { Earning } from './earning/earning.entity.ts';
import { EarningSubscriptionResolver, ExpertEarningsFieldsResolver, ExpertEarningsResolver } from './earning/earning.resolver.ts';
import { ExpertEarningsService } from './earning/expert-earnings.service.ts';
import { LedgerAccount, LedgerEntry, LedgerTransaction } from './ledger/ledger.entity.ts';
import { LedgerResolver } from './ledger/ledger.resolver.ts';
import { Migration20261124000000 } from './migrations/Migration20261124000000.ts';
import { RewardPolicy } from './policy/policy.entity.ts';
import { PolicyResolver } from './policy/policy.resolver.ts';
import { seedRewards } from './seed.ts';

export const rewards: ServiceDefinition = {
  name: 'rewards',
  schema: 'rewards',
  entities: [RewardPolicy, LedgerAccount, LedgerTransaction, LedgerEntry, Earning],
  migrations: [Migration20261124000000],
  subgraph: {
    resolvers: [
      PolicyResolver,
      BudgetResolver,
      LedgerResolver,
      ExpertEarningsResolver,
      ExpertEarningsFieldsResolver,
      EarningSubscriptionResolver,
    ],
    orphanedTypes: [Earning],
    references: {
      Earning: (ids, ctx) => new ExpertEarningsService(ctx.em).visible(ctx.viewer, ids),
      // Any expert id may be asked for `earnings`; the experts subgraph decides whether the profile exists.
      Expert: (ids) => Promise.resolve(ids.map((id) => ({ id }))),
    },
  },
  consumes: [QUESTION_RESOLVED],
  consumers: earningConsumers,
  seed: seedRewards,
};
