// Test helpers for routing: questions' events as the questions service publishes them, and due-now waves.
import { randomUUID } from 'node:crypto';
import type { Orm } from '@peerdesk/runtime/database';
import { publishEvent } from '@peerdesk/runtime/events';
import { ROUTING_WAVE, type QuestionAsked } from '@peerdesk/runtime/events.contract';
import type { RunningService } from '@peerdesk/runtime/service';
import { Offer } from '../inbox/offer.entity.ts';

export function questionAsked(brandId: string, overrides: Partial<QuestionAsked> = {}): QuestionAsked {
  return {
    questionId: randomUUID(),
    brandId,
    authorId: randomUUID(),
    title: 'No tengo datos en Francia',
    body: 'El roaming está activado pero no navego.',
    category: 'roaming',
    language: 'es',
    askedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** Publishes an event in a transaction, through the outbox, as its producer does. */
export function publish(orm: Orm, type: string, payload: object): Promise<string> {
  return orm.em.fork().transactional((em) => publishEvent(em, type, { ...payload }));
}

/** Makes the question's scheduled routing waves due now instead of after the wave interval. */
export async function makeWavesDue(service: RunningService, questionId: string): Promise<void> {
  await service.orm.em.fork().execute(
    `update bus.delivery set available_at = now() where consumer = 'experts'
      and event_id in (select id from bus.event where type = ? and payload->>'questionId' = ?)`,
    [ROUTING_WAVE, questionId],
  );
}

/** The question's offers, as routing recorded them, best score first. */
export function offersOf(orm: Orm, questionId: string): Promise<Offer[]> {
  return orm.em.fork().find(Offer, { questionId }, { orderBy: [{ wave: 'asc' }, { score: 'desc' }, { expertId: 'asc' }] });
}
