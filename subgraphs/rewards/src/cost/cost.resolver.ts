import { AnalyticsArgs } from '@peerdesk/runtime/analytics';
import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AgentCost } from './cost.entity.ts';
import { CostService } from './cost.service.ts';
import { CostAnalytics, SetAgentCostInput } from './cost.types.ts';

@Resolver()
export class CostResolver {
  @Query(() => AgentCost, { nullable: true, description: 'What the brand says an agent resolution costs. Brand admins only.' })
  agentCost(@Arg('brandId', () => ID) brandId: string, @Ctx() ctx: ServiceContext): Promise<AgentCost | null> {
    return new CostService(ctx.em).agentCost(ctx.viewer, brandId);
  }

  @Mutation(() => AgentCost, { description: 'Sets what one resolution by the brand’s agents costs (for analytics). Brand admins only.' })
  setAgentCost(@Arg('input', () => SetAgentCostInput) input: SetAgentCostInput, @Ctx() ctx: ServiceContext): Promise<AgentCost> {
    return new CostService(ctx.em).setAgentCost(ctx.viewer, input);
  }

  @Query(() => CostAnalytics, {
    description: 'Cost per resolution by experts versus agents over a date range. Brand admins and partner keys with read:analytics.',
  })
  costAnalytics(@Args(() => AnalyticsArgs) args: AnalyticsArgs, @Ctx() ctx: ServiceContext): Promise<CostAnalytics> {
    return new CostService(ctx.em).analytics(ctx.viewer, args);
  }
}
