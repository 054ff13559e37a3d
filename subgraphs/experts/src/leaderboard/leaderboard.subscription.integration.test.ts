import { randomUUID } from 'node:crypto';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { signViewer, type Viewer } from '@peerdesk/runtime/viewer';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { experts } from '../service.ts';
import { addReputation, createExpert, publishResolved, questionResolved, settle } from '../testing/experts.factory.ts';
import { LeaderboardPeriod, leaderboardTopic } from './leaderboard.period.ts';
import type { LeaderboardPayload } from './leaderboard.types.ts';

let service: RunningService;
let client: Client;

const viewer: Viewer = { kind: 'user', userId: randomUUID(), sessionId: randomUUID(), memberships: [] };

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('experts');
  await migrateService(experts, databaseUrl);
  service = await startService(experts, { port: 0, databaseUrl });
  client = createClient({
    url: service.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { 'x-peerdesk-viewer': await signViewer(viewer) },
    retryAttempts: 0,
  });
});
afterAll(async () => {
  await client?.dispose();
  await service?.close();
});

interface Board {
  leaderboard: {
    period: string;
    entries: { rank: number; previousRank: number | null; points: number; resolutions: number; expert: { id: string; reputation: number; user: { id: string } } }[];
  };
}

const SUBSCRIPTION = `subscription ($brandId: ID!, $period: LeaderboardPeriod!) {
  leaderboard(brandId: $brandId, period: $period) {
    period entries { rank previousRank points resolutions expert { id reputation user { id } } }
  }
}`;

it('pushes the new ranking to subscribers after a QuestionResolved is consumed', async () => {
  const brandId = randomUUID();
  const [leader, challenger] = await Promise.all([createExpert(service.orm, brandId), createExpert(service.orm, brandId)]);
  await addReputation(service.orm, leader, [{ points: 50 }]);
  await addReputation(service.orm, challenger, [{ points: 40 }]);

  const updates = client.iterate<Board['leaderboard']>({ query: SUBSCRIPTION, variables: { brandId, period: 'ALL_TIME' } })[Symbol.asyncIterator]();
  // The server subscribes to the topic asynchronously; publish empty probes until one arrives so none is missed.
  const probe: LeaderboardPayload = { brandId, period: LeaderboardPeriod.ALL_TIME, entries: [], updatedAt: new Date().toISOString() };
  const first = updates.next();
  for (let settled = false; !settled; ) {
    await service.pubsub.publish(leaderboardTopic(brandId, LeaderboardPeriod.ALL_TIME), probe);
    settled = await Promise.race([first.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 100))]);
  }
  expect((await first).value).toMatchObject({ data: { leaderboard: { entries: [] } } });

  await publishResolved(service.orm, questionResolved(brandId, challenger.userId, { rating: 5 }));
  await settle(service);

  const next = await updates.next();
  expect(next.value?.errors).toBeUndefined();
  const board = (next.value?.data as Board | undefined)?.leaderboard;
  expect(board?.period).toBe('ALL_TIME');
  expect(board?.entries).toEqual([
    { rank: 1, previousRank: 2, points: 70, resolutions: 1, expert: { id: challenger.id, reputation: 70, user: { id: challenger.userId } } },
    { rank: 2, previousRank: 1, points: 50, resolutions: 0, expert: { id: leader.id, reputation: 50, user: { id: leader.userId } } },
  ]);

  // Each event is resolved afresh: the leader's reputation is not what the previous event loaded.
  await publishResolved(service.orm, questionResolved(brandId, leader.userId, { rating: 5 }));
  await settle(service);
  const after = ((await updates.next()).value?.data as Board | undefined)?.leaderboard;
  expect(after?.entries.map((e) => [e.expert.id, e.rank, e.previousRank, e.expert.reputation])).toEqual([
    [leader.id, 1, 2, 80],
    [challenger.id, 2, 1, 70],
  ]);
  await updates.return?.();
});
