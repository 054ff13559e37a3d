// Credits rewards when questions are resolved; the bus's processed ids and Earning.questionId make it exactly once.
// Deliveries come in batches: a batch of resolutions is credited set-based, in a few statements for all of them.
import type { Orm } from '@peerdesk/runtime/database';
import type { DomainEvent, TopicHandler } from '@peerdesk/runtime/events';
import { QUESTION_RESOLVED, type QuestionResolved } from '@peerdesk/runtime/events.contract';
import { logger } from '@peerdesk/runtime/logger';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { EarningService } from './earning.service.ts';
import { earningsTopic, type EarningMessage } from './earning.topics.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The resolution an event carries, or null (logged) when retrying could never make it valid. */
function resolutionOf(event: DomainEvent): QuestionResolved | null {
  const resolved = event.payload as unknown as QuestionResolved;
  if ([resolved.questionId, resolved.brandId, resolved.expertUserId].every((id) => typeof id === 'string' && UUID.test(id))) return resolved;
  // Recorded as processed with the rest of its batch, and said loudly.
  logger.error('QuestionResolved without valid ids; not rewarded', { eventId: event.id });
  return null;
}

export function earningConsumers({ pubsub }: { orm: Orm; pubsub: PubSub }): Record<string, TopicHandler> {
  return {
    [QUESTION_RESOLVED]: {
      batch: async (events, em, hooks) => {
        const resolutions = events.flatMap((event) => {
          const resolution = resolutionOf(event);
          return resolution ? [{ resolution, eventId: event.id }] : [];
        });
        const changed = await new EarningService(em).creditAll(resolutions);
        hooks.afterCommit(async () => {
          for (const earning of changed) {
            await pubsub.publish(earningsTopic(earning.expertUserId), { earningId: earning.id } satisfies EarningMessage);
          }
        });
      },
    },
  };
}
