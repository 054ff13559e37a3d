// Credits rewards when questions are resolved; the bus's processed ids and Earning.questionId make it exactly once.
import type { Orm } from '@peerdesk/runtime/database';
import type { EventHandler } from '@peerdesk/runtime/events';
import { QUESTION_RESOLVED, type QuestionResolved } from '@peerdesk/runtime/events.contract';
import { logger } from '@peerdesk/runtime/logger';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { EarningService } from './earning.service.ts';
import { earningsTopic, type EarningMessage } from './earning.topics.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function earningConsumers({ pubsub }: { orm: Orm; pubsub: PubSub }): Record<string, EventHandler> {
  return {
    [QUESTION_RESOLVED]: async (event, em, hooks) => {
      const resolved = event.payload as unknown as QuestionResolved;
      if (![resolved.questionId, resolved.brandId, resolved.expertUserId].every((id) => typeof id === 'string' && UUID.test(id))) {
        // Retrying cannot fix a malformed event; record it as processed and say so loudly.
        logger.error('QuestionResolved without valid ids; not rewarded', { eventId: event.id });
        return;
      }
      const changed = await new EarningService(em).credit(resolved, event.id);
      hooks.afterCommit(async () => {
        for (const earning of changed) {
          await pubsub.publish(earningsTopic(earning.expertUserId), { earningId: earning.id } satisfies EarningMessage);
        }
      });
    },
  };
}
