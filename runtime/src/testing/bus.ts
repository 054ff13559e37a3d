// Test helpers for the event bus: publish as a service would, and wait until a service has applied it.
import type { Orm } from '../database.ts';
import { publishEvent } from '../events.ts';
import type { RunningService } from '../service.ts';

/** Publishes an event as its producer does: in a transaction, through the outbox. Returns the event id. */
export function publish(orm: Orm, type: string, payload: object): Promise<string> {
  return orm.em.fork().transactional((em) => publishEvent(em, type, { ...payload }));
}

/** Waits until `service` (consumer `consumer`) has applied every delivery due to it. */
export async function settleDeliveries(service: RunningService, consumer: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await service.consumer!.drain();
    const [row] = await service.orm.em
      .fork()
      .execute<{ pending: number }[]>(
        'select count(*)::int as pending from bus.delivery where consumer = ? and available_at <= now()',
        [consumer],
      );
    if (row?.pending === 0) return;
    if (Date.now() > deadline) throw new Error(`${row?.pending} deliveries still pending for ${consumer}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Delivers an already processed event to `consumer` again (at-least-once delivery, tested). */
export async function redeliver(service: RunningService, consumer: string, eventId: string): Promise<void> {
  await service.orm.em.fork().execute('insert into bus.delivery (consumer, event_id) values (?, ?)', [consumer, eventId]);
}
