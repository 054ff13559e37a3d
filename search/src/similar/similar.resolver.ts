import { requireCommunityRead } from '@peerdesk/runtime/viewer';
import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { searchAdapterFor } from '../index/search.adapter.factory.ts';
import { SimilarQuestionsArgs } from './similar.args.ts';
import { SimilarQuestion } from './similar-question.type.ts';
import { SimilarService } from './similar.service.ts';

@Resolver(() => SimilarQuestion)
export class SimilarResolver {
  @Query(() => [SimilarQuestion], {
    description: 'Resolved questions of a brand resembling `text`, best first (as the customer types).',
  })
  similarQuestions(
    @Args(() => SimilarQuestionsArgs) args: SimilarQuestionsArgs,
    @Ctx() ctx: ServiceContext,
  ): Promise<SimilarQuestion[]> {
    requireCommunityRead(ctx.viewer, args.brandId);
    return new SimilarService(searchAdapterFor(ctx.em)).similarQuestions(args);
  }
}
