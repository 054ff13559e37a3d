import { AnalyticsArgs } from '@peerdesk/runtime/analytics';
import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { AnalyticsService } from './analytics.service.ts';
import { QuestionAnalytics } from './analytics.types.ts';

@Resolver()
export class AnalyticsResolver {
  @Query(() => QuestionAnalytics, {
    description: 'Questions per day, resolution and escalation rates, time to first answer, CSAT and top categories. Brand admins and partner keys with read:analytics.',
  })
  questionAnalytics(@Args(() => AnalyticsArgs) args: AnalyticsArgs, @Ctx() ctx: ServiceContext): Promise<QuestionAnalytics> {
    return new AnalyticsService(ctx.em).questions(ctx.viewer, args);
  }
}
