import { DEMO_QUESTIONS } from '@peerdesk/runtime/demo/community';
import { seedService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { ANONYMOUS } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Answer } from './answer/answer.entity.ts';
import { Question } from './question/question.entity.ts';
import { questions } from './service.ts';
import { call, member, startQuestions } from './testing/questions.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startQuestions('questions_seed');
  const databaseUrl = await testDatabaseUrl('questions_seed');
  await seedService(questions, databaseUrl);
  await seedService(questions, databaseUrl);
});
afterAll(() => service?.close());

describe('demo seed', () => {
  it('writes every demo question and answer once, however often it runs', async () => {
    const em = service.orm.em.fork();
    expect(await em.count(Question, {})).toBe(DEMO_QUESTIONS.length);
    expect(await em.count(Answer, {})).toBe(DEMO_QUESTIONS.reduce((sum, q) => sum + q.answers.length, 0));
  });

  it('publishes no events', async () => {
    const [row] = await service.orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from bus.event');
    expect(row?.n).toBe(0);
  });

  it('puts each question in its state, with its rating, claim and timings', async () => {
    const em = service.orm.em.fork();
    for (const demo of DEMO_QUESTIONS) {
      const question = await em.findOneOrFail(Question, { id: demo.id });
      expect(question.status).toBe(demo.state.toUpperCase());
      expect(question.rating).toBe(demo.rating ?? null);
      expect(Math.round((Date.now() - question.createdAt.getTime()) / 360_000) / 10).toBeCloseTo(demo.hoursAgo, 1);
      expect(question.claimedByUserId !== null).toBe(demo.state === 'claimed');
      if (demo.state === 'resolved') {
        const accepted = demo.answers.find((a) => a.accepted)!;
        expect(question.acceptedAnswerId).toBe(accepted.id);
        expect(question.resolvedAt!.getTime()).toBeGreaterThan(question.firstAnswerAt!.getTime());
        expect(question.resolvedAt!.getTime()).toBeLessThanOrEqual(Date.now());
      }
    }
  });

  it('is readable through the API, answers in order', async () => {
    const demo = DEMO_QUESTIONS.find((q) => q.answers.length > 1)!;
    const result = await call(service, ANONYMOUS, 'query ($id: ID!) { question(id: $id) { status rating answers { id accepted } } }', { id: demo.id });
    expect(result.data?.question).toEqual({
      status: 'RESOLVED',
      rating: demo.rating,
      answers: demo.answers.map((a) => ({ id: a.id, accepted: a.accepted ?? false })),
    });
  });

  it('shows the demo’s escalated questions redacted to the public and in full to the brand’s agents', async () => {
    const escalated = DEMO_QUESTIONS.filter((q) => q.state === 'escalated');
    expect(escalated.length).toBeGreaterThan(0);
    const QUERY = 'query ($id: ID!) { question(id: $id) { body personalDataRedacted escalation { reason } } }';
    for (const demo of escalated) {
      const visitor = await call<{ question: { body: string; personalDataRedacted: boolean } }>(service, ANONYMOUS, QUERY, { id: demo.id });
      expect(visitor.data?.question).toMatchObject({ personalDataRedacted: true, escalation: { reason: 'PERSONAL_DATA' } });
      expect(visitor.data?.question.body).toMatch(/\[(iban|account|card)\]/);
      const agent = member(demo.brandId, ['agent']);
      expect((await call(service, agent.viewer, QUERY, { id: demo.id })).data?.question).toMatchObject({ body: demo.body, personalDataRedacted: false });
    }
  });
});
