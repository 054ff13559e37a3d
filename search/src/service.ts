// The search subgraph: similar resolved questions as customers type, deflections, and suggested answers.
import { ACCOUNT_DELETED, QUESTION_ASKED, QUESTION_RESOLVED } from '@peerdesk/runtime/events.contract';
import type { ServiceDefinition } from '@peerdesk/runtime/service';
import { Deflection } from './deflection/deflection.entity.ts';
import { DeflectionResolver } from './deflection/deflection.resolver.ts';
import { questionReferences } from './federation/federation.types.ts';
import { accountDeletedConsumers } from './deflection/account-deleted.consumer.ts';
import { indexConsumers } from './index/index.consumer.ts';
import { Migration20261124000000 } from './migrations/Migration20261124000000.ts';
import { Migration20261201000000 } from './migrations/Migration20261201000000.ts';
import { seedSearch } from './seed.ts';
import { SimilarResolver } from './similar/similar.resolver.ts';
import { QuestionText } from './suggested/question-text.entity.ts';
import { SuggestedAnswerResolver } from './suggested/suggested.resolver.ts';

export const search: ServiceDefinition = {
  name: 'search',
  schema: 'search',
  entities: [QuestionText, Deflection],
  migrations: [Migration20261124000000, Migration20261201000000],
  subgraph: {
    resolvers: [SimilarResolver, DeflectionResolver, SuggestedAnswerResolver],
    references: { Question: (ids) => questionReferences(ids) },
  },
  consumes: [QUESTION_ASKED, QUESTION_RESOLVED, ACCOUNT_DELETED],
  consumers: () => ({ ...indexConsumers(), ...accountDeletedConsumers() }),
  seed: seedSearch,
};
