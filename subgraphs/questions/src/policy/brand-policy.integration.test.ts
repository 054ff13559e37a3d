import { BRAND_UPDATED, type BrandUpdated } from '@peerdesk/runtime/events.contract';
import { publishEvent } from '@peerdesk/runtime/events';
import type { RunningService } from '@peerdesk/runtime/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, call, CLAIM, codeOf, community, eventsOf, POST_ANSWER, startQuestions } from '../testing/questions.fixtures.ts';

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

const policyOf = (brandId: string) =>
  service.orm.em
    .fork()
    .execute('select claim_minutes, max_claims_per_expert, open_answering from questions.brand_policy where brand_id = ?', [
      brandId,
    ]);

describe('brand settings from identity', () => {
  it('gates claims and answering by the claim limit and open answering the brand set; an event without them keeps them', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const now = Date.now();
    const publish = (event: BrandUpdated) =>
      service.orm.em.fork().transactional((em) => publishEvent(em, BRAND_UPDATED, { ...event }));
    await publish({
      ...brandUpdated(brandId, { claimMinutes: 10, slaMinutes: 60 }, new Date(now)),
      maxClaimsPerExpert: 1,
      openAnswering: false,
    });
    await expect
      .poll(() => policyOf(brandId), { timeout: 10_000 })
      .toEqual([{ claim_minutes: 10, max_claims_per_expert: 1, open_answering: false }]);
    // An event from before the two settings existed (or a producer that does not send them) changes only what it carries.
    await publish(brandUpdated(brandId, { claimMinutes: 7, slaMinutes: 60 }, new Date(now + 1000)));
    await expect
      .poll(() => policyOf(brandId), { timeout: 10_000 })
      .toEqual([{ claim_minutes: 7, max_claims_per_expert: 1, open_answering: false }]);

    const [first, second] = [await ask(service, asker, brandId), await ask(service, asker, brandId)];
    expect((await call(service, expert.viewer, CLAIM, { input: { questionId: first.id } })).errors).toBeUndefined();
    expect(codeOf(await call(service, expert.viewer, CLAIM, { input: { questionId: second.id } }))).toBe('CONFLICT');
    // Answering is for the claim holder only: another expert is refused on the claimed question and on the open one.
    expect(
      codeOf(
        await call(service, expert2.viewer, POST_ANSWER, {
          input: { questionId: first.id, body: 'Prueba a reiniciar el router.' },
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await call(service, expert2.viewer, POST_ANSWER, {
          input: { questionId: second.id, body: 'Prueba a reiniciar el router.' },
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('times claims and the SLA by the brand’s latest BrandUpdated, ignoring an older one delivered late', async () => {
    const { brandId, asker, expert } = community();
    const now = Date.now();
    await service.orm.em.fork().transactional(async (em) => {
      await publishEvent(em, BRAND_UPDATED, { ...brandUpdated(brandId, { claimMinutes: 5, slaMinutes: 30 }, new Date(now)) });
      await publishEvent(em, BRAND_UPDATED, {
        ...brandUpdated(brandId, { claimMinutes: 99, slaMinutes: 99 }, new Date(now - 60_000)),
      });
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
    expect(
      await service.orm.em
        .fork()
        .execute('select claim_minutes, sla_minutes from questions.brand_policy where brand_id = ?', [brandId]),
    ).toEqual([{ claim_minutes: 5, sla_minutes: 30 }]);

    const question = await ask(service, asker, brandId);
    const claimed = await call<{ claimQuestion: { claim: { claimedAt: string; expiresAt: string } } }>(
      service,
      expert.viewer,
      CLAIM,
      {
        input: { questionId: question.id },
      },
    );
    const { claimedAt, expiresAt } = claimed.data!.claimQuestion.claim;
    expect(new Date(expiresAt).getTime() - new Date(claimedAt).getTime()).toBe(5 * 60_000);
    const [deadline] = await eventsOf(service, 'SlaDeadline', question.id);
    expect(new Date(deadline!.deliverAt as Date).getTime() - new Date(question.createdAt).getTime()).toBe(30 * 60_000);
  });
});
