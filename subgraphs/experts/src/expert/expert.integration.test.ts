import { randomUUID } from 'node:crypto';
import { DEMO_EXPERTS, NIMBUS } from '@peerdesk/runtime/demo/community';
import { expertId } from '@peerdesk/runtime/ids';
import { migrateService, seedService, startService, type RunningService } from '@peerdesk/runtime/service';
import { asViewer, graphql } from '@peerdesk/runtime/testing/client';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { ANONYMOUS } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { experts } from '../service.ts';
import { addReputation, createExpert } from '../testing/experts.factory.ts';

let service: RunningService;
let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await testDatabaseUrl('experts');
  await migrateService(experts, databaseUrl);
  service = await startService(experts, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

const query = async <T = Record<string, unknown>>(text: string, variables: Record<string, unknown> = {}) =>
  graphql<T>(service.url, text, variables, await asViewer(ANONYMOUS));

describe('expert', () => {
  it('shows reputation, level with progress, profile and federated references', async () => {
    const expert = await createExpert(service.orm, randomUUID(), { skills: ['roaming'], languages: ['es', 'en'], bio: 'Viajero.' });
    await addReputation(service.orm, expert, [{ points: 250 }, { points: 60 }, { points: -10, reason: 'PENALTY' }]);
    const result = await query(
      `query ($id: ID!) { expert(id: $id) {
        id reputation skills languages bio available status badges { code }
        level { name rank minReputation nextLevelAt progress } user { id } brand { id } } }`,
      { id: expert.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.expert).toEqual({
      id: expert.id,
      reputation: 300,
      skills: ['roaming'],
      languages: ['es', 'en'],
      bio: 'Viajero.',
      available: true,
      status: 'ACTIVE',
      badges: [],
      level: { name: 'Contributor', rank: 2, minReputation: 100, nextLevelAt: 500, progress: 0.5 },
      user: { id: expert.userId },
      brand: { id: expert.brandId },
    });
  });

  it('is null for an unknown or malformed id', async () => {
    const result = await query<{ a: unknown; b: unknown }>('{ a: expert(id: "00000000-0000-0000-0000-000000000000") { id } b: expert(id: "nope") { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: null, b: null });
  });
});

describe('federation', () => {
  it('resolves Expert entities in one query for profiles and one for reputation', async () => {
    const brandId = randomUUID();
    const [a, b] = await Promise.all([createExpert(service.orm, brandId), createExpert(service.orm, brandId)]);
    await addReputation(service.orm, a, [{ points: 120 }]);
    const logger = service.orm.config.getLogger();
    const spy = vi.spyOn(logger, 'logQuery');
    try {
      const result = await query(
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Expert { id reputation level { name } } } }',
        { r: [a.id, b.id, randomUUID()].map((id) => ({ __typename: 'Expert', id })) },
      );
      expect(result.data?._entities).toEqual([
        { id: a.id, reputation: 120, level: { name: 'Contributor' } },
        { id: b.id, reputation: 0, level: { name: 'Newcomer' } },
        null,
      ]);
      const queries = spy.mock.calls.map(([context]) => String(context.query));
      expect(queries.filter((q) => q.includes('"expert"') || q.includes('experts.expert'))).toHaveLength(1);
      expect(queries.filter((q) => q.includes('reputation_event'))).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("contributes User.expert(brandId): a person's profile in that brand only", async () => {
    const expert = await createExpert(service.orm, randomUUID());
    await addReputation(service.orm, expert, [{ points: 42 }]);
    const result = await query(
      `query ($r: [_Any!]!, $brandId: ID!, $other: ID!) { _entities(representations: $r) {
        ... on User { id here: expert(brandId: $brandId) { id reputation } elsewhere: expert(brandId: $other) { id } } } }`,
      { r: [{ __typename: 'User', id: expert.userId }], brandId: expert.brandId, other: randomUUID() },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([{ id: expert.userId, here: { id: expert.id, reputation: 42 }, elsewhere: null }]);
  });
});

describe('demo seed', () => {
  it('gives every demo expert their demo reputation, idempotently, with a different leader per period', async () => {
    await seedService(experts, databaseUrl);
    await seedService(experts, databaseUrl);
    const reputations = await query<{ _entities: { id: string; reputation: number }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Expert { id reputation } } }',
      { r: DEMO_EXPERTS.map((e) => ({ __typename: 'Expert', id: e.id })) },
    );
    expect(reputations.data?._entities).toEqual(DEMO_EXPERTS.map((e) => ({ id: e.id, reputation: e.reputation })));

    const leaders = new Set<string>();
    for (const period of ['DAY', 'WEEK', 'MONTH', 'ALL_TIME']) {
      const board = await query<{ leaderboard: { entries: { expert: { id: string } }[] } }>(
        'query ($b: ID!, $p: LeaderboardPeriod!) { leaderboard(brandId: $b, period: $p) { entries { expert { id } } } }',
        { b: NIMBUS.id, p: period },
      );
      leaders.add(board.data!.leaderboard.entries[0]!.expert.id);
    }
    expect(leaders.size).toBe(4);
    expect(leaders.has(expertId(NIMBUS.id, DEMO_EXPERTS[0]!.userId))).toBe(true);
  });
});
