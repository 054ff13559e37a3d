import { requireCommunityRead } from '@peerdesk/runtime/viewer';
import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RewardPolicy } from './policy.entity.ts';
import { RewardPolicyArgs, SetRewardPolicyInput } from './policy.input.ts';
import { PolicyService } from './policy.service.ts';

@Resolver(() => RewardPolicy)
export class PolicyResolver {
  @Query(() => RewardPolicy, {
    nullable: true,
    description: "What a resolved question of the category pays (the brand's default when the category has none). Public.",
  })
  rewardPolicy(@Args(() => RewardPolicyArgs) args: RewardPolicyArgs, @Ctx() ctx: ServiceContext): Promise<RewardPolicy | null> {
    requireCommunityRead(ctx.viewer, args.brandId);
    return new PolicyService(ctx.em).applicable(args.brandId, args.category);
  }

  @Query(() => [RewardPolicy], { description: "Every reward policy of the brand, its default first. Brand admins only." })
  rewardPolicies(@Arg('brandId', () => ID) brandId: string, @Ctx() ctx: ServiceContext): Promise<RewardPolicy[]> {
    return new PolicyService(ctx.em).list(ctx.viewer, brandId);
  }

  @Mutation(() => RewardPolicy, { description: "Sets the reward of a category, or the brand's default. Brand admins only." })
  setRewardPolicy(@Arg('input', () => SetRewardPolicyInput) input: SetRewardPolicyInput, @Ctx() ctx: ServiceContext): Promise<RewardPolicy> {
    return new PolicyService(ctx.em).set(ctx.viewer, input);
  }
}
