// Seeds the demo experts and a reputation history that adds up to their demo reputation (idempotent).
import type { EntityManager } from '@peerdesk/runtime/database';
import { DEMO_BRANDS, DEMO_EXPERTS, DEMO_QUESTIONS, accountByEmail, type DemoExpert } from '@peerdesk/runtime/demo/community';
import { demoId } from '@peerdesk/runtime/demo/ids';
import { expertId } from '@peerdesk/runtime/ids';
import { Expert, ExpertStatus } from './expert/expert.entity.ts';
import { ReputationEvent } from './reputation/reputation.entity.ts';
import { awardsForResolution } from './reputation/reputation.rules.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Each bucket is spread over two rows at these ages (days): older than a month, this month, this week, today. */
const BUCKET_AGES_DAYS = [
  [39, 33],
  [20, 11],
  [5, 2.5],
  [0.4, 0.1],
];
/**
 * Share of each expert's reputation per bucket, by the expert's place in the brand. Newer experts were more active
 * lately, so the day, week, month and all-time boards each have a different leader.
 */
const BUCKET_SHARES = [
  [0.9, 0.07, 0.02, 0.01],
  [0.6, 0.3, 0.07, 0.03],
  [0.4, 0.3, 0.25, 0.05],
  [0.3, 0.2, 0.3, 0.2],
  [0.5, 0.2, 0.2, 0.1],
];

type LedgerRow = Omit<ReputationEvent, 'eventId'>;

/** Reputation earned on the demo questions already resolved, as the consumer would have credited it. */
function resolutionRows(now: number): LedgerRow[] {
  return DEMO_QUESTIONS.filter((q) => q.state === 'resolved').flatMap((q) => {
    const accepted = q.answers.find((a) => a.accepted);
    const brand = DEMO_BRANDS.find((b) => b.id === q.brandId);
    if (!accepted || !brand) return [];
    const firstAnswerMinutes = Math.min(...q.answers.map((a) => a.minutesAfterAsk));
    const resolvedAt = new Date(now - q.hoursAgo * HOUR_MS + (accepted.minutesAfterAsk + 30) * 60_000);
    const awards = awardsForResolution({ rating: q.rating ?? 3, timeToFirstAnswerMs: firstAnswerMinutes * 60_000, slaMinutes: brand.slaMinutes });
    return awards.map((award) => ({
      id: demoId(`reputation:${q.id}:${award.reason}`),
      expertId: expertId(q.brandId, accountByEmail(accepted.expertEmail).id),
      brandId: q.brandId,
      points: award.points,
      reason: award.reason,
      questionId: q.id,
      createdAt: resolvedAt,
    }));
  });
}

/** SEED rows making up the rest of the expert's demo reputation, spread over the last 40 days. */
function seedRows(expert: DemoExpert, place: number, earnedOnQuestions: number, now: number): LedgerRow[] {
  const total = expert.reputation - earnedOnQuestions;
  const shares = BUCKET_SHARES[place] ?? BUCKET_SHARES[0]!;
  const amounts = shares.map((share) => Math.round(total * share));
  amounts[0]! += total - amounts.reduce((sum, a) => sum + a, 0);
  return amounts.flatMap((amount, bucket) => {
    const half = Math.floor(amount / 2);
    return [half, amount - half].map((points, k) => ({
      id: demoId(`reputation:seed:${expert.id}:${bucket}:${k}`),
      expertId: expert.id,
      brandId: expert.brandId,
      points,
      reason: 'SEED' as const,
      questionId: null,
      createdAt: new Date(now - BUCKET_AGES_DAYS[bucket]![k]! * DAY_MS),
    }));
  });
}

export async function seedExperts(em: EntityManager): Promise<void> {
  const now = Date.now();
  const existingExperts = new Set((await em.find(Expert, { id: { $in: DEMO_EXPERTS.map((e) => e.id) } })).map((e) => e.id));
  for (const e of DEMO_EXPERTS) {
    if (existingExperts.has(e.id)) continue;
    em.create(Expert, {
      id: e.id,
      userId: e.userId,
      brandId: e.brandId,
      status: ExpertStatus.ACTIVE,
      skills: e.skills,
      languages: e.languages,
      bio: e.bio,
      available: true,
      createdAt: new Date(now - 45 * DAY_MS),
    });
  }
  await em.flush();

  const onQuestions = resolutionRows(now);
  const rows = [
    ...onQuestions,
    ...DEMO_EXPERTS.flatMap((e) => {
      const place = DEMO_EXPERTS.filter((other) => other.brandId === e.brandId).indexOf(e);
      const earned = onQuestions.filter((row) => row.expertId === e.id).reduce((sum, row) => sum + row.points, 0);
      return seedRows(e, place, earned, now);
    }),
  ].filter((row) => row.points !== 0);
  const existingRows = new Set((await em.find(ReputationEvent, { id: { $in: rows.map((r) => r.id) } })).map((r) => r.id));
  for (const row of rows) if (!existingRows.has(row.id)) em.create(ReputationEvent, { ...row, eventId: null });
  await em.flush();
}
