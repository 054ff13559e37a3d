// Live topics of the questions subgraph. Messages carry ids only; subscribers load the rest per event.
import { logger } from '@peerdesk/runtime/logger';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { registerEnumType } from 'type-graphql';

export enum QuestionFeedKind {
  ASKED = 'ASKED',
  ANSWERED = 'ANSWERED',
  RESOLVED = 'RESOLVED',
}

registerEnumType(QuestionFeedKind, { name: 'QuestionFeedKind' });

export interface FeedMessage {
  kind: QuestionFeedKind;
  questionId: string;
}

export interface UpdatedMessage {
  questionId: string;
}

export const feedTopic = (brandId: string) => `questionFeed:${brandId}`;
export const updatedTopic = (questionId: string) => `questionUpdated:${questionId}`;

/**
 * Announces a committed change to live subscribers. Called only after commit, so nobody sees a change that
 * rolled back; a failed notification is logged, never turned into a failed mutation (the change is saved).
 */
export async function announce(pubsub: PubSub, brandId: string, message: FeedMessage): Promise<void> {
  const topics: [string, unknown][] = [[feedTopic(brandId), message]];
  if (message.kind !== QuestionFeedKind.ASKED) topics.push([updatedTopic(message.questionId), { questionId: message.questionId }]);
  for (const [topic, payload] of topics) {
    await pubsub.publish(topic, payload).catch((error: unknown) => logger.warn('live publish failed', { topic, error: String(error) }));
  }
}

/** Tells `questionUpdated` subscribers of one question about a committed change that the brand feed does not carry. */
export async function announceUpdate(pubsub: PubSub, questionId: string): Promise<void> {
  const topic = updatedTopic(questionId);
  await pubsub.publish(topic, { questionId }).catch((error: unknown) => logger.warn('live publish failed', { topic, error: String(error) }));
}
