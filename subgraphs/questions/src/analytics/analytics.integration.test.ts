import { randomUUID } from 'node:crypto';
import type { RunningService } from '@peerdesk/runtime/service';
import { ANONYMOUS, type Viewer } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, answer, ask, call, codeOf, community, member, startQuestions } from '../testing/questions.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startQuestions('questions_analytics');
});
afterAll(() => service?.close());

const ANALYTICS = `query ($brandId: ID!, $from: String!, $to: String!) {
  questionAnalytics(brandId: $brandId, from: $from, to: $to) {
    from to asked resolved escalated answered resolutionRate escalationRate
    medianFirstAnswerSeconds p90FirstAnswerSeconds rated meanRating satisfiedRate
    days { day asked resolved escalated }
    topCategories { category asked resolved }
  }
}`;
const ESCALATE = `mutation ($input: EscalateQuestionInput!) { escalateQuestion(input: $input) { id } }`;

const analytics = (viewer: Viewer, brandId: string, from = '2026-03-01', to = '2026-03-03') =>
  call<{ questionAnalytics: Record<string, unknown> }>(service, viewer, ANALYTICS, { brandId, from, to });

/** Moves a question's clock: asked at `createdAt`, first answered `answeredAfter` seconds later. */
async function backdate(id: string, times: { createdAt: string; answeredAfter?: number; resolvedAt?: string; escalatedAt?: string }) {
  await service.orm.em.fork().execute(
    `update questions.question set created_at = ?::timestamptz,
        first_answer_at = case when first_answer_at is null then null else ?::timestamptz + make_interval(secs => ?) end,
        resolved_at = case when resolved_at is null then null else ?::timestamptz end,
        escalated_at = case when escalated_at is null then null else ?::timestamptz end
      where id = ?`,
    [times.createdAt, times.createdAt, times.answeredAfter ?? 0, times.resolvedAt ?? times.createdAt, times.escalatedAt ?? times.createdAt, id],
  );
}

async function resolvedQuestion(brand: ReturnType<typeof community>, rating: number, category: string) {
  const question = await ask(service, brand.asker, brand.brandId, { category });
  const reply = await answer(service, brand.expert, question.id);
  const accepted = await call(service, brand.asker.viewer, ACCEPT, { input: { answerId: reply.id, rating } });
  expect(accepted.errors).toBeUndefined();
  return question.id;
}

describe('questionAnalytics', () => {
  it('counts per day, rates, time to first answer, CSAT and top categories over the range, in SQL', async () => {
    const brand = community();
    const admin = member(brand.brandId, ['admin']);
    const fast = await resolvedQuestion(brand, 5, 'purchases');
    await backdate(fast, { createdAt: '2026-03-01T10:00:00Z', answeredAfter: 60, resolvedAt: '2026-03-01T11:00:00Z' });
    const slow = await resolvedQuestion(brand, 3, 'purchases');
    await backdate(slow, { createdAt: '2026-03-01T23:59:00Z', answeredAfter: 600, resolvedAt: '2026-03-02T09:00:00Z' });
    const escalated = await ask(service, brand.asker, brand.brandId, { category: 'account' });
    expect((await call(service, brand.asker.viewer, ESCALATE, { input: { questionId: escalated.id } })).errors).toBeUndefined();
    await backdate(escalated.id, { createdAt: '2026-03-02T08:00:00Z', escalatedAt: '2026-03-03T08:00:00Z' });
    const open = await ask(service, brand.asker, brand.brandId, { category: 'billing' });
    await backdate(open.id, { createdAt: '2026-03-03T12:00:00Z' });
    // Outside the range on both sides: counted nowhere.
    const before = await resolvedQuestion(brand, 1, 'billing');
    await backdate(before, { createdAt: '2026-02-28T23:59:59Z', answeredAfter: 5, resolvedAt: '2026-02-28T23:59:59Z' });
    const after = await ask(service, brand.asker, brand.brandId, { category: 'billing' });
    await backdate(after.id, { createdAt: '2026-03-04T00:00:00Z' });
    // Another brand's questions never leak in.
    const other = community();
    await resolvedQuestion(other, 1, 'purchases').then((id) => backdate(id, { createdAt: '2026-03-01T12:00:00Z' }));

    const result = await analytics(admin.viewer, brand.brandId);
    expect(result.errors).toBeUndefined();
    expect(result.data?.questionAnalytics).toEqual({
      from: '2026-03-01',
      to: '2026-03-03',
      asked: 4,
      resolved: 2,
      escalated: 1,
      answered: 2,
      resolutionRate: 0.5,
      escalationRate: 0.25,
      medianFirstAnswerSeconds: 330,
      p90FirstAnswerSeconds: 546,
      rated: 2,
      meanRating: 4,
      satisfiedRate: 0.5,
      days: [
        { day: '2026-03-01', asked: 2, resolved: 1, escalated: 0 },
        { day: '2026-03-02', asked: 1, resolved: 1, escalated: 0 },
        { day: '2026-03-03', asked: 1, resolved: 0, escalated: 1 },
      ],
      topCategories: [
        { category: 'purchases', asked: 2, resolved: 2 },
        { category: 'account', asked: 1, resolved: 0 },
        { category: 'billing', asked: 1, resolved: 0 },
      ],
    });
  });

  it('answers zeros and nulls for a brand without questions, every day of the range present', async () => {
    const brandId = randomUUID();
    const result = await analytics(member(brandId, ['admin']).viewer, brandId, '2026-01-30', '2026-02-02');
    expect(result.errors).toBeUndefined();
    expect(result.data?.questionAnalytics).toMatchObject({
      asked: 0,
      resolved: 0,
      resolutionRate: null,
      escalationRate: null,
      medianFirstAnswerSeconds: null,
      p90FirstAnswerSeconds: null,
      rated: 0,
      meanRating: null,
      satisfiedRate: null,
      topCategories: [],
      days: ['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02'].map((day) => ({ day, asked: 0, resolved: 0, escalated: 0 })),
    });
  });

  it('is for the brand’s admins and partner keys with read:analytics only', async () => {
    const brand = community();
    const partner = (brandId: string, scopes: string[]): Viewer => ({ kind: 'partner', keyId: randomUUID(), brandId, scopes });
    expect((await analytics(partner(brand.brandId, ['read:analytics']), brand.brandId)).errors).toBeUndefined();
    expect(codeOf(await analytics(partner(brand.brandId, ['read:community']), brand.brandId))).toBe('FORBIDDEN');
    expect(codeOf(await analytics(partner(randomUUID(), ['read:analytics']), brand.brandId))).toBe('FORBIDDEN');
    expect(codeOf(await analytics(brand.expert.viewer, brand.brandId))).toBe('FORBIDDEN');
    expect(codeOf(await analytics(member(brand.brandId, ['agent']).viewer, brand.brandId))).toBe('FORBIDDEN');
    expect(codeOf(await analytics(member(randomUUID(), ['admin']).viewer, brand.brandId))).toBe('FORBIDDEN');
    expect(codeOf(await analytics(ANONYMOUS, brand.brandId))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['from after to', '2026-03-05', '2026-03-01'],
    ['more than 366 days', '2025-01-01', '2026-03-01'],
    ['a day that does not exist', '2026-02-30', '2026-03-01'],
    ['a malformed day', '1 March', '2026-03-01'],
  ])('refuses %s with BAD_USER_INPUT', async (_case, from, to) => {
    const brandId = randomUUID();
    expect(codeOf(await analytics(member(brandId, ['admin']).viewer, brandId, from, to))).toBe('BAD_USER_INPUT');
  });
});
