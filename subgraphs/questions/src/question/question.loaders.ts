// Per-request DataLoaders shared by the resolvers that read questions and their answers.
import { loaderFor, type ServiceContext } from '@peerdesk/runtime/subgraph';
import type { Answer } from '../answer/answer.entity.ts';
import { AnswerService, type AnswerCounts } from '../answer/answer.service.ts';
import type { Question } from './question.entity.ts';
import { QuestionService } from './question.service.ts';

export const questionLoader = (ctx: ServiceContext) =>
  loaderFor<Question>(ctx, 'question', (ids) => new QuestionService(ctx.em, ctx.pubsub).byIds(ids));

export const answersLoader = (ctx: ServiceContext) =>
  loaderFor<Answer[]>(ctx, 'answersOfQuestion', (ids) => new AnswerService(ctx.em, ctx.pubsub).forQuestions(ids));

export const answerCountLoader = (ctx: ServiceContext) =>
  loaderFor<AnswerCounts>(ctx, 'answerCountOfQuestion', (ids) => new AnswerService(ctx.em, ctx.pubsub).countFor(ids));
