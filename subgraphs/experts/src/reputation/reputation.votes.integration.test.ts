import { randomUUID } from 'node:crypto';
import { ANSWER_VOTED, type AnswerVoted, type VoteValue } from '@peerdesk/runtime/events.contract';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Expert } from '../expert/expert.entity.ts';
import { LeaderboardPeriod, leaderboardTopic } from '../leaderboard/leaderboard.period.ts';
import type { LeaderboardPayload } from '../leaderboard/leaderboard.types.ts';
import { experts } from '../service.ts';
import { createExpert, settle } from '../testing/experts.factory.ts';
import { publish } from '../testing/routing.factory.ts';
import { DAILY_VOTE_CAP } from './reputation.rules.ts';
import { ReputationService } from './reputation.service.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('experts');
  await migrateService(experts, databaseUrl);
  service = await startService(experts, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

const reputation = async (expert: Expert) => (await new ReputationService(service.orm.em.fork()).totals([expert.id]))[0];

/** One answer by `expert`, and a function casting a voter's changed vote on it. */
function answerBy(expert: Expert) {
  const answerId = randomUUID();
  const questionId = randomUUID();
  const last = new Map<string, VoteValue>();
  let clock = Date.now();
  return async (voterUserId: string, value: VoteValue, options: { votedAt?: Date } = {}) => {
    const payload: AnswerVoted = {
      answerId,
      questionId,
      brandId: expert.brandId,
      authorUserId: expert.userId,
      voterUserId,
      value,
      previousValue: last.get(voterUserId) ?? 'NONE',
      votedAt: (options.votedAt ?? new Date((clock += 1000))).toISOString(),
    };
    last.set(voterUserId, value);
    const eventId = await publish(service.orm, ANSWER_VOTED, payload);
    await settle(service);
    return eventId;
  };
}

describe('AnswerVoted', () => {
  it('credits +10 for an upvote, −2 for a downvote, and reverses a changed vote exactly', async () => {
    const expert = await createExpert(service.orm, randomUUID());
    const vote = answerBy(expert);
    const voter = randomUUID();
    await vote(voter, 'UP');
    expect(await reputation(expert)).toBe(10);
    await vote(voter, 'DOWN');
    expect(await reputation(expert)).toBe(-2);
    await vote(voter, 'NONE');
    expect(await reputation(expert)).toBe(0);
    await vote(randomUUID(), 'DOWN');
    expect(await reputation(expert)).toBe(-2);
  });

  it('stops upvote gains at the daily cap; withdrawing a vote frees room again', async () => {
    const expert = await createExpert(service.orm, randomUUID());
    const vote = answerBy(expert);
    const voters = Array.from({ length: DAILY_VOTE_CAP / 10 + 1 }, () => randomUUID());
    for (const voter of voters) await vote(voter, 'UP');
    expect(await reputation(expert)).toBe(DAILY_VOTE_CAP);
    // The last upvote was credited nothing, so withdrawing it takes nothing back.
    await vote(voters.at(-1)!, 'NONE');
    expect(await reputation(expert)).toBe(DAILY_VOTE_CAP);
    await vote(voters[0]!, 'NONE');
    expect(await reputation(expert)).toBe(DAILY_VOTE_CAP - 10);
    await vote(randomUUID(), 'UP');
    expect(await reputation(expert)).toBe(DAILY_VOTE_CAP);
    // Downvotes always apply.
    await vote(randomUUID(), 'DOWN');
    expect(await reputation(expert)).toBe(DAILY_VOTE_CAP - 2);
  });

  it('ignores replays, stale events and votes on one’s own answer', async () => {
    const expert = await createExpert(service.orm, randomUUID());
    const vote = answerBy(expert);
    const voter = randomUUID();
    const eventId = await vote(voter, 'UP');
    await service.orm.em.fork().execute("insert into bus.delivery (consumer, event_id) values ('experts', ?)", [eventId]);
    await settle(service);
    expect(await reputation(expert)).toBe(10);
    await vote(voter, 'NONE', { votedAt: new Date(Date.now() - 3_600_000) });
    expect(await reputation(expert)).toBe(10);
    await vote(expert.userId, 'UP');
    expect(await reputation(expert)).toBe(10);
  });

  it('pushes the new leaderboard after a vote', async () => {
    const expert = await createExpert(service.orm, randomUUID());
    const updates = service.pubsub.subscribe<LeaderboardPayload>(leaderboardTopic(expert.brandId, LeaderboardPeriod.DAY));
    try {
      await answerBy(expert)(randomUUID(), 'UP');
      const next = await Promise.race([updates.next(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no update')), 10_000))]);
      expect(next.value?.entries).toEqual([{ expertId: expert.id, points: 10, resolutions: 0, rank: 1, previousRank: null }]);
    } finally {
      await updates.return?.();
    }
  });
});
