// Votes on answers: +10 per upvote (within the daily cap), −2 per downvote, and exact reversals when a vote changes.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@peerdesk/runtime/database';
import type { AnswerVoted, VoteValue } from '@peerdesk/runtime/events.contract';
import { ExpertService } from '../expert/expert.service.ts';
import { ReputationEvent } from './reputation.entity.ts';
import { DOWNVOTE_POINTS, UPVOTE_POINTS, cappedVotePoints, type ReputationReason } from './reputation.rules.ts';

const REASON: Record<Exclude<VoteValue, 'NONE'>, ReputationReason> = { UP: 'UPVOTE', DOWN: 'DOWNVOTE' };

interface CreditRow {
  value: VoteValue;
  points: number;
  voted_at: Date | string;
}

export class VoteService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Applies one voter's new vote on an answer. What the previous vote credited (after the cap) is reversed exactly, so
   * UP → NONE → UP never drifts. The voter's current vote is kept per (answer, voter), so a stale event (older than
   * the vote already applied) changes nothing. Returns whether the author's reputation changed.
   */
  async applyVote(eventId: string, vote: AnswerVoted): Promise<boolean> {
    if (vote.voterUserId === vote.authorUserId) return false;
    const votedAt = new Date(vote.votedAt);
    const expertId = await new ExpertService(this.em).ensure(vote.brandId, vote.authorUserId, null);
    const [current] = await this.em.execute<CreditRow[]>(
      'select value, points, voted_at from experts.vote_credit where answer_id = ? and voter_user_id = ? for update',
      [vote.answerId, vote.voterUserId],
    );
    if (current && new Date(current.voted_at) >= votedAt) return false;
    const previous = current?.value ?? 'NONE';
    if (previous === vote.value) return false;

    const rows: Omit<ReputationEvent, 'id'>[] = [];
    const row = (reason: ReputationReason, points: number) => ({
      expertId,
      brandId: vote.brandId,
      points,
      reason,
      questionId: vote.questionId,
      eventId,
      createdAt: new Date(),
    });
    if (previous !== 'NONE' && current!.points !== 0) rows.push(row(REASON[previous], -current!.points));
    if (rows.length) await this.insert(rows);

    let credited = 0;
    if (vote.value === 'UP') credited = cappedVotePoints(UPVOTE_POINTS, await this.gainedFromVotesToday(expertId));
    if (vote.value === 'DOWN') credited = DOWNVOTE_POINTS;
    if (vote.value !== 'NONE' && credited !== 0) await this.insert([row(REASON[vote.value], credited)]);

    await this.em.execute(
      `insert into experts.vote_credit (answer_id, voter_user_id, expert_id, value, points, voted_at) values (?, ?, ?, ?, ?, ?)
       on conflict (answer_id, voter_user_id) do update set value = excluded.value, points = excluded.points, voted_at = excluded.voted_at`,
      [vote.answerId, vote.voterUserId, expertId, vote.value, credited, votedAt],
    );
    return rows.length > 0 || credited !== 0;
  }

  /** Net upvote points credited to the expert since the start of the current UTC day. */
  private async gainedFromVotesToday(expertId: string): Promise<number> {
    const [row] = await this.em.execute<{ gained: number }[]>(
      `select coalesce(sum(points), 0)::int as gained from experts.reputation_event
        where expert_id = ? and reason = 'UPVOTE' and created_at >= date_trunc('day', now() at time zone 'utc') at time zone 'utc'`,
      [expertId],
    );
    return row?.gained ?? 0;
  }

  private async insert(rows: Omit<ReputationEvent, 'id'>[]): Promise<void> {
    await this.em
      .createQueryBuilder(ReputationEvent)
      .insert(rows.map((r) => ({ id: randomUUID(), ...r })))
      .onConflict(['eventId', 'reason'])
      .ignore()
      .execute();
  }
}
