import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { User } from '../federation/federation.stubs.ts';
import { Question } from '../question/question.entity.ts';
import { questionLoader } from '../question/question.loaders.ts';
import { Answer } from './answer.entity.ts';
import { AcceptAnswerInput, PostAnswerInput } from './answer.input.ts';
import { AnswerService } from './answer.service.ts';

@Resolver(() => Answer)
export class AnswerResolver {
  @Mutation(() => Answer, { description: 'An expert of the brand answers a question.' })
  postAnswer(@Arg('input', () => PostAnswerInput) input: PostAnswerInput, @Ctx() ctx: ServiceContext): Promise<Answer> {
    return new AnswerService(ctx.em, ctx.pubsub).post(ctx.viewer, input);
  }

  @Mutation(() => Question, { description: 'The asker accepts an answer and rates it 1–5; the question is resolved.' })
  acceptAnswer(@Arg('input', () => AcceptAnswerInput) input: AcceptAnswerInput, @Ctx() ctx: ServiceContext): Promise<Question> {
    return new AnswerService(ctx.em, ctx.pubsub).accept(ctx.viewer, input);
  }

  @FieldResolver(() => Question)
  async question(@Root() answer: Answer, @Ctx() ctx: ServiceContext): Promise<Question> {
    // An answer's question always exists (foreign key, cascading delete).
    return (await questionLoader(ctx).load(answer.questionId))!;
  }

  @FieldResolver(() => User, { description: 'The expert who answered.' })
  author(@Root() answer: Answer): User {
    return { id: answer.authorId };
  }

  @FieldResolver(() => Int, { description: 'Upvotes minus downvotes.' })
  score(@Root() answer: Answer): number {
    return answer.upvotes - answer.downvotes;
  }
}
