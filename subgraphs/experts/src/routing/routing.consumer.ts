// Routing reacts to the question lifecycle; inbox notices go out only once the handler's transaction has committed.
import type { EventHandler, HandlerHooks, TopicHandler } from '@peerdesk/runtime/events';
import {
  BRAND_UPDATED,
  QUESTION_ASKED,
  QUESTION_CLAIMED,
  QUESTION_CLOSED,
  QUESTION_ESCALATED,
  QUESTION_RESOLVED,
  QUESTION_RETURNED_TO_ROUTING,
  ROUTING_WAVE,
  type BrandUpdated,
  type QuestionAsked,
  type QuestionClaimed,
  type QuestionClosed,
  type QuestionEscalated,
  type QuestionResolved,
  type QuestionReturnedToRouting,
  type RoutingWave,
} from '@peerdesk/runtime/events.contract';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import type { EntityManager } from '@peerdesk/runtime/database';
import { publishInbox } from '../inbox/inbox.publisher.ts';
import type { InboxNotice } from '../inbox/inbox.topics.ts';
import { applyBrandUpdated } from './brand-routing.ts';
import { RoutingService } from './routing.service.ts';

export const ROUTING_EVENTS = [
  QUESTION_ASKED,
  ROUTING_WAVE,
  QUESTION_CLAIMED,
  QUESTION_RETURNED_TO_ROUTING,
  QUESTION_RESOLVED,
  QUESTION_CLOSED,
  QUESTION_ESCALATED,
  BRAND_UPDATED,
];

export function routingConsumers({ pubsub }: { pubsub: PubSub }): Record<string, TopicHandler> {
  const notify = (notices: InboxNotice[], hooks: HandlerHooks) => {
    if (notices.length > 0) hooks.afterCommit(() => publishInbox(pubsub, notices));
  };
  const handle =
    <P>(apply: (routing: RoutingService, payload: P) => Promise<InboxNotice[]>): EventHandler =>
    async (event, em: EntityManager, hooks) =>
      notify(await apply(new RoutingService(em), event.payload as unknown as P), hooks);
  // Questions asked and waves due come in runs under load (a surge), interleaved once the first waves fall due: one
  // batch handler takes both topics, so a run of either or both is routed with one read of the experts.
  const route: TopicHandler = {
    batch: async (events, em, hooks) =>
      notify(
        await new RoutingService(em).route(
          events.map((event) =>
            event.type === ROUTING_WAVE
              ? { wave: event.payload as unknown as RoutingWave }
              : { asked: event.payload as unknown as QuestionAsked },
          ),
        ),
        hooks,
      ),
  };
  return {
    [BRAND_UPDATED]: (event, em) => applyBrandUpdated(em, event.payload as unknown as BrandUpdated),
    [QUESTION_ASKED]: route,
    [ROUTING_WAVE]: route,
    [QUESTION_CLAIMED]: handle<QuestionClaimed>((routing, claimed) => routing.questionClaimed(claimed)),
    [QUESTION_RETURNED_TO_ROUTING]: handle<QuestionReturnedToRouting>((routing, returned) => routing.returnedToRouting(returned)),
    [QUESTION_RESOLVED]: handle<QuestionResolved>((routing, resolved) =>
      routing.questionEnded(resolved.questionId, resolved.brandId),
    ),
    [QUESTION_CLOSED]: handle<QuestionClosed>((routing, closed) => routing.questionEnded(closed.questionId, closed.brandId)),
    // An escalated question belongs to the brand's agents: experts' offers and claims on it end, live.
    [QUESTION_ESCALATED]: handle<QuestionEscalated>((routing, escalated) =>
      routing.questionEnded(escalated.questionId, escalated.brandId),
    ),
  };
}
