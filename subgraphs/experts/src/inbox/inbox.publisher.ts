import type { PubSub } from '@peerdesk/runtime/pubsub';
import { inboxTopic, type InboxNotice } from './inbox.topics.ts';

/** Pushes each notice to its expert's inbox topic. Call only after the change has committed. */
export async function publishInbox(pubsub: PubSub, notices: readonly InboxNotice[]): Promise<void> {
  await Promise.all(notices.map((notice) => pubsub.publish(inboxTopic(notice.offer.userId), notice)));
}
