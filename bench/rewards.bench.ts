// Crediting benchmark: how many QuestionResolved events per second the rewards EventConsumer turns into settled,
// balanced earnings, on a real embedded PostgreSQL. Target (issue 5): ≥ 500 resolutions/s.
// Run from the repository root: `npx tsx bench/rewards.bench.ts [--events 2000] [--runs 3] [--diagnose]`.
// Each run drains with one delivery per transaction (the baseline) and with batches of 50. `--diagnose` adds runs with
// synchronous_commit=off: the gap to the durable runs is what the commits (one WAL flush each) cost.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Orm } from '@peerdesk/runtime/database';
import { startEmbeddedPostgres } from '@peerdesk/runtime/embedded-postgres';
import { EventConsumer, publishEvent } from '@peerdesk/runtime/events';
import { QUESTION_RESOLVED, type QuestionResolved } from '@peerdesk/runtime/events.contract';
import { connectPubSub } from '@peerdesk/runtime/pubsub';
import { migrateService } from '@peerdesk/runtime/service';
import { freePort } from '@peerdesk/runtime/testing/ports';
import { BudgetService } from '../subgraphs/rewards/src/budget/budget.service.ts';
import { RewardPolicy } from '../subgraphs/rewards/src/policy/policy.entity.ts';
import { rewards } from '../subgraphs/rewards/src/service.ts';
import { fixed, median, table } from './report.ts';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    diagnose: { type: 'boolean', default: false },
  },
});
const EVENTS = Number(args.events);
const RUNS = Number(args.runs);
const TARGET_PER_SECOND = 500;
const REWARD_MINOR = 300;
const PUBLISH_BATCH = 500;
const BATCH_SIZES = [1, 50];

const say = (line: string) => console.error(`bench: ${line}`);

/** A brand with a 300-USD policy and a budget that covers every event, so each one settles at once. */
async function fundedBrand(orm: Orm): Promise<string> {
  const brandId = randomUUID();
  await orm.em.fork().transactional(async (em) => {
    em.create(RewardPolicy, { brandId, category: null, amountMinor: REWARD_MINOR, currency: 'USD', inKindItem: null });
    await em.flush();
    await new BudgetService(em).fund({ brandId, amountMinor: EVENTS * REWARD_MINOR, currency: 'USD', reference: 'bench' });
  });
  return brandId;
}

/** N resolutions of distinct questions by 50 experts, published through the outbox as questions publishes them. */
async function publishResolutions(orm: Orm, brandId: string): Promise<void> {
  const experts = Array.from({ length: 50 }, () => randomUUID());
  for (let start = 0; start < EVENTS; start += PUBLISH_BATCH) {
    await orm.em.fork().transactional(async (em) => {
      for (let i = start; i < Math.min(EVENTS, start + PUBLISH_BATCH); i++) {
        const now = new Date().toISOString();
        const payload: QuestionResolved = {
          questionId: randomUUID(),
          brandId,
          category: 'gameplay',
          language: 'en',
          title: `Bench question ${i}`,
          body: 'How do I beat the raid boss?',
          answerId: randomUUID(),
          answerBody: 'Spread out before the nova.',
          expertUserId: experts[i % experts.length]!,
          rating: 5,
          askedAt: now,
          firstAnswerAt: now,
          resolvedAt: now,
          timeToFirstAnswerMs: 60_000,
          timeToResolutionMs: 120_000,
        };
        await publishEvent(em, QUESTION_RESOLVED, { ...payload });
      }
    });
  }
}

