import { AnalyticsArgs } from '@peerdesk/runtime/analytics';
import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Question } from '../federation/federation.types.ts';
import { DeflectionAnalytics, deflectionAnalytics } from './deflection.analytics.ts';
import { Deflection } from './deflection.entity.ts';
import { MarkDeflectedInput } from './deflection.input.ts';
import { DeflectionService } from './deflection.service.ts';

@Resolver(() => Deflection)
export class DeflectionResolver {
  @Mutation(() => Deflection, {
    description: 'Records that a suggested question solved the customer’s problem (no question is asked).',
  })
  markDeflected(
    @Arg('input', () => MarkDeflectedInput) input: MarkDeflectedInput,
    @Ctx() ctx: ServiceContext,
  ): Promise<Deflection> {
    return new DeflectionService(ctx.em).markDeflected(ctx.viewer, input);
  }

  @Query(() => DeflectionAnalytics, {
    description: 'Deflections per day over a date range. Brand admins and partner keys with read:analytics.',
  })
  deflectionAnalytics(@Args(() => AnalyticsArgs) args: AnalyticsArgs, @Ctx() ctx: ServiceContext): Promise<DeflectionAnalytics> {
    return deflectionAnalytics(ctx.em, ctx.viewer, args);
  }

  @FieldResolver(() => Question, { description: 'The suggested question that solved it.' })
  question(@Root() deflection: Deflection): Question {
    return { id: deflection.questionId };
  }
}
