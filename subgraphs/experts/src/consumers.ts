// Several modules may react to one event type: their handlers run in order, in the same transaction.
import type { EventHandler } from '@peerdesk/runtime/events';

export function combineConsumers(...maps: Record<string, EventHandler>[]): Record<string, EventHandler> {
  const byType = new Map<string, EventHandler[]>();
  for (const map of maps) for (const [type, handler] of Object.entries(map)) byType.set(type, [...(byType.get(type) ?? []), handler]);
  return Object.fromEntries(
    [...byType].map(([type, handlers]) => [
      type,
      async (event, em, hooks) => {
        for (const handler of handlers) await handler(event, em, hooks);
      },
    ]),
  ) as Record<string, EventHandler>;
}
