import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Question } from '../federation/federation.types.ts';
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

  @FieldResolver(() => Question, { description: 'The suggested question that solved it.' })
  question(@Root() deflection: Deflection): Question {
    return { id: deflection.questionId };
  }
}
