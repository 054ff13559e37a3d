// Live topics: one per user, so a signed-in expert hears about earnings and payouts in every brand they answer in.
import type { PubSub } from '@peerdesk/runtime/pubsub';
import type { PayoutStatus } from '../payout/payout.entity.ts';

export type EarningMessage = { earningId: string } | { payoutId: string; status: PayoutStatus };

export const earningsTopic = (userId: string) => `earnings:${userId}`;

/** Tells the expert's live `earnings` that a payout reached `status` (call it once that state has committed). */
export function announcePayout(pubsub: PubSub, payout: { id: string; expertUserId: string }, status: PayoutStatus): Promise<void> {
  return pubsub.publish(earningsTopic(payout.expertUserId), { payoutId: payout.id, status } satisfies EarningMessage);
}
