import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { levelFor } from '../level/level.rules.ts';
import { Expert } from './expert.entity.ts';
import { expertLoader, reputationLoader } from './expert.loaders.ts';
import { Badge, ExpertLevel } from './expert.types.ts';
import { BrandRef, UserRef } from './federation.types.ts';

@Resolver(() => Expert)
export class ExpertResolver {
  @Query(() => Expert, { nullable: true, description: 'An expert profile by id.' })
  expert(@Arg('id', () => ID) id: string, @Ctx() ctx: ServiceContext): Promise<Expert | null> {
    return expertLoader(ctx).load(id);
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

  @FieldResolver(() => [Badge], { description: 'Badges are not awarded yet.' })
  badges(): Badge[] {
    return [];
  }
}
