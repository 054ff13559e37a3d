import { toGraphQLError, type DomainError } from '@peerdesk/runtime/errors';
import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { requireUser } from '@peerdesk/runtime/viewer';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { BrandRef, QuestionRef } from '../expert/federation.types.ts';
import { publishInbox } from './inbox.publisher.ts';
import { InboxService } from './inbox.service.ts';
import { fromSnapshot, inboxTopic, type InboxNotice } from './inbox.topics.ts';
import { DeclineOfferInput, InboxEvent, MyOffersArgs, OfferConnection } from './inbox.types.ts';
import { Offer } from './offer.entity.ts';

function subscribeToInbox({ context }: SubscribeResolverData<unknown, object, ServiceContext>): AsyncIterableIterator<InboxNotice> {
  try {
    return context.pubsub.subscribe<InboxNotice>(inboxTopic(requireUser(context.viewer).userId));
  } catch (error) {
    throw toGraphQLError(error as DomainError);
  }
}

@Resolver(() => Offer)
export class InboxResolver {
  @Query(() => OfferConnection, { description: "The signed-in expert's open offers across brands, newest first." })
  myOffers(@Args(() => MyOffersArgs) args: MyOffersArgs, @Ctx() ctx: ServiceContext): Promise<OfferConnection> {
    return new InboxService(ctx.em).myOffers(ctx.viewer, args);
  }

  @Mutation(() => Offer, { description: 'The expert turns down a question offered to them, with a reason.' })
  async declineOffer(@Arg('input', () => DeclineOfferInput) input: DeclineOfferInput, @Ctx() ctx: ServiceContext): Promise<Offer> {
    const { offer, notices } = await new InboxService(ctx.em).decline(ctx.viewer, input);
    await publishInbox(ctx.pubsub, notices);
    return offer;
  }

  @Subscription(() => InboxEvent, {
    name: 'expertInbox',
    description: "Offers arriving in, and leaving, the signed-in expert's inbox in every brand.",
    subscribe: subscribeToInbox,
  })
  expertInbox(@Root() notice: InboxNotice): InboxEvent {
    return { kind: notice.kind, offer: fromSnapshot(notice.offer) };
  }

  @FieldResolver(() => QuestionRef)
  question(@Root() offer: Offer): QuestionRef {
    return { id: offer.questionId };
  }

  @FieldResolver(() => BrandRef)
  brand(@Root() offer: Offer): BrandRef {
    return { id: offer.brandId };
  }
}
