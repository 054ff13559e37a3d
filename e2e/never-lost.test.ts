// Never lost (issue 4): a service killed between a mutation and the consumption of its event gets the event after
// it restarts and applies it once; a scheduled step that falls due while its service is down happens after restart.
// This file starts its own platform (own ports and data folder), because it kills services with SIGKILL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, NIMBUS } from '@peerdesk/runtime/demo/community';
import { graphql } from '@peerdesk/runtime/testing/client';
import { freePort, freePortRun } from '@peerdesk/runtime/testing/ports';
import { startPlatform, type RunningPlatform } from '../scripts/platform.ts';
import { uniqueWord } from './client.ts';

let platform: RunningPlatform;
let db: pg.Client;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'peerdesk-never-lost-'));
  platform = await startPlatform({
    dataDir: join(dataDir, 'data'),
    postgresPort: await freePort(),
    gatewayPort: await freePortRun(6),
    webPort: await freePort(),
    web: false,
    env: { ...process.env, DATABASE_URL: '' },
  });
  db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function ok<T>(text: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await graphql<T>(platform.gatewayUrl, text, variables, token ? { authorization: `Bearer ${token}` } : {});
  expect(result.errors, text).toBeUndefined();
  return result.data!;
}

const signIn = async (email: string) =>
  (await ok<{ signIn: { accessToken: string } }>('mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', { input: { email, password: DEMO_PASSWORD } }))
    .signIn.accessToken;

