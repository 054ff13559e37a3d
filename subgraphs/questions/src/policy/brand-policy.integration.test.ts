import { BRAND_UPDATED, type BrandUpdated } from '@peerdesk/runtime/events.contract';
import { publishEvent } from '@peerdesk/runtime/events';
import type { RunningService } from '@peerdesk/runtime/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, call, CLAIM, community, eventsOf, startQuestions } from '../testing/questions.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startQuestions('questions_policy');
});
afterAll(() => service?.close());

const brandUpdated = (brandId: string, minutes: { claimMinutes: number; slaMinutes: number }, updatedAt: Date): BrandUpdated => ({
  brandId,
  slug: `b-${brandId.slice(0, 8)}`,
  name: 'Brand',
  defaultLanguage: 'en',
  languages: ['en'],
  categories: [],
  waveMinutes: 2,
  updatedAt: updatedAt.toISOString(),
  ...minutes,
});

describe('brand settings from identity', () => {
  it('times claims and the SLA by the brand’s latest BrandUpdated, ignoring an older one delivered late', async () => {
    const { brandId, asker, expert } = community();
    const now = Date.now();
    await service.orm.em.fork().transactional(async (em) => {
      await publishEvent(em, BRAND_UPDATED, { ...brandUpdated(brandId, { claimMinutes: 5, slaMinutes: 30 }, new Date(now)) });
      await publishEvent(em, BRAND_UPDATED, { ...brandUpdated(brandId, { claimMinutes: 99, slaMinutes: 99 }, new Date(now - 60_000)) });
    });
    const processed = () =>
      service.orm.em
        .fork()
        .execute<{ n: number }[]>(
          `select count(*)::int as n from bus.processed p join bus.event e on e.id = p.event_id
            where p.consumer = 'questions' and e.type = ? and e.payload->>'brandId' = ?`,
          [BRAND_UPDATED, brandId],
        )
        .then((rows) => rows[0]!.n);
    await expect.poll(processed, { timeout: 10_000 }).toBe(2);
    expect(await service.orm.em.fork().execute('select claim_minutes, sla_minutes from questions.brand_policy where brand_id = ?', [brandId])).toEqual([
      { claim_minutes: 5, sla_minutes: 30 },
    ]);

    const question = await ask(service, asker, brandId);
    const claimed = await call<{ claimQuestion: { claim: { claimedAt: string; expiresAt: string } } }>(service, expert.viewer, CLAIM, {
      input: { questionId: question.id },
    });
    const { claimedAt, expiresAt } = claimed.data!.claimQuestion.claim;
    expect(new Date(expiresAt).getTime() - new Date(claimedAt).getTime()).toBe(5 * 60_000);
    const [deadline] = await eventsOf(service, 'SlaDeadline', question.id);
    expect(new Date(deadline!.deliverAt as Date).getTime() - new Date(question.createdAt).getTime()).toBe(30 * 60_000);
  });
});
