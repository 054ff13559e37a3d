import { randomUUID } from 'node:crypto';
import { expertId } from '@peerdesk/runtime/ids';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { asViewer, graphql } from '@peerdesk/runtime/testing/client';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { ANONYMOUS } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { experts } from '../service.ts';
import { createExpert, publishResolved, questionResolved, settle } from '../testing/experts.factory.ts';
import { ReputationService } from './reputation.service.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('experts');
  await migrateService(experts, databaseUrl);
  service = await startService(experts, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

async function reputationOf(id: string): Promise<number | undefined> {
  const result = await graphql<{ expert: { reputation: number } | null }>(
    service.url,
    'query ($id: ID!) { expert(id: $id) { reputation } }',
    { id },
    await asViewer(ANONYMOUS),
  );
  expect(result.errors).toBeUndefined();
  return result.data?.expert?.reputation;
}

describe('QuestionResolved', () => {
  it('credits the accepted expert: accept, five-star bonus and SLA bonus', async () => {
    const expert = await createExpert(service.orm, randomUUID());
    await publishResolved(service.orm, questionResolved(expert.brandId, expert.userId, { rating: 5, timeToFirstAnswerMs: 10 * 60_000 }));
    await settle(service);
    expect(await reputationOf(expert.id)).toBe(15 + 10 + 5);
  });

  it('subtracts for a poor rating and pays no SLA bonus after the default hour', async () => {
    const expert = await createExpert(service.orm, randomUUID());
    await publishResolved(service.orm, questionResolved(expert.brandId, expert.userId, { rating: 2, timeToFirstAnswerMs: 61 * 60_000 }));
    await settle(service);
    expect(await reputationOf(expert.id)).toBe(15 - 5);
  });

  it('applies an event once even when it is delivered twice', async () => {
    const expert = await createExpert(service.orm, randomUUID());
    const eventId = await publishResolved(service.orm, questionResolved(expert.brandId, expert.userId));
    await settle(service);
    expect(await reputationOf(expert.id)).toBe(30);

    await service.orm.em.fork().execute("insert into bus.delivery (consumer, event_id) values ('experts', ?)", [eventId]);
    await settle(service);
    expect(await reputationOf(expert.id)).toBe(30);
  });

  it('cannot double-count a replayed event even past the bus: ledger rows are unique per event and reason', async () => {
    const expert = await createExpert(service.orm, randomUUID());
    const payload = questionResolved(expert.brandId, expert.userId);
    const eventId = randomUUID();
    const apply = () => service.orm.em.fork().transactional((em) => new ReputationService(em).applyResolution(eventId, payload));
    expect(await apply()).toBe(3);
    expect(await apply()).toBe(0);
    expect(await reputationOf(expert.id)).toBe(30);
  });

  it('credits a resolution once when it is published again under a new event id', async () => {
    const expert = await createExpert(service.orm, randomUUID());
    const payload = questionResolved(expert.brandId, expert.userId);
    await publishResolved(service.orm, payload);
    await publishResolved(service.orm, payload);
    await settle(service);
    expect(await reputationOf(expert.id)).toBe(30);
  });

  it('creates an active profile for an expert who answered without one, so no point is lost', async () => {
    const brandId = randomUUID();
    const userId = randomUUID();
    await publishResolved(service.orm, questionResolved(brandId, userId, { rating: 4, language: 'es' }));
    await settle(service);
    const result = await graphql<{ expert: { status: string; languages: string[]; reputation: number } }>(
      service.url,
      'query ($id: ID!) { expert(id: $id) { status languages reputation } }',
      { id: expertId(brandId, userId) },
      await asViewer(ANONYMOUS),
    );
    expect(result.data?.expert).toEqual({ status: 'ACTIVE', languages: ['es'], reputation: 15 + 5 + 5 });
  });
});
