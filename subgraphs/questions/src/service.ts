// The questions subgraph: questions, claims, answers, votes, acceptance and ratings, escalations, and live feeds.
import { ACCOUNT_DELETED, BRAND_UPDATED, CLAIM_EXPIRED, SLA_DEADLINE, type BrandUpdated } from '@peerdesk/runtime/events.contract';
import type { ServiceDefinition } from '@peerdesk/runtime/service';
import { AnalyticsResolver } from './analytics/analytics.resolver.ts';
import { Answer } from './answer/answer.entity.ts';
import { AnswerResolver } from './answer/answer.resolver.ts';
import { AnswerService } from './answer/answer.service.ts';
import { claimConsumers } from './claim/claim.consumer.ts';
import { ClaimResolver } from './claim/claim.resolver.ts';
import { escalationConsumers } from './escalation/escalation.consumer.ts';
import { accountDeletedConsumers } from './privacy/account-deleted.consumer.ts';
import { EscalationResolver } from './escalation/escalation.resolver.ts';
import { FeedResolver } from './feed/feed.resolver.ts';
import { Migration20261122100000 } from './migrations/Migration20261122100000.ts';
import { Migration20261201000000 } from './migrations/Migration20261201000000.ts';
import { applyBrandUpdated } from './policy/brand-policy.ts';
import { Question } from './question/question.entity.ts';
import { QuestionResolver } from './question/question.resolver.ts';
import { QuestionService } from './question/question.service.ts';
import { seedQuestions } from './seed.ts';
import { VoteResolver } from './vote/vote.resolver.ts';

export const questions: ServiceDefinition = {
  name: 'questions',
  schema: 'questions',
  entities: [Question, Answer],
  migrations: [Migration20261122100000, Migration20261201000000],
  subgraph: {
    resolvers: [QuestionResolver, AnalyticsResolver, AnswerResolver, ClaimResolver, EscalationResolver, VoteResolver, FeedResolver],
    references: {
      Question: (ids, ctx) => new QuestionService(ctx.em, ctx.pubsub).byIds(ids),
      Answer: (ids, ctx) => new AnswerService(ctx.em, ctx.pubsub).visibleByIds(ctx.viewer, ids),
    },
  },
  // Claim expiry and the SLA deadline are scheduled on the bus by this service for itself: they survive restarts.
  consumes: [CLAIM_EXPIRED, SLA_DEADLINE, BRAND_UPDATED, ACCOUNT_DELETED],
  consumers: ({ pubsub }) => ({
    ...claimConsumers(pubsub),
    ...escalationConsumers(pubsub),
    ...accountDeletedConsumers(pubsub),
    [BRAND_UPDATED]: (event, em) => applyBrandUpdated(em, event.payload as unknown as BrandUpdated),
  }),
  seed: seedQuestions,
};
