// Claim expiry, scheduled on the bus at claim time so it survives restarts.
import type { EventHandler } from '@peerdesk/runtime/events';
import { CLAIM_EXPIRED, type ClaimExpired } from '@peerdesk/runtime/events.contract';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { announceUpdate } from '../feed/feed.topics.ts';
import { releaseClaim } from './claim.release.ts';

export const claimConsumers = (pubsub: PubSub): Record<string, EventHandler> => ({
  [CLAIM_EXPIRED]: async (event, em, hooks) => {
    const { questionId, claimId } = event.payload as unknown as ClaimExpired;
    if (await releaseClaim(em, questionId, claimId, 'CLAIM_EXPIRED')) hooks.afterCommit(() => announceUpdate(pubsub, questionId));
  },
});
