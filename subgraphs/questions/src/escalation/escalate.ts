// The one way a question reaches the agents, whoever triggers it (asker, SLA clock, personal data).
import type { EntityManager } from '@peerdesk/runtime/database';
import { QUESTION_ESCALATED, type QuestionEscalated } from '@peerdesk/runtime/events.contract';
import { publishEvent } from '@peerdesk/runtime/events';
import { type EscalationReason, Question, QuestionStatus } from '../question/question.entity.ts';

/** Escalates a question loaded in `em` (inside a transaction): any claim ends, agents are told. */
export async function escalate(em: EntityManager, question: Question, reason: EscalationReason, note: string | null = null): Promise<void> {
  const now = new Date();
  question.status = QuestionStatus.ESCALATED;
  question.escalationReason = reason;
  question.escalationNote = note;
  question.escalatedAt = now;
  question.claimedByUserId = null;
  question.claimId = null;
  question.claimedAt = null;
  question.claimExpiresAt = null;
  em.persist(question);
  await em.flush();
  const event: QuestionEscalated = { questionId: question.id, brandId: question.brandId, reason, escalatedAt: now.toISOString() };
  await publishEvent(em, QUESTION_ESCALATED, { ...event });
}