/** Every earning recorded once and settled, and every currency's accounts summing to zero. */
async function verify(orm: Orm, brandId: string): Promise<void> {
  const em = orm.em.fork();
  const [earnings] = await em.execute<{ n: number; settled: number; questions: number }[]>(
    `select count(*)::int as n, count(*) filter (where status = 'SETTLED')::int as settled, count(distinct question_id)::int as questions
       from rewards.earning where brand_id = ?`,
    [brandId],
  );
  const [transactions] = await em.execute<{ n: number }[]>(
    "select count(*)::int as n from rewards.ledger_transaction where brand_id = ? and kind = 'EARNING'",
    [brandId],
  );
  const sums = await em.execute<{ currency: string; total: string }[]>(
    `select a.currency, sum(e.amount_minor)::text as total from rewards.ledger_entry e
       join rewards.ledger_account a on a.id = e.account_id group by a.currency`,
  );
  const problems = [
    earnings?.n !== EVENTS && `${earnings?.n} earnings for ${EVENTS} events`,
    earnings?.questions !== EVENTS && `${earnings?.questions} distinct questions earned`,
    earnings?.settled !== EVENTS && `${earnings?.settled} settled`,
    transactions?.n !== EVENTS && `${transactions?.n} EARNING transactions`,
    ...sums.filter((row) => row.total !== '0').map((row) => `${row.currency} accounts sum to ${row.total}`),
  ].filter(Boolean);
  if (problems.length) throw new Error(`ledger check failed: ${problems.join('; ')}`);
}

const root = mkdtempSync(join(tmpdir(), 'peerdesk-rewards-bench-'));
const PORT = await freePort();
say(`embedded PostgreSQL in ${root} on port ${PORT}`);
const postgres = await startEmbeddedPostgres({ dataDir: join(root, 'pg'), port: PORT, persistent: false });
const orm = await openDatabase({ ...rewards, url: postgres.url });
const pubsub = await connectPubSub({ databaseUrl: postgres.url });
try {
  await migrateService(rewards, postgres.url);
  // Not started: no background loop or LISTEN competes with the timed drain. Batch size 1 is the baseline: one
  // transaction per delivery, as the consumer worked before batching.
  const consumers = BATCH_SIZES.map((batchSize) => ({
    batchSize,
    consumer: new EventConsumer(orm, rewards.name, rewards.consumers!({ orm, pubsub }), postgres.url, { batchSize }),
  }));
  const rows: (string | number)[][] = [];
  const modes = args.diagnose ? (['on', 'off'] as const) : (['on'] as const);
  for (const mode of modes) {
    // A server-wide default, picked up by the pool's open sessions on reload.
    await orm.em.fork().execute(`alter system set synchronous_commit = ${mode}`);
    await orm.em.fork().execute('select pg_reload_conf()');
    const label = mode === 'on' ? '' : ', sync commit off';
    const rates = new Map<number, number[]>(BATCH_SIZES.map((size) => [size, []]));
    for (let run = 1; run <= RUNS; run++) {
      // Interleaved, so a busy moment on the shared machine hits both alike.
      for (const { batchSize, consumer } of consumers) {
        const brandId = await fundedBrand(orm);
        await publishResolutions(orm, brandId);
        say(`run ${run}, batch ${batchSize}${label}: ${EVENTS} events published; draining`);
        const started = performance.now();
        const applied = await consumer.drain();
        const seconds = (performance.now() - started) / 1000;
        if (applied !== EVENTS) throw new Error(`drained ${applied} deliveries, expected ${EVENTS}`);
        await verify(orm, brandId);
        rates.get(batchSize)!.push(EVENTS / seconds);
      }
    }
    const baseline = median(rates.get(BATCH_SIZES[0])!);
    for (const batchSize of BATCH_SIZES) {
      const runs = rates.get(batchSize)!;
      const rate = median(runs);
      rows.push([
        `batch ${batchSize}${label}`,
        EVENTS,
        runs.map((value) => fixed(value)).join(', '),
        fixed(rate),
        fixed(rate / baseline, 2),
        fixed(rate / TARGET_PER_SECOND, 2),
      ]);
    }
  }
  console.log(
    `\nRewards crediting: QuestionResolved → settled EARNING (ledger balanced, each earning once), target ${TARGET_PER_SECOND}/s, median of ${RUNS} runs\n`,
  );
  console.log(table(['consumer', 'events/run', 'runs (resolutions/s)', 'median /s', 'vs batch 1', `vs ${TARGET_PER_SECOND}/s`], rows));
} finally {
  await pubsub.close();
  await orm.close();
  await postgres.stop();
  rmSync(root, { recursive: true, force: true });
}
