// The SLA clock: scheduled on the bus at ask time, so it survives restarts; escalates only what is still unresolved.
import { LockMode } from '@mikro-orm/core';
import type { EventHandler } from '@peerdesk/runtime/events';
import { SLA_DEADLINE, type SlaDeadline } from '@peerdesk/runtime/events.contract';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { announceToAgents, announceUpdate } from '../feed/feed.topics.ts';
import { ACTIVE_STATUSES, EscalationReason, Question } from '../question/question.entity.ts';
import { escalate } from './escalate.ts';

export const escalationConsumers = (pubsub: PubSub): Record<string, EventHandler> => ({
  [SLA_DEADLINE]: async (event, em, hooks) => {
    const { questionId } = event.payload as unknown as SlaDeadline;
    const question = await em.findOne(Question, { id: questionId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!question || !ACTIVE_STATUSES.includes(question.status)) return;
    await escalate(em, question, EscalationReason.SLA_BREACH);
    hooks.afterCommit(async () => {
      await announceUpdate(pubsub, questionId);
      await announceToAgents(pubsub, question.brandId, questionId);
    });
  },
});
