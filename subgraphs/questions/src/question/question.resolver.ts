import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Answer } from '../answer/answer.entity.ts';
import { Brand, User } from '../federation/federation.stubs.ts';
import { seesPersonalData, visibleText } from '../privacy/visibility.ts';
import { QuestionConnection } from './question.connection.ts';
import { Question } from './question.entity.ts';
import { AskQuestionInput, CloseQuestionInput, EditQuestionInput, QuestionsArgs } from './question.input.ts';
import { answerCountLoader, answersLoader } from './question.loaders.ts';
import { QuestionService } from './question.service.ts';

@Resolver(() => Question)
export class QuestionResolver {
  @Query(() => Question, { nullable: true, description: 'A question by id, or null. Communities are public.' })
  question(@Arg('id', () => ID) id: string, @Ctx() ctx: ServiceContext): Promise<Question | null> {
    return new QuestionService(ctx.em, ctx.pubsub).read(ctx.viewer, id);
  }

  @Query(() => QuestionConnection, { description: 'A brand’s questions, newest first.' })
  questions(@Args(() => QuestionsArgs) args: QuestionsArgs, @Ctx() ctx: ServiceContext): Promise<QuestionConnection> {
    return new QuestionService(ctx.em, ctx.pubsub).list(ctx.viewer, args);
  }

  @Mutation(() => Question, { description: 'Asks a question in a brand community the viewer belongs to.' })
  askQuestion(@Arg('input', () => AskQuestionInput) input: AskQuestionInput, @Ctx() ctx: ServiceContext): Promise<Question> {
    return new QuestionService(ctx.em, ctx.pubsub).ask(ctx.viewer, input);
  }

  @Mutation(() => Question, { description: 'The asker rewords the question; allowed until its first answer.' })
  editQuestion(@Arg('input', () => EditQuestionInput) input: EditQuestionInput, @Ctx() ctx: ServiceContext): Promise<Question> {
    return new QuestionService(ctx.em, ctx.pubsub).edit(ctx.viewer, input);
  }

  @Mutation(() => Question, { description: 'The asker or an agent closes the question without resolution (nobody is paid).' })
  closeQuestion(@Arg('input', () => CloseQuestionInput) input: CloseQuestionInput, @Ctx() ctx: ServiceContext): Promise<Question> {
    return new QuestionService(ctx.em, ctx.pubsub).close(ctx.viewer, input);
  }

  @FieldResolver(() => String, { description: 'Personal data is redacted for anyone but the asker and the brand’s agents.' })
  title(@Root() question: Question, @Ctx() ctx: ServiceContext): string {
    return visibleText(ctx.viewer, question, question.title);
  }

  @FieldResolver(() => String, { description: 'Markdown, as the asker wrote it; personal data redacted like the title.' })
  body(@Root() question: Question, @Ctx() ctx: ServiceContext): string {
    return visibleText(ctx.viewer, question, question.body);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the title or body this viewer sees had personal data replaced by tokens.' })
  personalDataRedacted(@Root() question: Question, @Ctx() ctx: ServiceContext): boolean {
    return visibleText(ctx.viewer, question, question.title) !== question.title || visibleText(ctx.viewer, question, question.body) !== question.body;
  }

  @FieldResolver(() => Brand)
  brand(@Root() question: Question): Brand {
    return { id: question.brandId };
  }

  @FieldResolver(() => User, { description: 'The asker; identity decides which of their fields are visible.' })
  author(@Root() question: Question): User {
    return { id: question.authorId };
  }

  @FieldResolver(() => [Answer], { description: 'Oldest first; agents’ private replies only for the asker and agents.' })
  async answers(@Root() question: Question, @Ctx() ctx: ServiceContext): Promise<Answer[]> {
    const answers = (await answersLoader(ctx).load(question.id)) ?? [];
    return seesPersonalData(ctx.viewer, question) ? answers : answers.filter((answer) => !answer.isPrivate);
  }

  @FieldResolver(() => Int, { description: 'Answers this viewer can see.' })
  async answerCount(@Root() question: Question, @Ctx() ctx: ServiceContext): Promise<number> {
    const counts = await answerCountLoader(ctx).load(question.id);
    return (counts?.shared ?? 0) + (seesPersonalData(ctx.viewer, question) ? (counts?.private ?? 0) : 0);
  }
}
