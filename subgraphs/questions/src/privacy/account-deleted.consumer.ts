// A person deleted their account: their questions and answers stay (identity shows their author as a deleted
// user), but the personal data they typed is erased for good and a claim they held goes back to routing.
import type { EventHandler } from '@peerdesk/runtime/events';
import { ACCOUNT_DELETED, type AccountDeleted } from '@peerdesk/runtime/events.contract';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { Answer } from '../answer/answer.entity.ts';
import { releaseClaim } from '../claim/claim.release.ts';
import { announceUpdate } from '../feed/feed.topics.ts';
import { Question } from '../question/question.entity.ts';
import { publicText } from './visibility.ts';

// Redacting redacted text changes nothing, so a repeated delivery writes nothing new.
export const accountDeletedConsumers = (pubsub: PubSub): Record<string, EventHandler> => ({
  [ACCOUNT_DELETED]: async (event, em, hooks) => {
    const { userId } = event.payload as unknown as AccountDeleted;
    const asked = await em.find(Question, { authorId: userId });
    for (const question of asked) {
      question.title = publicText(question.brandId, question.title);
      question.body = publicText(question.brandId, question.body);
      question.escalationNote = null;
    }
    // Agents' private replies to the person were about their account.
    const replies = asked.length ? await em.find(Answer, { questionId: { $in: asked.map((q) => q.id) }, isPrivate: true }) : [];
    for (const reply of replies) reply.body = publicText(reply.brandId, reply.body);
    await em.flush();
    const claimed = await em.find(Question, { claimedByUserId: userId, claimId: { $ne: null } });
    const released: string[] = [];
    for (const question of claimed)
      if (await releaseClaim(em, question.id, question.claimId!, 'CLAIM_RELEASED')) released.push(question.id);
    hooks.afterCommit(async () => {
      for (const id of new Set([...asked.map((q) => q.id), ...released])) await announceUpdate(pubsub, id);
    });
  },
});
