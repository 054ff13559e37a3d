// The experts subgraph: expert profiles, the reputation ledger and its rules, levels and live leaderboards.
import { QUESTION_RESOLVED } from '@peerdesk/runtime/events.contract';
import type { ServiceDefinition } from '@peerdesk/runtime/service';
import { Expert } from './expert/expert.entity.ts';
import { ExpertResolver } from './expert/expert.resolver.ts';
import { ExpertService } from './expert/expert.service.ts';
import { UserResolver } from './expert/user.resolver.ts';
import { LeaderboardEntryResolver, LeaderboardResolver } from './leaderboard/leaderboard.resolver.ts';
import { Migration20261123000000 } from './migrations/Migration20261123000000.ts';
import { reputationConsumers } from './reputation/reputation.consumer.ts';
import { ReputationEvent } from './reputation/reputation.entity.ts';
import { seedExperts } from './seed.ts';

export const experts: ServiceDefinition = {
  name: 'experts',
  schema: 'experts',
  entities: [Expert, ReputationEvent],
  migrations: [Migration20261123000000],
  subgraph: {
    resolvers: [ExpertResolver, UserResolver, LeaderboardResolver, LeaderboardEntryResolver],
    references: {
      Expert: (ids, ctx) => new ExpertService(ctx.em).byIds(ids),
      // Any user may be asked for `expert(brandId)`; identity decides whether the user exists.
      User: (ids) => Promise.resolve(ids.map((id) => ({ id }))),
    },
  },
  consumes: [QUESTION_RESOLVED],
  consumers: reputationConsumers,
  seed: seedExperts,
};
