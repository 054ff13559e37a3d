import { randomUUID } from 'node:crypto';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { asViewer, graphql } from '@peerdesk/runtime/testing/client';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { ANONYMOUS } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { experts } from '../service.ts';
import { createExpert, publishResolved, questionResolved, settle } from '../testing/experts.factory.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('experts');
  await migrateService(experts, databaseUrl);
  service = await startService(experts, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

async function badgesOf(id: string): Promise<{ code: string; name: string; earnedAt: string }[]> {
  const result = await graphql<{ expert: { badges: { code: string; name: string; earnedAt: string }[] } }>(
    service.url,
    'query ($id: ID!) { expert(id: $id) { badges { code name earnedAt } } }',
    { id },
    await asViewer(ANONYMOUS),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.expert.badges;
}

describe('badges on QuestionResolved', () => {
  it('awards first accepted, fast responder, five-star streak and bilingual helper as they are earned', async () => {
    const expert = await createExpert(service.orm, randomUUID());
    const resolve = async (overrides: Parameters<typeof questionResolved>[2] = {}) => {
      const eventId = await publishResolved(service.orm, questionResolved(expert.brandId, expert.userId, { rating: 5, timeToFirstAnswerMs: 60_000, ...overrides }));
      await settle(service);
      return eventId;
    };

    const firstEvent = await resolve();
    const first = await badgesOf(expert.id);
    expect(first).toEqual([{ code: 'FIRST_ACCEPTED', name: 'First accepted answer', earnedAt: expect.any(String) }]);

    for (let i = 0; i < 4; i++) await resolve();
    expect((await badgesOf(expert.id)).map((b) => b.code).sort()).toEqual(['FAST_RESPONDER', 'FIRST_ACCEPTED', 'FIVE_STAR_STREAK']);

    await resolve({ language: 'es', rating: 3, timeToFirstAnswerMs: 3 * 3_600_000 });
    const all = await badgesOf(expert.id);
    expect(all.map((b) => b.code)).toContain('BILINGUAL_HELPER');
    // Earned once: the first badge keeps the moment it was earned, and a replayed event adds nothing.
    expect(all.find((b) => b.code === 'FIRST_ACCEPTED')?.earnedAt).toBe(first[0]!.earnedAt);
    await service.orm.em.fork().execute("insert into bus.delivery (consumer, event_id) values ('experts', ?)", [firstEvent]);
    await settle(service);
    expect(await badgesOf(expert.id)).toEqual(all);
  });

  it('does not count a broken streak or slow answers', async () => {
    const expert = await createExpert(service.orm, randomUUID());
    for (const rating of [5, 5, 4, 5, 5, 5]) {
      await publishResolved(service.orm, questionResolved(expert.brandId, expert.userId, { rating, timeToFirstAnswerMs: 2 * 3_600_000 }));
      await settle(service);
    }
    expect((await badgesOf(expert.id)).map((b) => b.code)).toEqual(['FIRST_ACCEPTED']);
  });
});
