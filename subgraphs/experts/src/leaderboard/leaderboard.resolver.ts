import { startSubscription } from '@peerdesk/runtime/errors';
import { requireCommunityRead } from '@peerdesk/runtime/viewer';
import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Expert } from '../expert/expert.entity.ts';
import { expertLoader, sharedContextForEvent } from '../expert/expert.loaders.ts';
import { leaderboardTopic } from './leaderboard.period.ts';
import { LeaderboardService } from './leaderboard.service.ts';
import { Leaderboard, LeaderboardArgs, LeaderboardEntry, LeaderboardSubscriptionArgs, type LeaderboardPayload } from './leaderboard.types.ts';

@Resolver(() => Leaderboard)
export class LeaderboardResolver {
  @Query(() => Leaderboard, { name: 'leaderboard', description: "A brand's experts ranked by reputation gained in the period." })
  leaderboardQuery(@Args(() => LeaderboardArgs) args: LeaderboardArgs, @Ctx() ctx: ServiceContext): Promise<Leaderboard> {
    requireCommunityRead(ctx.viewer, args.brandId);
    return new LeaderboardService(ctx.em).leaderboard(args.brandId, args.period, args.first);
  }

  @Subscription(() => Leaderboard, {
    name: 'leaderboard',
    description: "The brand's top 20 for the period, pushed whole whenever a reputation change moves it.",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, LeaderboardSubscriptionArgs, ServiceContext>) =>
      startSubscription(() => {
        requireCommunityRead(context.viewer, args.brandId);
        return context.pubsub.subscribe<LeaderboardPayload>(leaderboardTopic(args.brandId, args.period));
      }),
  })
  leaderboardUpdates(
    @Root() payload: LeaderboardPayload,
    @Args(() => LeaderboardSubscriptionArgs) _args: LeaderboardSubscriptionArgs,
    @Ctx() ctx: ServiceContext,
  ): Leaderboard {
    sharedContextForEvent(ctx, payload);
    return { ...payload, updatedAt: new Date(payload.updatedAt) };
  }
}

@Resolver(() => LeaderboardEntry)
export class LeaderboardEntryResolver {
  @FieldResolver(() => Expert)
  async expert(@Root() entry: LeaderboardEntry, @Ctx() ctx: ServiceContext): Promise<Expert> {
    const expert = await expertLoader(ctx).load(entry.expertId);
    // Ranked experts always have a profile: the ranking joins it.
    if (!expert) throw new Error(`Ranked expert ${entry.expertId} has no profile`);
    return expert;
  }
}
