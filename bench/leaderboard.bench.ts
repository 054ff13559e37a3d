// Live leaderboard benchmark (issue 5): N graphql-ws clients subscribed THROUGH THE GATEWAY to one brand's leaderboard;
// the time from sending `acceptAnswer` to the last client receiving the new ranking, over repeated resolutions, and
// the gateway's and experts subgraph's memory per idle subscriber. Targets: p99 < 250 ms, < 20 KB per subscriber.
// Run from the repository root: `npx tsx bench/leaderboard.bench.ts [--clients 5000] [--resolutions 10]`.
// 5,000 clients need about 10,000 file descriptors in this process (`ulimit -n 20000` first if yours is lower).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '@peerdesk/runtime/testing/ports';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startPlatform, type RunningPlatform } from '../scripts/platform.ts';
import { groupMemory, platformGroups } from './processes.ts';
import { gql, signIn } from './gateway-client.ts';
import { fixed, median, percentile, table } from './report.ts';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '5000' },
    resolutions: { type: 'string', default: '10' },
  },
});
const CLIENTS = Number(args.clients);
const RESOLUTIONS = Number(args.resolutions);
const TARGET_P99_MS = 250;
const TARGET_KB_PER_SUBSCRIBER = 20;
const MEASURED = ['gateway', 'experts', 'identity'];

const SUBSCRIPTION = `subscription ($brandId: ID!) {
  leaderboard(brandId: $brandId, period: ALL_TIME) { updatedAt entries { rank previousRank points resolutions expert { id reputation level { name } user { handle } } } }
}`;

