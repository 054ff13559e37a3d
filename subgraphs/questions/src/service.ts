// The questions subgraph: questions, answers, acceptance and ratings, and their live feeds.
import type { ServiceDefinition } from '@peerdesk/runtime/service';
import { Answer } from './answer/answer.entity.ts';
import { AnswerResolver } from './answer/answer.resolver.ts';
import { AnswerService } from './answer/answer.service.ts';
import { FeedResolver } from './feed/feed.resolver.ts';
import { Migration20261122100000 } from './migrations/Migration20261122100000.ts';
import { Question } from './question/question.entity.ts';
import { QuestionResolver } from './question/question.resolver.ts';
import { QuestionService } from './question/question.service.ts';
import { seedQuestions } from './seed.ts';

export const questions: ServiceDefinition = {
  name: 'questions',
  schema: 'questions',
  entities: [Question, Answer],
  migrations: [Migration20261122100000],
  subgraph: {
    resolvers: [QuestionResolver, AnswerResolver, FeedResolver],
    references: {
      Question: (ids, ctx) => new QuestionService(ctx.em, ctx.pubsub).byIds(ids),
      Answer: (ids, ctx) => new AnswerService(ctx.em, ctx.pubsub).byIds(ids),
    },
  },
  seed: seedQuestions,
};