async function count(sql: string, params: unknown[]): Promise<number> {
  return (await db.query<{ n: number }>(sql, params)).rows[0]!.n;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms; last ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The id of the one event of `type` about the question. */
async function eventOf(type: string, questionId: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>("select id from bus.event where type = $1 and payload->>'questionId' = $2", [type, questionId]);
  expect(rows).toHaveLength(1);
  return rows[0]!.id;
}

const waiting = (consumer: string, eventId: string) =>
  count('select count(*)::int as n from bus.delivery where consumer = $1 and event_id = $2', [consumer, eventId]);
const processed = (consumer: string, eventId: string) =>
  count('select count(*)::int as n from bus.processed where consumer = $1 and event_id = $2', [consumer, eventId]);
/** Delivers an event again to a consumer, as an at-least-once bus may after a crash. */
const redeliver = (consumer: string, eventId: string) =>
  db.query('insert into bus.delivery (consumer, event_id) values ($1, $2) on conflict do nothing', [consumer, eventId]);
const offers = (questionId: string) => count('select count(*)::int as n from experts.offer where question_id = $1', [questionId]);
const questionStatus = async (questionId: string) =>
  (await db.query<{ status: string }>('select status from questions.question where id = $1', [questionId])).rows[0]!.status;

describe('a service killed between a mutation and the consumption of its event', () => {
  let customer: string;
  let questionId: string;
  let expertToken: string;

  it('routes a question asked while experts was down once experts restarts, once', async () => {
    customer = await signIn('customer1@nimbus-games.test');
    await platform.kill('experts');
    const asked = await ok<{ askQuestion: { id: string } }>(
      'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      { input: { brandId: NIMBUS.id, title: `Lag spikes every evening ${uniqueWord()}`, body: 'From 8 pm the ping jumps to 900 ms in every match.', category: 'gameplay', language: 'en' } },
      customer,
    );
    questionId = asked.askQuestion.id;
    // The event committed with the question and waits for the dead consumer; nothing was routed.
    const askedEvent = await eventOf('QuestionAsked', questionId);
    expect(await waiting('experts', askedEvent)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await offers(questionId)).toBe(0);

    await platform.restart('experts');
    const offered = await until(() => offers(questionId), (n) => n > 0);
    expect(await processed('experts', askedEvent)).toBe(1);
    expect(await waiting('experts', askedEvent)).toBe(0);

    // A repeated delivery changes nothing: the same offers, one per expert.
    await redeliver('experts', askedEvent);
    await until(() => waiting('experts', askedEvent), (n) => n === 0);
    expect(await offers(questionId)).toBe(offered);
    expect(await count('select count(*)::int as n from (select expert_id from experts.offer where question_id = $1 group by expert_id having count(*) > 1) twice', [questionId])).toBe(0);

    const { rows } = await db.query<{ user_id: string }>("select user_id from experts.offer where question_id = $1 and status = 'OFFERED' order by score desc limit 1", [questionId]);
    const email = DEMO_ACCOUNTS.find((account) => account.id === rows[0]!.user_id)!.email;
    expertToken = await signIn(email);
  });

  it('expires a claim whose expiry fell due while questions was down, once questions restarts', async () => {
    await ok('mutation ($input: ClaimQuestionInput!) { claimQuestion(input: $input) { id } }', { input: { questionId } }, expertToken);
    expect(await questionStatus(questionId)).toBe('CLAIMED');
    const expiry = await eventOf('ClaimExpired', questionId);
    await platform.kill('questions');
    // The claim's time runs out while the service is down (moved forward here rather than waiting the brand's minutes).
    await db.query("update bus.delivery set available_at = now() where consumer = 'questions' and event_id = $1", [expiry]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await questionStatus(questionId)).toBe('CLAIMED');

    await platform.restart('questions');
    await until(() => questionStatus(questionId), (status) => status === 'OPEN');
    expect(await processed('questions', expiry)).toBe(1);
    // …and the question went back to routing: experts hears of it and routes a new round.
    await until(
      async () => (await db.query<{ status: string }>('select status from experts.routed_question where id = $1', [questionId])).rows[0]?.status,
      (status) => status === 'ROUTING',
    );
  });

  it('credits and scores a resolution accepted while rewards and experts were down once they restart, once', async () => {
    await ok('mutation ($input: ClaimQuestionInput!) { claimQuestion(input: $input) { id } }', { input: { questionId } }, expertToken);
    const answer = await ok<{ postAnswer: { id: string } }>(
      'mutation ($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
      { input: { questionId, body: 'Your router switches channel at 8 pm; pin it to channel 1 or use a cable.' } },
      expertToken,
    );
    await Promise.all([platform.kill('rewards'), platform.kill('experts')]);
    const accepted = await ok<{ acceptAnswer: { status: string } }>(
      'mutation ($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { status } }',
      { input: { answerId: answer.postAnswer.id, rating: 5 } },
      customer,
    );
    expect(accepted.acceptAnswer.status).toBe('RESOLVED');
    const resolved = await eventOf('QuestionResolved', questionId);
    expect(await waiting('rewards', resolved)).toBe(1);
    expect(await waiting('experts', resolved)).toBe(1);

    await Promise.all([platform.restart('rewards'), platform.restart('experts')]);
    const earnings = () => count('select count(*)::int as n from rewards.earning where question_id = $1', [questionId]);
    const accepts = () => count("select count(*)::int as n from experts.reputation_event where question_id = $1 and reason = 'ACCEPTED_ANSWER'", [questionId]);
    await until(async () => [await earnings(), await accepts()], ([e, a]) => e === 1 && a === 1);

    // Delivered again after the crash: nothing more is credited or scored.
    await Promise.all([redeliver('rewards', resolved), redeliver('experts', resolved)]);
    await until(async () => (await waiting('rewards', resolved)) + (await waiting('experts', resolved)), (n) => n === 0);
    expect(await earnings()).toBe(1);
    expect(await accepts()).toBe(1);
    expect(await count("select count(*)::int as n from rewards.ledger_transaction where kind = 'EARNING' and reference = $1", [questionId])).toBe(1);
    const unbalanced = await count(
      `select count(*)::int as n from (select a.currency from rewards.ledger_entry e join rewards.ledger_account a on a.id = e.account_id
         group by a.currency having sum(e.amount_minor) <> 0) off`,
      [],
    );
    expect(unbalanced).toBe(0);
  });

  it('widens the offers of an unclaimed question and escalates it at its SLA deadline, each step due while its service was down', async () => {
    const asked = await ok<{ askQuestion: { id: string } }>(
      'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      { input: { brandId: NIMBUS.id, title: `Gems vanished after the update ${uniqueWord()}`, body: 'I had 300 gems before the patch and now 0.', category: 'purchases', language: 'en' } },
      customer,
    );
    const id = asked.askQuestion.id;
    const wave = async () => (await db.query<{ wave: number }>('select wave from experts.routed_question where id = $1', [id])).rows[0]?.wave ?? 0;
    const firstWave = await until(wave, (n) => n >= 1);
    const firstOffers = await offers(id);

    // Nobody claims: the next wave falls due while experts is down.
    await platform.kill('experts');
    const { rows: waves } = await db.query<{ id: string }>(
      "select e.id from bus.event e join bus.delivery d on d.event_id = e.id and d.consumer = 'experts' where e.type = 'RoutingWave' and e.payload->>'questionId' = $1",
      [id],
    );
    expect(waves).toHaveLength(1);
    await db.query("update bus.delivery set available_at = now() where consumer = 'experts' and event_id = $1", [waves[0]!.id]);
    await platform.restart('experts');
    await until(wave, (n) => n === firstWave + 1);
    // The demo brand's few experts all had the first wave, so the wider one finds nobody new: no one is offered twice.
    expect(await offers(id)).toBe(firstOffers);
    expect(await processed('experts', waves[0]!.id)).toBe(1);

    // Still unresolved at the SLA deadline, which passes while questions is down.
    const deadline = await eventOf('SlaDeadline', id);
    await platform.kill('questions');
    await db.query("update bus.delivery set available_at = now() where consumer = 'questions' and event_id = $1", [deadline]);
    await platform.restart('questions');
    await until(() => questionStatus(id), (status) => status === 'ESCALATED');
    expect(await processed('questions', deadline)).toBe(1);
  });
});
