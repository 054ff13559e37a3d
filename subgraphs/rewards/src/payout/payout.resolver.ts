import { requireCommunityRead } from '@peerdesk/runtime/viewer';
import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { announcePayout } from '../earning/earning.topics.ts';
import { Payout, PayoutSettings } from './payout.entity.ts';
import { PayoutService } from './payout.service.ts';
import { PayoutConnection, PayoutSettingsArgs, PayoutsArgs, RequestPayoutInput, SetPayoutSettingsInput } from './payout.types.ts';

@Resolver(() => Payout)
export class PayoutResolver {
  @Query(() => PayoutConnection, {
    description: "A brand's payouts, newest first: all of them for admins, an expert's own for that expert.",
  })
  payouts(@Args(() => PayoutsArgs) args: PayoutsArgs, @Ctx() ctx: ServiceContext): Promise<PayoutConnection> {
    return new PayoutService(ctx.em).page(ctx.viewer, args);
  }

  @Query(() => PayoutSettings, {
    description: 'How the brand pays experts out (the defaults until its admins change them). Public.',
  })
  payoutSettings(@Args(() => PayoutSettingsArgs) args: PayoutSettingsArgs, @Ctx() ctx: ServiceContext): Promise<PayoutSettings> {
    requireCommunityRead(ctx.viewer, args.brandId);
    return new PayoutService(ctx.em).settings(args.brandId);
  }

  @Mutation(() => Payout, {
    description:
      "Asks to be paid the expert's available balance (or part of it, at least the brand's threshold). Experts of the brand only.",
  })
  async requestPayout(@Arg('input', () => RequestPayoutInput) input: RequestPayoutInput, @Ctx() ctx: ServiceContext): Promise<Payout> {
    const payout = await new PayoutService(ctx.em).request(ctx.viewer, input);
    await announcePayout(ctx.pubsub, payout, payout.status); // committed by now
    return payout;
  }

  @Mutation(() => PayoutSettings, { description: 'Sets the brand’s payout threshold. Brand admins only.' })
  setPayoutSettings(
    @Arg('input', () => SetPayoutSettingsInput) input: SetPayoutSettingsInput,
    @Ctx() ctx: ServiceContext,
  ): Promise<PayoutSettings> {
    return new PayoutService(ctx.em).setSettings(ctx.viewer, input);
  }
}
