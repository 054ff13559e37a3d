// Issue 5 as a new user tries it through the gateway: an expert of nimbus-games answers, the asker accepts with five
// stars, and within a second the expert's reputation, level progress, live leaderboard position and earnings change;
// replaying the resolution event changes nothing.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { collect, query, signIn, uniqueWord, wsClient } from './client.ts';

const EXPERT = 'expert4@nimbus-games.test';
const FIVE_STAR_POINTS = 15 + 10 + 5; // accepted + five-star bonus + answered within the SLA

interface Standing {
  id: string;
  reputation: number;
  level: { name: string; progress: number };
  earnings: { total: { amountMinor: number; currency: string } };
}
interface LedgerPage {
  ledger: { edges: { node: { kind: string; reference: string; entries: { account: { kind: string; ownerId: string | null }; amount: { amountMinor: number } }[] } }[] };
}
interface Board {
  leaderboard: { entries: { rank: number; points: number; resolutions: number; expert: { id: string; user: { handle: string } } }[] };
}

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
});
afterAll(() => db?.end());

async function ok<T>(text: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await query<T>(text, variables, token);
  expect(result.errors, text).toBeUndefined();
  return result.data!;
}

const STANDING = `query ($brandId: ID!) {
  me { expert(brandId: $brandId) { id reputation level { name progress } earnings { total { amountMinor currency } } } }
}`;
const standing = async (brandId: string, token: string) => (await ok<{ me: { expert: Standing } }>(STANDING, { brandId }, token)).me.expert;
const LEDGER = `query ($brandId: ID!) {
  ledger(brandId: $brandId, first: 100) { edges { node { kind reference entries { account { kind ownerId } amount { amountMinor } } } } }
}`;
const earningTransactions = async (brandId: string, token: string, questionId: string) =>
  (await ok<LedgerPage>(LEDGER, { brandId }, token)).ledger.edges.map((edge) => edge.node).filter((node) => node.kind === 'EARNING' && node.reference === questionId);

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms; last ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('resolving a question', () => {
  it('moves reputation, level progress, the live leaderboard and earnings within a second, once', async () => {
    const brandId = (await ok<{ brand: { id: string } }>('query { brand(slug: "nimbus-games") { id } }', {})).brand.id;
    const [customer, expert, admin] = await Promise.all([signIn('customer1@nimbus-games.test'), signIn(EXPERT), signIn('admin@nimbus-games.test')]);
    const policy = (
      await ok<{ rewardPolicy: { expertShareBps: number; amount: { amountMinor: number; currency: string } } }>(
        'query ($brandId: ID!) { rewardPolicy(brandId: $brandId, category: "gameplay") { expertShareBps amount { amountMinor currency } } }',
        { brandId },
        admin,
      )
    ).rewardPolicy;
    expect(policy.expertShareBps).toBe(7000);
    const expertShare = Math.floor((policy.amount.amountMinor * 70) / 100);
    const before = await standing(brandId, expert);

    // Another person watches the brand's leaderboard live.
    const watcher = wsClient();
    const board = collect<Board>(
      watcher,
      'subscription ($brandId: ID!) { leaderboard(brandId: $brandId, period: DAY) { entries { rank points resolutions expert { id user { handle } } } } }',
      { brandId },
    );
    try {
      const rankedBefore = (await ok<Board>(
        'query ($brandId: ID!) { leaderboard(brandId: $brandId, period: DAY) { entries { rank points resolutions expert { id user { handle } } } } }',
        { brandId },
      )).leaderboard.entries.find((entry) => entry.expert.id === before.id);
      await new Promise((resolve) => setTimeout(resolve, 500)); // the gateway subscribes upstream asynchronously

      const title = `Raid boss keeps one-shotting me ${uniqueWord()}`;
      const asked = await ok<{ askQuestion: { id: string } }>(
        'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
        { input: { brandId, title, body: 'Every time the nova hits, my whole party dies. What am I doing wrong?', category: 'gameplay', language: 'en' } },
        customer,
      );
      const questionId = asked.askQuestion.id;
      await ok('mutation ($input: ClaimQuestionInput!) { claimQuestion(input: $input) { id } }', { input: { questionId } }, expert);
      const answer = await ok<{ postAnswer: { id: string } }>(
        'mutation ($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
        { input: { questionId, body: 'Spread out before the nova and stand behind the pillars; it cannot hit through them.' } },
        expert,
      );
      const accepted = await ok<{ acceptAnswer: { status: string; rating: number } }>(
        'mutation ($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { status rating } }',
        { input: { answerId: answer.postAnswer.id, rating: 5 } },
        customer,
      );
      const acceptedAt = Date.now();
      expect(accepted.acceptAnswer).toMatchObject({ status: 'RESOLVED', rating: 5 });

      // Within a second: the leaderboard watcher sees the expert move, and the expert's standing has changed.
      const pointsBefore = rankedBefore?.points ?? 0;
      const events = await board.waitFor(
        (received) => received.some((event) => event.leaderboard.entries.some((entry) => entry.expert.id === before.id && entry.points === pointsBefore + FIVE_STAR_POINTS)),
        1000,
      );
      const ranked = events
        .flatMap((event) => event.leaderboard.entries)
        .find((entry) => entry.expert.id === before.id && entry.points === pointsBefore + FIVE_STAR_POINTS)!;
      expect(ranked).toMatchObject({ expert: { user: { handle: 'expert4_nimbus' } }, resolutions: (rankedBefore?.resolutions ?? 0) + 1 });
      if (rankedBefore) expect(ranked.rank).toBeLessThanOrEqual(rankedBefore.rank);
      const after = await until(
        () => standing(brandId, expert),
        (now) => now.reputation === before.reputation + FIVE_STAR_POINTS && now.earnings.total.amountMinor === before.earnings.total.amountMinor + expertShare,
        Math.max(50, 1000 - (Date.now() - acceptedAt)),
      );
      expect(Date.now() - acceptedAt).toBeLessThan(1000);
      expect(after.level.progress).not.toBe(before.level.progress);

      // The ledger: one balanced EARNING for the question, 70% to the expert's payable account.
      const [transaction, ...others] = await earningTransactions(brandId, expert, questionId);
      expect(others).toHaveLength(0);
      expect(transaction!.entries.reduce((sum, entry) => sum + entry.amount.amountMinor, 0)).toBe(0);
      expect(transaction!.entries.find((entry) => entry.account.kind === 'EXPERT_PAYABLE')).toMatchObject({
        account: { ownerId: before.id },
        amount: { amountMinor: expertShare },
      });
      const [sums] = (
        await db.query<{ off: number }>(
          `select count(*)::int as off from (select a.currency from rewards.ledger_entry e join rewards.ledger_account a on a.id = e.account_id
            group by a.currency having sum(e.amount_minor) <> 0) unbalanced`,
        )
      ).rows;
      expect(sums!.off).toBe(0);

      // Replay: the same event delivered again to every consumer, and the same resolution published under a new id.
      const { rows: resolved } = await db.query<{ id: string; payload: unknown }>(
        "select id, payload from bus.event where type = 'QuestionResolved' and payload->>'questionId' = $1",
        [questionId],
      );
      expect(resolved).toHaveLength(1);
      await db.query(
        `insert into bus.delivery (consumer, event_id) select consumer, $1 from bus.subscription where type = 'QuestionResolved'
           on conflict do nothing`,
        [resolved[0]!.id],
      );
      const { rows: replayed } = await db.query<{ id: string }>(
        "insert into bus.event (id, type, payload) values (gen_random_uuid(), 'QuestionResolved', $1) returning id",
        [resolved[0]!.payload],
      );
      await until(
        async () => (await db.query<{ n: number }>('select count(*)::int as n from bus.delivery where event_id = any($1)', [[resolved[0]!.id, replayed[0]!.id]])).rows[0]!.n,
        (left) => left === 0,
        10_000,
      );
      expect(await standing(brandId, expert)).toEqual(after);
      expect(await earningTransactions(brandId, expert, questionId)).toHaveLength(1);
    } finally {
      board.dispose();
      await watcher.dispose();
    }
  });
});
