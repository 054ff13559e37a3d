import { loaderFor, type ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Answer } from '../answer/answer.entity.ts';
import { VoteService } from './vote.service.ts';
import { VoteAnswerInput, VoteValue } from './vote.type.ts';

@Resolver(() => Answer)
export class VoteResolver {
  @Mutation(() => Answer, { description: 'A customer or expert of the brand votes an answer up or down, or withdraws the vote.' })
  voteAnswer(@Arg('input', () => VoteAnswerInput) input: VoteAnswerInput, @Ctx() ctx: ServiceContext): Promise<Answer> {
    return new VoteService(ctx.em, ctx.pubsub).vote(ctx.viewer, input);
  }

  @FieldResolver(() => VoteValue, { description: 'The viewer’s own vote on this answer (NONE when signed out).' })
  async viewerVote(@Root() answer: Answer, @Ctx() ctx: ServiceContext): Promise<VoteValue> {
    const viewer = ctx.viewer;
    if (viewer.kind !== 'user') return VoteValue.NONE;
    const loader = loaderFor<VoteValue>(ctx, 'viewerVote', (ids) => new VoteService(ctx.em, ctx.pubsub).votesOf(viewer.userId, ids));
    return (await loader.load(answer.id)) ?? VoteValue.NONE;
  }
}
