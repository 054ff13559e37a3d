// A person deleted their account: their deflections stay counted for the brand, but no longer point at them, and
// the text they typed while searching (it may hold anything about them) is erased.
import type { EventHandler } from '@peerdesk/runtime/events';
import { ACCOUNT_DELETED, type AccountDeleted } from '@peerdesk/runtime/events.contract';
import { Deflection } from './deflection.entity.ts';

// After the first delivery no row points at the person, so a repeated one updates nothing.
export const accountDeletedConsumers = (): Record<string, EventHandler> => ({
  [ACCOUNT_DELETED]: async (event, em) => {
    const { userId } = event.payload as unknown as AccountDeleted;
    await em.nativeUpdate(Deflection, { viewerUserId: userId }, { viewerUserId: null, text: '' });
  },
});
