// The experts subgraph: expert profiles, routing and the live inbox, the reputation ledger and its rules, levels and
// live leaderboards.
import { ACCOUNT_DELETED, ANSWER_VOTED } from '@peerdesk/runtime/events.contract';
import type { ServiceDefinition } from '@peerdesk/runtime/service';
import { ExpertBadge, Resolution } from './badge/badge.entity.ts';
import { badgeConsumers } from './badge/badge.consumer.ts';
import { combineConsumers } from './consumers.ts';
import { accountDeletedConsumers } from './expert/account-deleted.consumer.ts';
import { Expert } from './expert/expert.entity.ts';
import { ExpertResolver } from './expert/expert.resolver.ts';
import { ExpertService } from './expert/expert.service.ts';
import { UserResolver } from './expert/user.resolver.ts';
import { InboxResolver } from './inbox/inbox.resolver.ts';
import { Offer } from './inbox/offer.entity.ts';
import { LeaderboardEntryResolver, LeaderboardResolver } from './leaderboard/leaderboard.resolver.ts';
import { Migration20261123000000 } from './migrations/Migration20261123000000.ts';
import { Migration20261201000000 } from './migrations/Migration20261201000000.ts';
import { Migration20261202000000 } from './migrations/Migration20261202000000.ts';
import { Migration20261203000000 } from './migrations/Migration20261203000000.ts';
import { Migration20261204000000 } from './migrations/Migration20261204000000.ts';
import { QualificationResolver } from './qualification/qualification.resolver.ts';
import { reputationConsumers } from './reputation/reputation.consumer.ts';
import { ReputationEvent } from './reputation/reputation.entity.ts';
import { ROUTING_EVENTS, routingConsumers } from './routing/routing.consumer.ts';
import { Claim, RoutedQuestion } from './routing/routing.entity.ts';
import { seedExperts } from './seed.ts';

export const experts: ServiceDefinition = {
  name: 'experts',
  schema: 'experts',
  entities: [Expert, ReputationEvent, Offer, RoutedQuestion, Claim, ExpertBadge, Resolution],
  migrations: [
    Migration20261123000000,
    Migration20261201000000,
    Migration20261202000000,
    Migration20261203000000,
    Migration20261204000000,
  ],
  subgraph: {
    resolvers: [
      ExpertResolver,
      UserResolver,
      LeaderboardResolver,
      LeaderboardEntryResolver,
      InboxResolver,
      QualificationResolver,
    ],
    references: {
      Expert: (ids, ctx) => new ExpertService(ctx.em).byIds(ids),
      // Any user may be asked for `expert(brandId)`; identity decides whether the user exists.
      User: (ids) => Promise.resolve(ids.map((id) => ({ id }))),
    },
  },
  consumes: [...ROUTING_EVENTS, ANSWER_VOTED, ACCOUNT_DELETED],
  // One transaction per event: a resolution withdraws open offers, credits reputation and awards badges together.
  consumers: (deps) =>
    combineConsumers(routingConsumers(deps), reputationConsumers(deps), badgeConsumers(), accountDeletedConsumers()),
  seed: seedExperts,
};
