import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Answer } from '../answer/answer.entity.ts';
import { Brand, User } from '../federation/federation.stubs.ts';
import { QuestionConnection } from './question.connection.ts';
import { Question } from './question.entity.ts';
import { AskQuestionInput, QuestionsArgs } from './question.input.ts';
import { answerCountLoader, answersLoader } from './question.loaders.ts';
import { QuestionService } from './question.service.ts';

@Resolver(() => Question)
export class QuestionResolver {
  @Query(() => Question, { nullable: true, description: 'A question by id, or null. Communities are public.' })
  question(@Arg('id', () => ID) id: string, @Ctx() ctx: ServiceContext): Promise<Question | null> {
    return new QuestionService(ctx.em, ctx.pubsub).byId(id);
  }

  @Query(() => QuestionConnection, { description: 'A brand’s questions, newest first.' })
  questions(@Args(() => QuestionsArgs) args: QuestionsArgs, @Ctx() ctx: ServiceContext): Promise<QuestionConnection> {
    return new QuestionService(ctx.em, ctx.pubsub).list(args);
  }

  @Mutation(() => Question, { description: 'Asks a question in a brand community the viewer belongs to.' })
  askQuestion(@Arg('input', () => AskQuestionInput) input: AskQuestionInput, @Ctx() ctx: ServiceContext): Promise<Question> {
    return new QuestionService(ctx.em, ctx.pubsub).ask(ctx.viewer, input);
  }

  @FieldResolver(() => Brand)
  brand(@Root() question: Question): Brand {
    return { id: question.brandId };
  }

  @FieldResolver(() => User, { description: 'The asker; identity decides which of their fields are visible.' })
  author(@Root() question: Question): User {
    return { id: question.authorId };
  }

  @FieldResolver(() => [Answer], { description: 'Oldest first.' })
  async answers(@Root() question: Question, @Ctx() ctx: ServiceContext): Promise<Answer[]> {
    return (await answersLoader(ctx).load(question.id)) ?? [];
  }

  @FieldResolver(() => Int)
  async answerCount(@Root() question: Question, @Ctx() ctx: ServiceContext): Promise<number> {
    return (await answerCountLoader(ctx).load(question.id)) ?? 0;
  }
}
