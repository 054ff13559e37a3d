import { randomUUID } from 'node:crypto';
import { QUESTION_ASKED, QUESTION_CLOSED } from '@peerdesk/runtime/events.contract';
import { expertId } from '@peerdesk/runtime/ids';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Expert, ExpertStatus } from '../expert/expert.entity.ts';
import { ReputationEvent } from '../reputation/reputation.entity.ts';
import { experts } from '../service.ts';
import { settle } from '../testing/experts.factory.ts';
import { connectInbox } from '../testing/inbox.client.ts';
import { offersOf, publish, questionAsked } from '../testing/routing.factory.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('experts');
  await migrateService(experts, databaseUrl);
  service = await startService(experts, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

const EXPERTS = 1000;
const QUESTIONS = 10;
const CATEGORIES = ['roaming', 'fibra', 'movil', 'facturacion'];

/** A brand of 1,000 experts with mixed skills, languages and reputation, plus one clear favourite. */
async function bigBrand(brandId: string): Promise<string> {
  const favourite = randomUUID();
  const rows = Array.from({ length: EXPERTS }, (_, i) => {
    const userId = i === 0 ? favourite : randomUUID();
    return {
      id: expertId(brandId, userId),
      userId,
      brandId,
      status: ExpertStatus.ACTIVE,
      skills: i === 0 ? ['roaming'] : [CATEGORIES[i % 4]!, CATEGORIES[(i + 1) % 4]!],
      languages: i % 3 === 0 ? ['es', 'en'] : i % 3 === 1 ? ['es'] : ['en'],
      bio: '',
      available: i % 10 !== 9,
      createdAt: new Date(),
    };
  });
  const em = service.orm.em.fork();
  await em.createQueryBuilder(Expert).insert(rows).execute();
  const ledger = rows.flatMap((row, i) =>
    [0, 1, 2].map(() => ({
      id: randomUUID(),
      expertId: row.id,
      brandId,
      points: i === 0 ? 3000 : (i * 37) % 150,
      reason: 'SEED' as const,
      questionId: null,
      eventId: null,
      createdAt: new Date(),
    })),
  );
  await em.createQueryBuilder(ReputationEvent).insert(ledger).execute();
  return favourite;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

it(`routes a question among ${EXPERTS} experts and reaches the best one's inbox over graphql-ws`, async () => {
  const brandId = randomUUID();
  const favourite = await bigBrand(brandId);
  const inbox = await connectInbox(service, favourite);
  const timings: number[] = [];
  try {
    for (let q = 0; q < QUESTIONS; q++) {
      const asked = questionAsked(brandId);
      const started = performance.now();
      await publish(service.orm, QUESTION_ASKED, asked);
      const message = await inbox.next();
      timings.push(performance.now() - started);
      expect(message).toMatchObject({ kind: 'OFFERED', offer: { question: { id: asked.questionId }, wave: 1 } });
      await settle(service);
      const offers = await offersOf(service.orm, asked.questionId);
      expect(offers).toHaveLength(5);
      expect(offers[0]!.userId).toBe(favourite);
      // Close it so the favourite's load does not build up across iterations.
      await publish(service.orm, QUESTION_CLOSED, { questionId: asked.questionId, brandId, closedAt: new Date().toISOString() });
      expect((await inbox.next()).kind).toBe('WITHDRAWN');
    }
  } finally {
    await inbox.close();
  }
  const sorted = [...timings].sort((a, b) => a - b);
  console.log(
    `QuestionAsked published → first offer on graphql-ws, ${EXPERTS} experts, ${QUESTIONS} questions: ` +
      `p50 ${percentile(sorted, 50).toFixed(1)} ms, p90 ${percentile(sorted, 90).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
  );
}, 120_000);
