// Reacts to resolutions and votes: credits the expert, then (after commit) pushes the brand's new leaderboards live.
import type { EventHandler } from '@peerdesk/runtime/events';
import { ANSWER_VOTED, QUESTION_RESOLVED, type AnswerVoted, type QuestionResolved } from '@peerdesk/runtime/events.contract';
import type { Orm } from '@peerdesk/runtime/database';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { publishLeaderboards } from '../leaderboard/leaderboard.publisher.ts';
import { ReputationService } from './reputation.service.ts';
import { VoteService } from './reputation.votes.ts';

export function reputationConsumers({ orm, pubsub }: { orm: Orm; pubsub: PubSub }): Record<string, EventHandler> {
  return {
    [QUESTION_RESOLVED]: async (event, em, hooks) => {
      const resolved = event.payload as unknown as QuestionResolved;
      const written = await new ReputationService(em).applyResolution(event.id, resolved);
      if (written > 0) hooks.afterCommit(() => publishLeaderboards(orm, pubsub, resolved.brandId));
    },
    [ANSWER_VOTED]: async (event, em, hooks) => {
      const vote = event.payload as unknown as AnswerVoted;
      const changed = await new VoteService(em).applyVote(event.id, vote);
      if (changed) hooks.afterCommit(() => publishLeaderboards(orm, pubsub, vote.brandId));
    },
  };
}
