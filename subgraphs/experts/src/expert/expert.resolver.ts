import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { rolesIn } from '@peerdesk/runtime/viewer';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { levelFor } from '../level/level.rules.ts';
import { quizFor } from '../qualification/quiz.registry.ts';
import { Qualification } from '../qualification/qualification.types.ts';
import { Expert } from './expert.entity.ts';
import { UpdateExpertProfileInput } from './expert.input.ts';
import { ExpertService } from './expert.service.ts';
import { badgesLoader, expertLoader, reputationLoader } from './expert.loaders.ts';
import { Badge, ExpertLevel } from './expert.types.ts';
import { BrandRef, UserRef } from './federation.types.ts';

@Resolver(() => Expert)
export class ExpertResolver {
  @Query(() => Expert, { nullable: true, description: 'An expert profile by id.' })
  expert(@Arg('id', () => ID) id: string, @Ctx() ctx: ServiceContext): Promise<Expert | null> {
    return new ExpertService(ctx.em).read(ctx.viewer, expertLoader(ctx), id);
  }

  @Mutation(() => Expert, { description: 'The signed-in expert edits their profile in one brand: skills, languages, bio, availability.' })
  updateExpertProfile(@Arg('input', () => UpdateExpertProfileInput) input: UpdateExpertProfileInput, @Ctx() ctx: ServiceContext): Promise<Expert> {
    return new ExpertService(ctx.em).updateProfile(ctx.viewer, input);
  }

  @FieldResolver(() => Qualification, { nullable: true, description: 'Latest quiz result; only the expert and admins of the brand see it.' })
  qualification(@Root() expert: Expert, @Ctx() ctx: ServiceContext): Qualification | null {
    if (expert.qualificationScore === null || expert.qualificationPassed === null || !expert.qualifiedAt) return null;
    const self = ctx.viewer.kind === 'user' && ctx.viewer.userId === expert.userId;
    if (!self && !rolesIn(ctx.viewer, expert.brandId).includes('admin')) return null;
    return {
      score: expert.qualificationScore,
      passMark: quizFor(expert.brandId)?.passMark ?? 0,
      passed: expert.qualificationPassed,
      submittedAt: expert.qualifiedAt,
    };
  }

  @FieldResolver(() => UserRef)
  user(@Root() expert: Expert): UserRef {
    return { id: expert.userId };
  }

  @FieldResolver(() => BrandRef)
  brand(@Root() expert: Expert): BrandRef {
    return { id: expert.brandId };
  }

  @FieldResolver(() => Int, { description: 'Sum of all reputation the expert has earned and lost in this brand.' })
  async reputation(@Root() expert: Expert, @Ctx() ctx: ServiceContext): Promise<number> {
    return (await reputationLoader(ctx).load(expert.id)) ?? 0;
  }

  @FieldResolver(() => ExpertLevel)
  async level(@Root() expert: Expert, @Ctx() ctx: ServiceContext): Promise<ExpertLevel> {
    return levelFor((await reputationLoader(ctx).load(expert.id)) ?? 0);
  }

  @FieldResolver(() => [Badge], { description: 'Badges earned, in the order earned.' })
  async badges(@Root() expert: Expert, @Ctx() ctx: ServiceContext): Promise<Badge[]> {
    return (await badgesLoader(ctx).load(expert.id)) ?? [];
  }
}
