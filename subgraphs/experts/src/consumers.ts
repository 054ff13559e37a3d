// Several modules may react to one event type: their handlers run in order, in the same transaction.
import type { BatchEventHandler, EventHandler, TopicHandler } from '@peerdesk/runtime/events';

const asBatch = (handler: TopicHandler): BatchEventHandler =>
  typeof handler === 'function'
    ? async (events, em, hooks) => {
        for (const event of events) await handler(event, em, hooks);
      }
    : handler.batch;

/** One handler per type; a type with a batch handler among its handlers is handled in batches. */
export function combineConsumers(...maps: Record<string, TopicHandler>[]): Record<string, TopicHandler> {
  const byType = new Map<string, TopicHandler[]>();
  for (const map of maps)
    for (const [type, handler] of Object.entries(map)) byType.set(type, [...(byType.get(type) ?? []), handler]);
  const combine = (handlers: TopicHandler[]): TopicHandler => {
    if (handlers.length === 1) return handlers[0]!;
    const singles = handlers.filter((handler): handler is EventHandler => typeof handler === 'function');
    if (singles.length === handlers.length)
      return async (event, em, hooks) => {
        for (const handler of singles) await handler(event, em, hooks);
      };
    return {
      batch: async (events, em, hooks) => {
        for (const handler of handlers) await asBatch(handler)(events, em, hooks);
      },
    };
  };
  return Object.fromEntries([...byType].map(([type, handlers]) => [type, combine(handlers)]));
}
