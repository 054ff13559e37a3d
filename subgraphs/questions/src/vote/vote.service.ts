// Votes on answers: one per user and answer (a new vote replaces it), counted on the answer, told to reputation.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@peerdesk/runtime/database';
import { forbidden, notFound } from '@peerdesk/runtime/errors';
import { ANSWER_VOTED, type AnswerVoted } from '@peerdesk/runtime/events.contract';
import { publishEvent } from '@peerdesk/runtime/events';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { requireRole, requireUser, type Viewer } from '@peerdesk/runtime/viewer';
import { Answer } from '../answer/answer.entity.ts';
import { announceUpdate } from '../feed/feed.topics.ts';
import { isUuid } from '../validation/uuid.ts';
import { VOTE_NUMBER, voteOf, type VoteAnswerInput, VoteValue } from './vote.type.ts';

export class VoteService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubsub: PubSub,
  ) {}

  async vote(viewer: Viewer, input: VoteAnswerInput): Promise<Answer> {
    requireUser(viewer);
    const { answer, changed } = await this.em.transactional(async (em) => {
      // The answer row lock serialises votes on it, so the counters always match the vote rows.
      const answer = isUuid(input.answerId) ? await em.findOne(Answer, { id: input.answerId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!answer || answer.isPrivate) throw notFound('Answer');
      const voter = requireRole(viewer, answer.brandId, ['customer', 'expert']);
      if (answer.authorId === voter.userId) throw forbidden('You cannot vote on your own answer.');
      const [row] = await em.execute<{ value: number }[]>('select value from questions.answer_vote where answer_id = ? and user_id = ?', [
        answer.id,
        voter.userId,
      ]);
      const previous = voteOf(row?.value);
      if (previous === input.value) return { answer, changed: false };
      if (input.value === VoteValue.NONE) {
        await em.execute('delete from questions.answer_vote where answer_id = ? and user_id = ?', [answer.id, voter.userId]);
      } else {
        await em.execute(
          `insert into questions.answer_vote (answer_id, user_id, value, voted_at) values (?, ?, ?, now())
           on conflict (answer_id, user_id) do update set value = excluded.value, voted_at = excluded.voted_at`,
          [answer.id, voter.userId, VOTE_NUMBER[input.value]],
        );
      }
      if (previous === VoteValue.UP) answer.upvotes -= 1;
      if (previous === VoteValue.DOWN) answer.downvotes -= 1;
      if (input.value === VoteValue.UP) answer.upvotes += 1;
      if (input.value === VoteValue.DOWN) answer.downvotes += 1;
      await em.flush();
      const event: AnswerVoted = {
        answerId: answer.id,
        questionId: answer.questionId,
        brandId: answer.brandId,
        authorUserId: answer.authorId,
        voterUserId: voter.userId,
        value: input.value,
        previousValue: previous,
        votedAt: new Date().toISOString(),
      };
      await publishEvent(em, ANSWER_VOTED, { ...event });
      return { answer, changed: true };
    });
    if (changed) await announceUpdate(this.pubsub, answer.questionId);
    return answer;
  }

  /** The viewer's own vote on each answer, in one query. */
  async votesOf(userId: string, answerIds: readonly string[]): Promise<VoteValue[]> {
    const rows = await this.em.execute<{ answer_id: string; value: number }[]>(
      `select answer_id, value from questions.answer_vote where user_id = ? and answer_id in (${answerIds.map(() => '?').join(', ')})`,
      [userId, ...answerIds],
    );
    const byAnswer = new Map(rows.map((row) => [row.answer_id, row.value]));
    return answerIds.map((id) => voteOf(byAnswer.get(id)));
  }
}
