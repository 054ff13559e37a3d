// Badges follow accepted answers: each QuestionResolved may earn the expert new ones.
import type { EventHandler } from '@peerdesk/runtime/events';
import { QUESTION_RESOLVED, type QuestionResolved } from '@peerdesk/runtime/events.contract';
import { BadgeService } from './badge.service.ts';

export function badgeConsumers(): Record<string, EventHandler> {
  return {
    [QUESTION_RESOLVED]: async (event, em) => {
      await new BadgeService(em).applyResolution(event.payload as unknown as QuestionResolved);
    },
  };
}
