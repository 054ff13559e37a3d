import { requireCommunityRead } from '@peerdesk/runtime/viewer';
import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Expert } from '../expert/expert.entity.ts';
import { ApplyAsExpertInput, ApproveExpertInput } from '../expert/expert.input.ts';
import { QualificationService } from './qualification.service.ts';
import { QualificationQuiz, SubmitQualificationInput } from './qualification.types.ts';

@Resolver()
export class QualificationResolver {
  @Query(() => QualificationQuiz, { nullable: true, description: "The brand's expert qualification quiz, without answers; null if it has none." })
  qualificationQuiz(@Arg('brandId', () => ID) brandId: string, @Ctx() ctx: ServiceContext): QualificationQuiz | null {
    requireCommunityRead(ctx.viewer, brandId);
    return new QualificationService(ctx.em).quiz(brandId);
  }

  @Mutation(() => Expert, { description: 'A member of the brand applies to become one of its experts (PENDING).' })
  applyAsExpert(@Arg('input', () => ApplyAsExpertInput) input: ApplyAsExpertInput, @Ctx() ctx: ServiceContext): Promise<Expert> {
    return new QualificationService(ctx.em).apply(ctx.viewer, input);
  }

  @Mutation(() => Expert, { description: "Submits answers to the brand's quiz; scored at once against its pass mark." })
  submitQualification(@Arg('input', () => SubmitQualificationInput) input: SubmitQualificationInput, @Ctx() ctx: ServiceContext): Promise<Expert> {
    return new QualificationService(ctx.em).submit(ctx.viewer, input);
  }

  @Mutation(() => Expert, { description: 'An admin of the brand activates a pending expert who passed the quiz (or waives it).' })
  approveExpert(@Arg('input', () => ApproveExpertInput) input: ApproveExpertInput, @Ctx() ctx: ServiceContext): Promise<Expert> {
    return new QualificationService(ctx.em).approve(ctx.viewer, input);
  }
}
