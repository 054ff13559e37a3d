import { DEMO_QUESTIONS } from '@peerdesk/runtime/demo/community';
import { seedService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { ANONYMOUS } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Answer } from './answer/answer.entity.ts';
import { Question } from './question/question.entity.ts';
import { questions } from './service.ts';
import { call, startQuestions } from './testing/questions.fixtures.ts';

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
});
