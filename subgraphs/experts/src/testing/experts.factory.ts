// Test factories: each test builds its own brand, experts, ledger rows and events (no shared fixtures).
import { randomUUID } from 'node:crypto';
import type { Orm } from '@peerdesk/runtime/database';
import { publishEvent } from '@peerdesk/runtime/events';
import { QUESTION_RESOLVED, type QuestionResolved } from '@peerdesk/runtime/events.contract';
import { expertId } from '@peerdesk/runtime/ids';
import type { RunningService } from '@peerdesk/runtime/service';
import { Expert, ExpertStatus } from '../expert/expert.entity.ts';
import { ReputationEvent } from '../reputation/reputation.entity.ts';
import type { ReputationReason } from '../reputation/reputation.rules.ts';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export async function createExpert(orm: Orm, brandId: string, overrides: Partial<Expert> = {}): Promise<Expert> {
  const userId = overrides.userId ?? randomUUID();
  const em = orm.em.fork();
  const expert = em.create(Expert, {
    id: expertId(brandId, userId),
    userId,
    brandId,
    status: ExpertStatus.ACTIVE,
    skills: ['gameplay'],
    languages: ['en'],
    bio: 'Test expert.',
    ...overrides,
  });
  await em.flush();
  return expert;
}

/** Appends ledger rows for an expert, `hoursAgo` before now. */
export async function addReputation(
  orm: Orm,
  expert: Expert,
  rows: { points: number; reason?: ReputationReason; hoursAgo?: number }[],
): Promise<void> {
  const em = orm.em.fork();
  for (const row of rows) {
    em.create(ReputationEvent, {
      expertId: expert.id,
      brandId: expert.brandId,
      points: row.points,
      reason: row.reason ?? 'SEED',
      createdAt: new Date(Date.now() - (row.hoursAgo ?? 0) * HOUR_MS),
    });
  }
  await em.flush();
}

export function questionResolved(brandId: string, expertUserId: string, overrides: Partial<QuestionResolved> = {}): QuestionResolved {
  const resolvedAt = Date.now();
  return {
    questionId: randomUUID(),
    brandId,
    category: 'gameplay',
    language: 'en',
    title: 'How do I beat the raid boss?',
    body: 'We keep wiping at phase two.',
    answerId: randomUUID(),
    answerBody: 'Spread out before the nova.',
    expertUserId,
    rating: 5,
    askedAt: new Date(resolvedAt - 30 * 60_000).toISOString(),
    firstAnswerAt: new Date(resolvedAt - 25 * 60_000).toISOString(),
    resolvedAt: new Date(resolvedAt).toISOString(),
    timeToFirstAnswerMs: 5 * 60_000,
    timeToResolutionMs: 30 * 60_000,
    ...overrides,
  };
}

/** Publishes a QuestionResolved as the questions service does: in a transaction, through the outbox. */
export function publishResolved(orm: Orm, payload: QuestionResolved): Promise<string> {
  return orm.em.fork().transactional((em) => publishEvent(em, QUESTION_RESOLVED, { ...payload }));
}

/**
 * Waits until the service has applied every delivery due to it. The service's own consumer loop may be applying one
 * while the test drains, so `drain()` alone can return before that delivery commits.
 */
export async function settle(service: RunningService): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await service.consumer!.drain();
    const [row] = await service.orm.em
      .fork()
      .execute<{ pending: number }[]>("select count(*)::int as pending from bus.delivery where consumer = 'experts' and available_at <= now()");
    if (row?.pending === 0) return;
    if (Date.now() > deadline) throw new Error(`${row?.pending} deliveries still pending`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
