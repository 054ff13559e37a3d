import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Question } from '../question/question.entity.ts';
import { ClaimService, hasLiveClaim } from './claim.service.ts';
import { ClaimQuestionInput, QuestionClaim, ReleaseClaimInput } from './claim.type.ts';

@Resolver(() => Question)
export class ClaimResolver {
  @Mutation(() => Question, { description: 'An expert of the brand takes a time-boxed lock on a question; one claim wins.' })
  claimQuestion(@Arg('input', () => ClaimQuestionInput) input: ClaimQuestionInput, @Ctx() ctx: ServiceContext): Promise<Question> {
    return new ClaimService(ctx.em, ctx.pubsub).claim(ctx.viewer, input);
  }

  @Mutation(() => Question, { description: 'The claim holder gives the question back to routing.' })
  releaseClaim(@Arg('input', () => ReleaseClaimInput) input: ReleaseClaimInput, @Ctx() ctx: ServiceContext): Promise<Question> {
    return new ClaimService(ctx.em, ctx.pubsub).release(ctx.viewer, input);
  }

  @FieldResolver(() => QuestionClaim, { nullable: true, description: 'The live claim on the question, if any.' })
  claim(@Root() question: Question): QuestionClaim | null {
    if (!hasLiveClaim(question)) return null;
    return { expert: { id: question.claimedByUserId! }, claimedAt: question.claimedAt ?? question.updatedAt, expiresAt: question.claimExpiresAt! };
  }
}
