import { randomUUID } from 'node:crypto';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { asViewer, graphql } from '@peerdesk/runtime/testing/client';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { ANONYMOUS } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpertStatus } from '../expert/expert.entity.ts';
import { experts } from '../service.ts';
import { addReputation, createExpert, publishResolved, questionResolved, settle } from '../testing/experts.factory.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('experts');
  await migrateService(experts, databaseUrl);
  service = await startService(experts, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

interface Board {
  brandId: string;
  period: string;
  updatedAt: string;
  entries: { rank: number; previousRank: number | null; points: number; resolutions: number; expert: { id: string } }[];
}

const LEADERBOARD = `query ($brandId: ID!, $period: LeaderboardPeriod!, $first: Int) {
  leaderboard(brandId: $brandId, period: $period, first: $first) {
    brandId period updatedAt entries { rank previousRank points resolutions expert { id } }
  }
}`;

async function leaderboard(brandId: string, period: string, first?: number) {
  return graphql<{ leaderboard: Board }>(service.url, LEADERBOARD, { brandId, period, first }, await asViewer(ANONYMOUS));
}

async function ranking(brandId: string, period: string): Promise<[string, number][]> {
  const result = await leaderboard(brandId, period);
  expect(result.errors).toBeUndefined();
  return result.data!.leaderboard.entries.map((e) => [e.expert.id, e.points]);
}

describe('leaderboard', () => {
  it('ranks experts by reputation gained in each period', async () => {
    const brandId = randomUUID();
    const [veteran, monthly, weekly, daily] = await Promise.all([1, 2, 3, 4].map(() => createExpert(service.orm, brandId)));
    await addReputation(service.orm, veteran!, [{ points: 100, hoursAgo: 35 * 24 }, { points: 5, hoursAgo: 2 }]);
    await addReputation(service.orm, monthly!, [{ points: 40, hoursAgo: 10 * 24 }]);
    await addReputation(service.orm, weekly!, [{ points: 30, hoursAgo: 3 * 24 }]);
    await addReputation(service.orm, daily!, [{ points: 20, hoursAgo: 1 }]);

    expect(await ranking(brandId, 'ALL_TIME')).toEqual([[veteran!.id, 105], [monthly!.id, 40], [weekly!.id, 30], [daily!.id, 20]]);
    expect(await ranking(brandId, 'MONTH')).toEqual([[monthly!.id, 40], [weekly!.id, 30], [daily!.id, 20], [veteran!.id, 5]]);
    expect(await ranking(brandId, 'WEEK')).toEqual([[weekly!.id, 30], [daily!.id, 20], [veteran!.id, 5]]);
    expect(await ranking(brandId, 'DAY')).toEqual([[daily!.id, 20], [veteran!.id, 5]]);
  });

  it('breaks ties by resolutions, then by expert id, and leaves suspended experts out', async () => {
    const brandId = randomUUID();
    const [resolver, a, b, suspended] = await Promise.all([
      createExpert(service.orm, brandId),
      createExpert(service.orm, brandId),
      createExpert(service.orm, brandId),
      createExpert(service.orm, brandId, { status: ExpertStatus.SUSPENDED }),
    ]);
    await addReputation(service.orm, resolver, [{ points: 15, reason: 'ACCEPTED_ANSWER' }, { points: 5, reason: 'PENALTY' }]);
    await addReputation(service.orm, a, [{ points: 20 }]);
    await addReputation(service.orm, b, [{ points: 20 }]);
    await addReputation(service.orm, suspended, [{ points: 500 }]);

    const result = await leaderboard(brandId, 'ALL_TIME');
    const [first, second, third] = [resolver.id, ...[a.id, b.id].sort()];
    expect(result.data!.leaderboard.entries.map((e) => [e.rank, e.expert.id, e.resolutions])).toEqual([
      [1, first, 1],
      [2, second, 0],
      [3, third, 0],
    ]);
  });

  it('shows the rank each expert held before the latest resolution', async () => {
    const brandId = randomUUID();
    const [leader, challenger] = await Promise.all([createExpert(service.orm, brandId), createExpert(service.orm, brandId)]);
    await addReputation(service.orm, leader, [{ points: 50 }]);
    await addReputation(service.orm, challenger, [{ points: 40 }]);
    await publishResolved(service.orm, questionResolved(brandId, challenger.userId, { rating: 5 }));
    await settle(service);

    const board = (await leaderboard(brandId, 'WEEK')).data!.leaderboard;
    expect(board.entries.map((e) => [e.expert.id, e.points, e.rank, e.previousRank])).toEqual([
      [challenger.id, 70, 1, 2],
      [leader.id, 50, 2, 1],
    ]);
    expect(Date.now() - new Date(board.updatedAt).getTime()).toBeLessThan(60_000);
  });

  it('returns the top `first` experts', async () => {
    const brandId = randomUUID();
    const all = await Promise.all([1, 2, 3].map(() => createExpert(service.orm, brandId)));
    for (const [i, expert] of all.entries()) await addReputation(service.orm, expert, [{ points: 10 * (i + 1) }]);
    const result = await leaderboard(brandId, 'DAY', 2);
    expect(result.data!.leaderboard.entries.map((e) => e.points)).toEqual([30, 20]);
  });

  it('is empty for a brand without reputation', async () => {
    const result = await leaderboard(randomUUID(), 'ALL_TIME');
    expect(result.data!.leaderboard.entries).toEqual([]);
  });

  it.each([
    ['first below 1', { first: 0 }],
    ['first above 100', { first: 101 }],
    ['a brand id that is not a UUID', { brandId: 'nimbus' }],
  ])('refuses %s with BAD_USER_INPUT', async (_case, overrides) => {
    const args = { brandId: randomUUID(), period: 'DAY', first: 10, ...overrides };
    const result = await graphql(service.url, LEADERBOARD, args, await asViewer(ANONYMOUS));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
