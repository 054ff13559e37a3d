// Seeds the demo community's questions and answers in their states, timed relative to now. Idempotent: existing
// ids are kept. No events are published: every service seeds its own part from the same description.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@peerdesk/runtime/database';
import { accountByEmail, DEMO_QUESTIONS, type DemoQuestion, type DemoQuestionState } from '@peerdesk/runtime/demo/community';
import { Answer } from './answer/answer.entity.ts';
import { detectPersonalData } from './privacy/personal-data.ts';
import { personalDataOptions } from './privacy/visibility.ts';
import { EscalationReason, Question, QuestionStatus } from './question/question.entity.ts';

const STATUS: Record<DemoQuestionState, QuestionStatus> = {
  open: QuestionStatus.OPEN,
  claimed: QuestionStatus.CLAIMED,
  answered: QuestionStatus.ANSWERED,
  resolved: QuestionStatus.RESOLVED,
  escalated: QuestionStatus.ESCALATED,
};

/** How long after the accepted answer the demo askers mark their questions resolved. */
const MINUTES_TO_ACCEPT = 25;
/** A seeded claim stays live this long after seeding, so the demo shows a held question. */
const DEMO_CLAIM_MINUTES = 15;

const MINUTE = 60_000;

export async function seedQuestions(em: EntityManager, now = new Date()): Promise<void> {
  const fresh: DemoQuestion[] = [];
  for (const demo of DEMO_QUESTIONS) {
    if (!(await em.count(Question, { id: demo.id }))) fresh.push(demo);
  }
  const answers = fresh.flatMap((demo) => seedQuestion(em, demo, now));
  // Questions first: answers reference them, and the ORM does not order inserts by a plain uuid column.
  await em.flush();
  for (const answer of answers) em.persist(answer);
  await em.flush();
}

/** Creates the question and returns its answers, not yet persisted. */
function seedQuestion(em: EntityManager, demo: DemoQuestion, now: Date): Answer[] {
  const askedAt = new Date(now.getTime() - demo.hoursAgo * 60 * MINUTE);
  const answers = demo.answers.map((a) => ({ ...a, at: new Date(askedAt.getTime() + a.minutesAfterAsk * MINUTE) }));
  const accepted = answers.find((a) => a.accepted);
  const resolvedAt = accepted ? new Date(Math.min(now.getTime(), accepted.at.getTime() + MINUTES_TO_ACCEPT * MINUTE)) : null;
  const firstAnswerAt = answers.length ? new Date(Math.min(...answers.map((a) => a.at.getTime()))) : null;
  const claimed = demo.state === 'claimed' && demo.claimedByEmail;
  const escalated = demo.state === 'escalated';
  const holdsPersonalData = detectPersonalData(`${demo.title}\n${demo.body}`, personalDataOptions(demo.brandId)).length > 0;
  const lastChange = Math.max(askedAt.getTime(), resolvedAt?.getTime() ?? 0, ...answers.map((a) => Math.min(a.at.getTime(), now.getTime())));
  em.create(Question, {
    id: demo.id,
    brandId: demo.brandId,
    authorId: accountByEmail(demo.authorEmail).id,
    title: demo.title,
    body: demo.body,
    category: demo.category,
    language: demo.language,
    status: STATUS[demo.state],
    claimedByUserId: claimed ? accountByEmail(demo.claimedByEmail!).id : null,
    claimExpiresAt: claimed ? new Date(now.getTime() + DEMO_CLAIM_MINUTES * MINUTE) : null,
    claimId: claimed ? randomUUID() : null,
    claimedAt: claimed ? now : null,
    // The demo's escalated questions hold a card/order reference or an IBAN: escalated for personal data, as asking would.
    escalationReason: escalated ? (holdsPersonalData ? EscalationReason.PERSONAL_DATA : EscalationReason.ASKER_REQUEST) : null,
    escalatedAt: escalated ? askedAt : null,
    firstAnswerAt,
    resolvedAt,
    acceptedAnswerId: accepted?.id ?? null,
    rating: demo.rating ?? null,
    ratingComment: demo.ratingComment ?? null,
    createdAt: askedAt,
    updatedAt: new Date(lastChange),
  });
  return answers.map((a) =>
    em.create(
      Answer,
      {
        id: a.id,
        questionId: demo.id,
        brandId: demo.brandId,
        authorId: accountByEmail(a.expertEmail).id,
        body: a.body,
        accepted: a.accepted ?? false,
        createdAt: a.at,
      },
      { persist: false },
    ),
  );
}
