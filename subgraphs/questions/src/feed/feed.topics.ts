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
export const escalationsTopic = (brandId: string) => `escalations:${brandId}`;

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

/** Tells the brand's agents (`escalationQueue`) that an escalation arrived or changed (taken, replied, closed). */
export async function announceToAgents(pubsub: PubSub, brandId: string, questionId: string): Promise<void> {
  const topic = escalationsTopic(brandId);
  await pubsub.publish(topic, { questionId }).catch((error: unknown) => logger.warn('live publish failed', { topic, error: String(error) }));
}

/** Tells `questionUpdated` subscribers of one question about a committed change that the brand feed does not carry. */
export async function announceUpdate(pubsub: PubSub, questionId: string): Promise<void> {
  const topic = updatedTopic(questionId);
  await pubsub.publish(topic, { questionId }).catch((error: unknown) => logger.warn('live publish failed', { topic, error: String(error) }));
}
