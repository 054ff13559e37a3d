import { requireUser } from '@peerdesk/runtime/viewer';
import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Args, Ctx, FieldResolver, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { ExpertRef } from '../federation/federation.types.ts';
import { Payout } from '../payout/payout.entity.ts';
import { Earning } from './earning.entity.ts';
import { EarningService } from './earning.service.ts';
import { earningsTopic, type EarningMessage } from './earning.topics.ts';
import { EarningEvent, ExpertEarnings, RecentEarningsArgs } from './earning.types.ts';
import { ExpertEarningsService } from './expert-earnings.service.ts';

@Resolver(() => ExpertRef)
export class ExpertEarningsResolver {
  @FieldResolver(() => ExpertEarnings, { description: "What the expert earned in this brand. The expert and the brand's admins only." })
  earnings(@Root() expert: ExpertRef, @Ctx() ctx: ServiceContext): Promise<ExpertEarnings> {
    return new ExpertEarningsService(ctx.em).summary(ctx.viewer, expert.id);
  }
}

@Resolver(() => ExpertEarnings)
export class ExpertEarningsFieldsResolver {
  @FieldResolver(() => [Earning], { description: 'Newest first.' })
  recent(
    @Root() earnings: ExpertEarnings,
    @Args(() => RecentEarningsArgs) args: RecentEarningsArgs,
    @Ctx() ctx: ServiceContext,
  ): Promise<Earning[]> {
    return new ExpertEarningsService(ctx.em).recent(earnings.expertId, args.first);
  }
}

@Resolver()
export class EarningSubscriptionResolver {
  @Subscription(() => EarningEvent, {
    description: "The signed-in expert's earnings in every brand, live, as they are recorded and paid, and their payouts' state changes.",
    subscribe: ({ context }: SubscribeResolverData<unknown, object, ServiceContext>) =>
      context.pubsub.subscribe<EarningMessage>(earningsTopic(requireUser(context.viewer).userId)),
  })
  async earnings(@Root() message: EarningMessage, @Ctx() ctx: ServiceContext): Promise<EarningEvent> {
    // The subscription's context outlives each event: read current rows with a fresh EntityManager.
    ctx.em = ctx.orm.em.fork();
    ctx.loaders.clear();
    if ('payoutId' in message) {
      const payout = await ctx.em.findOne(Payout, { id: message.payoutId });
      if (!payout) throw new Error(`payout ${message.payoutId} announced but not found`);
      return { earning: null, payout, payoutStatus: message.status };
    }
    const [earning] = await new EarningService(ctx.em).byIds([message.earningId]);
    if (!earning) throw new Error(`earning ${message.earningId} announced but not found`);
    return { earning, payout: null, payoutStatus: null };
  }
}
