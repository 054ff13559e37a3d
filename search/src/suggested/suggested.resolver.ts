import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { loaderFor } from '@peerdesk/runtime/subgraph';
import { Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Question } from '../federation/federation.types.ts';
import { searchAdapterFor } from '../index/search.adapter.factory.ts';
import type { QuestionText } from './question-text.entity.ts';
import { SuggestedAnswer } from './suggested-answer.type.ts';
import { SuggestedAnswerService } from './suggested.service.ts';

@ArgsType()
export class SuggestedAnswersArgs {
  @Field(() => Int, { defaultValue: 3, description: '1 to 20.' })
  @Min(1)
  @Max(20)
  first!: number;
}

@Resolver(() => Question)
export class SuggestedAnswerResolver {
  @FieldResolver(() => [SuggestedAnswer], {
    description: 'Accepted answers of similar resolved questions in the same brand, best first, to reuse.',
  })
  async suggestedAnswers(
    @Root() question: Question,
    @Args(() => SuggestedAnswersArgs) args: SuggestedAnswersArgs,
    @Ctx() ctx: ServiceContext,
  ): Promise<SuggestedAnswer[]> {
    const service = new SuggestedAnswerService(ctx.em, searchAdapterFor(ctx.em));
    const text = await loaderFor<QuestionText>(ctx, 'questionText', (ids) => service.textsByIds(ids)).load(question.id);
    return service.suggestFor(text, args.first);
  }
}
