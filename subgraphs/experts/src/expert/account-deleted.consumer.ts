// A person deleted their account: each of their expert profiles is withdrawn from routing (suspended, unavailable,
// bio erased) and their open offers are withdrawn. Reputation stays: the points were earned by answers that stay,
// and leaderboards keep their history under "deleted user".
import type { EventHandler } from '@peerdesk/runtime/events';
import { ACCOUNT_DELETED, type AccountDeleted } from '@peerdesk/runtime/events.contract';
import { OfferStatus, Offer } from '../inbox/offer.entity.ts';
import { Expert, ExpertStatus } from './expert.entity.ts';

// Setting the same values again changes nothing, so a repeated delivery is harmless.
export const accountDeletedConsumers = (): Record<string, EventHandler> => ({
  [ACCOUNT_DELETED]: async (event, em) => {
    const { userId, deletedAt } = event.payload as unknown as AccountDeleted;
    for (const expert of await em.find(Expert, { userId })) {
      expert.status = ExpertStatus.SUSPENDED;
      expert.available = false;
      expert.bio = '';
    }
    for (const offer of await em.find(Offer, { userId, status: OfferStatus.OFFERED })) {
      offer.status = OfferStatus.WITHDRAWN;
      offer.respondedAt = new Date(deletedAt);
    }
    await em.flush();
  },
});