const say = (line: string) => console.error(`bench: ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Memory (MB) of the measured processes, summed. */
function memory(platform: RunningPlatform, dataDir: string) {
  const groups = platformGroups(platform.processes, dataDir).filter((group) => MEASURED.includes(group.name));
  const rows = groups.map(groupMemory);
  return { rows, rss: rows.reduce((sum, row) => sum + row.rssMb, 0), pss: rows.reduce((sum, row) => sum + row.pssMb, 0) };
}

interface Subscriber {
  client: Client;
  /** When this client last received a ranking, and the expert's points in it. */
  received: { at: number; points: number }[];
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'peerdesk-leaderboard-bench-'));
  const dataDir = join(root, 'data');
  let platform: RunningPlatform | undefined;
  const subscribers: Subscriber[] = [];
  try {
    say(
      `${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, Node ${process.version}`,
    );
    platform = await startPlatform({
      dataDir,
      postgresPort: await freePort(),
      gatewayPort: await freePort(),
      webPort: await freePort(),
      web: false,
      env: { ...process.env, DATABASE_URL: '' },
      log: say,
    });
    const url = platform.gatewayUrl;
    const brandId = (await gql<{ brand: { id: string } }>(url, 'query { brand(slug: "nimbus-games") { id } }', {})).brand.id;
    const [customer, expert] = await Promise.all([
      signIn(url, 'customer1@nimbus-games.test'),
      signIn(url, 'expert4@nimbus-games.test'),
    ]);
    const expertId = (
      await gql<{ me: { expert: { id: string } } }>(
        url,
        'query ($b: ID!) { me { expert(brandId: $b) { id } } }',
        { b: brandId },
        expert,
      )
    ).me.expert.id;

    /** A question asked, claimed and answered, ready for `acceptAnswer`. */
    const answered = async (i: number) => {
      const { askQuestion } = await gql<{ askQuestion: { id: string } }>(
        url,
        'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
        {
          input: {
            brandId,
            title: `Raid boss wipes the party, attempt ${'abcdefghij'[i % 10]}${i}x`,
            body: 'Every nova kills us all. What are we doing wrong?',
            category: 'gameplay',
            language: 'en',
          },
        },
        customer,
      );
      await gql(
        url,
        'mutation ($input: ClaimQuestionInput!) { claimQuestion(input: $input) { id } }',
        { input: { questionId: askQuestion.id } },
        expert,
      );
      const { postAnswer } = await gql<{ postAnswer: { id: string } }>(
        url,
        'mutation ($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
        { input: { questionId: askQuestion.id, body: 'Spread out before the nova and stand behind the pillars.' } },
        expert,
      );
      return postAnswer.id;
    };

    await sleep(3000);
    const idle = memory(platform, dataDir);
    say(`idle: gateway+experts+identity RSS ${fixed(idle.rss)} MB, PSS ${fixed(idle.pss)} MB; connecting ${CLIENTS} clients`);

    const wsUrl = url.replace(/^http/, 'ws');
    let connected = 0;
    for (let i = 0; i < CLIENTS; i++) {
      const subscriber: Subscriber = {
        client: createClient({
          url: wsUrl,
          webSocketImpl: WebSocket,
          lazy: false,
          retryAttempts: 0,
          on: { connected: () => void connected++ },
        }),
        received: [],
      };
      subscriber.client.subscribe<{ leaderboard: { entries: { points: number; expert: { id: string } }[] } }>(
        { query: SUBSCRIPTION, variables: { brandId } },
        {
          next: (value) => {
            const entry = value.data?.leaderboard.entries.find((e) => e.expert.id === expertId);
            subscriber.received.push({ at: performance.now(), points: entry?.points ?? -1 });
          },
          error: (error) => say(`client ${i} error: ${JSON.stringify(error).slice(0, 200)}`),
          complete: () => {},
        },
      );
      subscribers.push(subscriber);
      // Opened in bursts of 100, so the gateway's upstream subscriptions are not all requested in one tick.
      if (i % 100 === 99) {
        while (connected < i + 1 - 200) await sleep(10);
      }
    }
    while (connected < CLIENTS) await sleep(50);
    say(`${CLIENTS} clients connected; warming up with one resolution`);

    /** One resolution: ms from sending acceptAnswer to each client's receipt of the ranking with the new points. */
    const resolve = async (i: number, timeoutMs = 60_000) => {
      const answerId = await answered(i);
      // Each five-star resolution within the SLA is worth 30 points: wait for exactly this one's ranking, not a late
      // push of an earlier one.
      const { leaderboard } = await gql<{ leaderboard: { entries: { points: number; expert: { id: string } }[] } }>(
        url,
        'query ($b: ID!) { leaderboard(brandId: $b, period: ALL_TIME) { entries { points expert { id } } } }',
        { b: brandId },
      );
      const expected = (leaderboard.entries.find((entry) => entry.expert.id === expertId)?.points ?? 0) + 30;
      const counts = subscribers.map((s) => s.received.length);
      const sent = performance.now();
      await gql(
        url,
        'mutation ($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { id } }',
        { input: { answerId, rating: 5 } },
        customer,
      );
      const deadline = sent + timeoutMs;
      const arrivals = () => subscribers.map((s, k) => s.received.slice(counts[k]).find((r) => r.points === expected)?.at);
      let times = arrivals();
      while (times.some((t) => t === undefined) && performance.now() < deadline) {
        await sleep(5);
        times = arrivals();
      }
      const missing = times.filter((t) => t === undefined).length;
      const latencies = times.flatMap((t) => (t === undefined ? [] : [t - sent]));
      return { last: missing ? Number.POSITIVE_INFINITY : Math.max(...latencies), median: median(latencies), missing };
    };
    const warm = await resolve(0);
    say(`warm-up: last client after ${fixed(warm.last)} ms (${warm.missing} missed)`);
    await sleep(3000);
    const subscribed = memory(platform, dataDir);
    const kb = (before: number, after: number) => ((after - before) * 1024) / CLIENTS;
    say(`subscribed: RSS ${fixed(subscribed.rss)} MB, PSS ${fixed(subscribed.pss)} MB`);

    const runs: Awaited<ReturnType<typeof resolve>>[] = [];
    for (let i = 1; i <= RESOLUTIONS; i++) {
      const run = await resolve(i);
      runs.push(run);
      say(`resolution ${i}: last client ${fixed(run.last)} ms, median client ${fixed(run.median)} ms, missed ${run.missing}`);
      await sleep(500);
    }
    const lasts = runs.map((run) => run.last);
    const p50 = percentile(lasts, 50);
    const p99 = percentile(lasts, 99);

    console.log(
      [
        `\n# Leaderboard fan-out through the gateway — ${new Date().toISOString()}, ${cpus().length} cores, Node ${process.version}`,
        `Load average at end: ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
        '',
        `${CLIENTS} graphql-ws clients subscribed to nimbus-games' ALL_TIME leaderboard (with expert reputation, level and user handle);`,
        `${RESOLUTIONS} resolutions (acceptAnswer with 5 stars), each timed from sending acceptAnswer to the last client's new ranking.`,
        '',
        table(
          ['measure', 'value', 'target', 'ratio to target'],
          [
            ['last client, p50 (ms)', fixed(p50), `< ${TARGET_P99_MS}`, fixed(p50 / TARGET_P99_MS, 2)],
            ['last client, p99 (ms)', fixed(p99), `< ${TARGET_P99_MS}`, fixed(p99 / TARGET_P99_MS, 2)],
            ['median client, median over resolutions (ms)', fixed(median(runs.map((run) => run.median))), '', ''],
            ['clients that missed an update', String(runs.reduce((sum, run) => sum + run.missing, 0)), '0', ''],
            [
              'RSS per idle subscriber (KB)',
              fixed(kb(idle.rss, subscribed.rss), 1),
              `< ${TARGET_KB_PER_SUBSCRIBER}`,
              fixed(kb(idle.rss, subscribed.rss) / TARGET_KB_PER_SUBSCRIBER, 2),
            ],
            [
              'PSS per idle subscriber (KB)',
              fixed(kb(idle.pss, subscribed.pss), 1),
              `< ${TARGET_KB_PER_SUBSCRIBER}`,
              fixed(kb(idle.pss, subscribed.pss) / TARGET_KB_PER_SUBSCRIBER, 2),
            ],
          ],
        ),
        '',
        'Memory by process (MB), idle before subscribing → with every client subscribed:',
        '',
        table(
          ['process', 'RSS before', 'RSS after', 'PSS before', 'PSS after'],
          idle.rows.map((row) => {
            const after = subscribed.rows.find((r) => r.name === row.name)!;
            return [row.name, fixed(row.rssMb), fixed(after.rssMb), fixed(row.pssMb), fixed(after.pssMb)];
          }),
        ),
        '',
        `Resolutions (last client ms): ${lasts.map((value) => fixed(value)).join(', ')}`,
      ].join('\n'),
    );
  } finally {
    await Promise.all(subscribers.map((s) => s.client.dispose()));
    await platform?.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
