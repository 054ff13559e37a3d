// Live subscriptions. Each event is resolved against a fresh EntityManager and fresh loaders, because a
// subscription's context lives as long as the subscription and would otherwise serve stale rows.
import { startSubscription } from '@peerdesk/runtime/errors';
import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { requireCommunityRead, requireRoleOrScope } from '@peerdesk/runtime/viewer';
import { Arg, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Question } from '../question/question.entity.ts';
import { questionLoader } from '../question/question.loaders.ts';
import { QuestionService } from '../question/question.service.ts';
import { escalationsTopic, feedTopic, QuestionFeedKind, updatedTopic, type FeedMessage, type UpdatedMessage } from './feed.topics.ts';

@ObjectType({ description: 'Something happened to a question of the brand.' })
export class QuestionFeedEvent {
  @Field(() => QuestionFeedKind)
  kind!: QuestionFeedKind;

  @Field(() => Question)
  question!: Question;
}

type SubscribeData<A> = SubscribeResolverData<unknown, A, ServiceContext>;

/** Starts resolving one event: events of a subscription resolve one after another, so resetting is safe. */
async function loadForEvent(ctx: ServiceContext, questionId: string): Promise<Question | null> {
  ctx.em = ctx.orm.em.fork();
  ctx.loaders.clear();
  return questionLoader(ctx).load(questionId);
}

@Resolver()
export class FeedResolver {
  @Subscription(() => QuestionFeedEvent, {
    description: 'Questions of a brand being asked, answered and resolved, live.',
    subscribe: ({ args, context }: SubscribeData<{ brandId: string }>) =>
      startSubscription(() => {
        requireCommunityRead(context.viewer, args.brandId);
        return context.pubsub.subscribe<FeedMessage>(feedTopic(args.brandId));
      }),
  })
  async questionFeed(
    @Root() message: FeedMessage,
    @Arg('brandId', () => ID) _brandId: string,
    @Ctx() ctx: ServiceContext,
  ): Promise<QuestionFeedEvent> {
    const question = await loadForEvent(ctx, message.questionId);
    if (!question) throw new Error(`question ${message.questionId} announced but not found`);
    return { kind: message.kind, question };
  }

  @Subscription(() => Question, {
    description: 'One question, each time it changes.',
    subscribe: async ({ args, context }: SubscribeData<{ id: string }>) => {
      const question = await new QuestionService(context.em, context.pubsub).byId(args.id);
      return startSubscription(() => {
        if (question) requireCommunityRead(context.viewer, question.brandId);
        return context.pubsub.subscribe<UpdatedMessage>(updatedTopic(args.id));
      });
    },
  })
  async questionUpdated(@Root() message: UpdatedMessage, @Arg('id', () => ID) _id: string, @Ctx() ctx: ServiceContext): Promise<Question> {
    const question = await loadForEvent(ctx, message.questionId);
    if (!question) throw new Error(`question ${message.questionId} announced but not found`);
    return question;
  }

  @Subscription(() => Question, {
    description: 'The brand’s escalations as they arrive or change (taken, replied, closed), unredacted: agents and admins, and partner keys holding read:personal-data.',
    subscribe: ({ args, context }: SubscribeData<{ brandId: string }>) => {
      requireRoleOrScope(context.viewer, args.brandId, ['agent', 'admin'], 'read:personal-data');
      return context.pubsub.subscribe<UpdatedMessage>(escalationsTopic(args.brandId));
    },
  })
  async escalationQueue(@Root() message: UpdatedMessage, @Arg('brandId', () => ID) _brandId: string, @Ctx() ctx: ServiceContext): Promise<Question> {
    const question = await loadForEvent(ctx, message.questionId);
    if (!question) throw new Error(`question ${message.questionId} announced but not found`);
    return question;
  }
}
