import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { BudgetService } from './budget.service.ts';
import { BrandBudget, BrandBudgetArgs, FundBrandBudgetInput } from './budget.types.ts';

@Resolver(() => BrandBudget)
export class BudgetResolver {
  @Query(() => BrandBudget, { description: "A brand's reward budget in one currency. Brand admins only." })
  brandBudget(@Args(() => BrandBudgetArgs) args: BrandBudgetArgs, @Ctx() ctx: ServiceContext): Promise<BrandBudget> {
    return new BudgetService(ctx.em).budgetAsAdmin(ctx.viewer, args.brandId, args.currency);
  }

  @Mutation(() => BrandBudget, {
    description: "Adds money to a brand's reward budget and pays waiting earnings, oldest first. Brand admins only.",
  })
  fundBrandBudget(@Arg('input', () => FundBrandBudgetInput) input: FundBrandBudgetInput, @Ctx() ctx: ServiceContext): Promise<BrandBudget> {
    return new BudgetService(ctx.em).fundAsAdmin(ctx.viewer, input, ctx.pubsub);
  }
}
