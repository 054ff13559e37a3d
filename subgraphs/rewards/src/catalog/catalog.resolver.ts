import { loaderFor, type ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Redemption, RewardItem } from './catalog.entity.ts';
import { CatalogService } from './catalog.service.ts';
import { RedeemRewardInput, RewardCatalogArgs, UpsertRewardItemInput } from './catalog.types.ts';

@Resolver(() => RewardItem)
export class CatalogResolver {
  @Query(() => [RewardItem], {
    description: "A brand's in-kind rewards, cheapest first. Public; admins also see inactive items.",
  })
  rewardCatalog(@Args(() => RewardCatalogArgs) args: RewardCatalogArgs, @Ctx() ctx: ServiceContext): Promise<RewardItem[]> {
    return new CatalogService(ctx.em).catalog(ctx.viewer, args.brandId);
  }

  @Mutation(() => RewardItem, { description: 'Adds an item to the catalog or changes one. Brand admins only.' })
  upsertRewardItem(
    @Arg('input', () => UpsertRewardItemInput) input: UpsertRewardItemInput,
    @Ctx() ctx: ServiceContext,
  ): Promise<RewardItem> {
    return new CatalogService(ctx.em).upsert(ctx.viewer, input);
  }

  @Mutation(() => Redemption, {
    description: "Redeems one item with the expert's available earnings. Experts of the item's brand only.",
  })
  redeemReward(@Arg('input', () => RedeemRewardInput) input: RedeemRewardInput, @Ctx() ctx: ServiceContext): Promise<Redemption> {
    return new CatalogService(ctx.em).redeem(ctx.viewer, input);
  }
}

@Resolver(() => Redemption)
export class RedemptionResolver {
  @FieldResolver(() => RewardItem)
  async item(@Root() redemption: Redemption, @Ctx() ctx: ServiceContext): Promise<RewardItem> {
    const loader = loaderFor<RewardItem>(ctx, 'rewardItems', (ids) => new CatalogService(ctx.em).items(ids));
    const item = await loader.load(redemption.itemId);
    if (!item) throw new Error(`reward item ${redemption.itemId} of redemption ${redemption.id} is missing`);
    return item;
  }
}
