// Routing benchmark (issue 4): with 1,000 more experts in `telco-sol`, the time from `askQuestion` (through the
// gateway) to the offer arriving in an expert's `expertInbox` subscription (graphql-ws through the gateway); the ask
// rate the gateway sustains with no errors; and a surge at 13× a baseline rate with nothing lost.
// Run from the repository root: `npx tsx bench/ask-to-offer.bench.ts [--questions 100] [--reps 3]
// [--sustain-seconds 20] [--baseline-rate 1] [--surge-seconds 300] [--wave-minutes 2]`.
//
// The 1,000 experts are inserted into the experts schema as approvals and seeds would leave them (mixed skills,
// languages, availability and reputation ledgers). The demo expert expert1@telco-sol.test (roaming, 2,150 points)
// stays the best match for roaming questions, so the first wave always offers them to the subscribed inbox. Each
// question is closed once its offer arrived, as a resolved one would be, so the expert's load stays realistic.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Orm } from '@peerdesk/runtime/database';
import { expertId } from '@peerdesk/runtime/ids';
import { freePort } from '@peerdesk/runtime/testing/ports';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startPlatform, type RunningPlatform } from '../scripts/platform.ts';
import { Expert, ExpertStatus } from '../subgraphs/experts/src/expert/expert.entity.ts';
import { ReputationEvent } from '../subgraphs/experts/src/reputation/reputation.entity.ts';
import { experts } from '../subgraphs/experts/src/service.ts';
import { gql, signIn } from './gateway-client.ts';
import { fixed, median, percentile, table } from './report.ts';

const { values: flags } = parseArgs({
  options: {
    experts: { type: 'string', default: '1000' },
    questions: { type: 'string', default: '100' },
    reps: { type: 'string', default: '3' },
    'sustain-seconds': { type: 'string', default: '20' },
    'baseline-rate': { type: 'string', default: '1' },
    'surge-seconds': { type: 'string', default: '300' },
    'wave-minutes': { type: 'string', default: '2' },
  },
});
const EXPERTS = Number(flags.experts);
const QUESTIONS = Number(flags.questions);
const REPS = Number(flags.reps);
const SUSTAIN_SECONDS = Number(flags['sustain-seconds']);
const BASELINE_RATE = Number(flags['baseline-rate']);
const SURGE_RATE = 13 * BASELINE_RATE;
const SURGE_SECONDS = Number(flags['surge-seconds']);
/** telco-sol's routing wave interval during the run: short enough that unclaimed surge questions widen within it. */
const WAVE_MINUTES = Number(flags['wave-minutes']);
const CATEGORIES = ['roaming', 'fibra', 'movil', 'facturacion'];

const say = (line: string) => console.error(`bench: ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The brand's other experts: mixed skills, languages, availability and a three-entry reputation ledger each. */
async function addExperts(orm: Orm, brandId: string): Promise<void> {
  const em = orm.em.fork();
  for (let start = 0; start < EXPERTS; start += 250) {
    const rows = Array.from({ length: Math.min(250, EXPERTS - start) }, (_, k) => {
      const i = start + k;
      const userId = randomUUID();
      return {
        id: expertId(brandId, userId),
        userId,
        brandId,
        status: ExpertStatus.ACTIVE,
        skills: [CATEGORIES[i % 4]!, CATEGORIES[(i + 1) % 4]!],
        languages: i % 3 === 0 ? ['es', 'en'] : i % 3 === 1 ? ['es'] : ['en'],
        bio: '',
        available: i % 10 !== 9,
        createdAt: new Date(),
      };
    });
    await em.createQueryBuilder(Expert).insert(rows).execute();
    const ledger = rows.flatMap((row, k) =>
      [0, 1, 2].map(() => ({
        id: randomUUID(),
        expertId: row.id,
        brandId,
        points: ((start + k) * 37) % 150,
        reason: 'SEED' as const,
        questionId: null,
        eventId: null,
        createdAt: new Date(),
      })),
    );
    await em.createQueryBuilder(ReputationEvent).insert(ledger).execute();
  }
  await em.execute('analyze experts.expert; analyze experts.reputation_event');
}

type Inbox = { client: Client; arrived: Map<string, number> };

function inbox(wsUrl: string, token: string): Inbox {
  const arrived = new Map<string, number>();
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
  });
  client.subscribe<{ expertInbox: { kind: string; offer: { question: { id: string } } } }>(
    { query: 'subscription { expertInbox { kind offer { question { id } } } }' },
    {
      next: (value) => {
        const event = value.data?.expertInbox;
        if (event?.kind === 'OFFERED' && !arrived.has(event.offer.question.id))
          arrived.set(event.offer.question.id, performance.now());
      },
      error: (error) => say(`inbox error: ${JSON.stringify(error).slice(0, 200)}`),
      complete: () => {},
    },
  );
  return { client, arrived };
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'peerdesk-routing-bench-'));
  let platform: RunningPlatform | undefined;
  let orm: Orm | undefined;
  let expertInbox: Inbox | undefined;
  try {
    say(
      `${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, Node ${process.version}`,
    );
    platform = await startPlatform({
      dataDir: join(root, 'data'),
      postgresPort: await freePort(),
      gatewayPort: await freePort(),
      webPort: await freePort(),
      web: false,
      env: { ...process.env, DATABASE_URL: '' },
      log: say,
    });
    const url = platform.gatewayUrl;
    orm = await openDatabase({ ...experts, url: platform.databaseUrl, poolSize: 2 });
    const brandId = (await gql<{ brand: { id: string } }>(url, 'query { brand(slug: "telco-sol") { id } }', {})).brand.id;
    await addExperts(orm, brandId);
    const admin = await signIn(url, 'admin@telco-sol.test');
    await gql(
      url,
      'mutation ($input: UpdateBrandInput!) { updateBrand(input: $input) { id } }',
      { input: { brandId, waveMinutes: WAVE_MINUTES } },
      admin,
    );
    while (
      !(
        await orm.em
          .fork()
          .execute(`select 1 from experts.brand_routing where brand_id = ? and wave_minutes = ?`, [brandId, WAVE_MINUTES])
      ).length
    )
      await sleep(100);
    const [{ count }] = await orm.em
      .fork()
      .execute<{ count: string }[]>(`select count(*) from experts.expert where brand_id = ? and status = 'ACTIVE'`, [brandId]);
    say(`telco-sol has ${count} active experts`);
    const customers = await Promise.all([1, 2, 3].map((n) => signIn(url, `customer${n}@telco-sol.test`)));
    const expertToken = await signIn(url, 'expert1@telco-sol.test');
    expertInbox = inbox(url.replace(/^http/, 'ws'), expertToken);
    await sleep(1000);

    let asked = 0;
    const ask = async (customer: string) => {
      const n = ++asked;
      const { askQuestion } = await gql<{ askQuestion: { id: string } }>(
        url,
        'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
        {
          input: {
            brandId,
            title: `No tengo datos en itinerancia, caso ${String.fromCharCode(97 + (n % 26))}${String.fromCharCode(97 + ((n / 26) % 26))}`,
            body: 'Estoy de viaje por Europa y el móvil no conecta a internet aunque tengo cobertura.',
            category: 'roaming',
            language: 'es',
          },
        },
        customer,
      );
      return askQuestion.id;
    };
    const close = (customer: string, questionId: string) =>
      gql(
        url,
        'mutation ($input: CloseQuestionInput!) { closeQuestion(input: $input) { id } }',
        { input: { questionId } },
        customer,
      );
    /** Asks, waits for the offer in the inbox (up to `timeoutMs`), closes; the latency or null when none arrived. */
    const measure = async (customer: string, timeoutMs: number): Promise<number | null> => {
      const started = performance.now();
      const questionId = await ask(customer);
      let arrivedAt: number | undefined;
      while ((arrivedAt = expertInbox!.arrived.get(questionId)) === undefined && performance.now() - started < timeoutMs)
        await sleep(2);
      void close(customer, questionId).catch((error: unknown) => say(`close failed: ${String(error)}`));
      return arrivedAt === undefined ? null : arrivedAt - started;
    };

    // 1. Ask → offer, one question at a time.
    for (let i = 0; i < 10; i++) await measure(customers[0]!, 5000);
    const latencyRuns: { p50: number; p99: number; missed: number }[] = [];
    for (let rep = 0; rep < REPS; rep++) {
      const times: number[] = [];
      let missed = 0;
      for (let i = 0; i < QUESTIONS; i++) {
        const time = await measure(customers[i % customers.length]!, 5000);
        if (time === null) missed++;
        else times.push(time);
      }
      latencyRuns.push({ p50: percentile(times, 50), p99: percentile(times, 99), missed });
      say(
        `rep ${rep + 1}: ask → offer p50 ${fixed(latencyRuns.at(-1)!.p50, 1)} ms, p99 ${fixed(latencyRuns.at(-1)!.p99, 1)} ms, ${missed} missed`,
      );
    }

    // 2. Asks/s sustained: three customers asking back to back.
    const sustainedIds: string[] = [];
    let sustainedErrors = 0;
    const sustainEnd = performance.now() + SUSTAIN_SECONDS * 1000;
    await Promise.all(
      customers.flatMap((customer) =>
        [0, 1].map(async () => {
          while (performance.now() < sustainEnd) {
            try {
              sustainedIds.push(await ask(customer));
            } catch (error) {
              sustainedErrors++;
              say(`ask failed: ${String(error).slice(0, 200)}`);
            }
          }
        }),
      ),
    );
    const sustainedRate = sustainedIds.length / SUSTAIN_SECONDS;
    // Routing catches up with what was asked faster than it routes; the surge starts once it has, and the bus is idle.
    const db = orm.em.fork();
    const offeredCount = async (ids: string[]) =>
      Number(
        (
          await db.execute<{ n: string }[]>(
            `select count(distinct question_id) as n from experts.offer where question_id = any(?::uuid[])`,
            [`{${ids.join(',')}}`],
          )
        )[0]!.n,
      );
    const catchUpStart = performance.now();
    while ((await offeredCount(sustainedIds)) < sustainedIds.length && performance.now() - catchUpStart < 120_000)
      await sleep(100);
    const catchUpSeconds = (performance.now() - catchUpStart) / 1000;
    say(
      `sustained ${fixed(sustainedRate, 1)} asks/s, ${sustainedErrors} errors; all routed ${fixed(catchUpSeconds, 1)} s after; closing them`,
    );
    for (const id of sustainedIds) await close(customers[0]!, id).catch(() => undefined);
    const idle = async () =>
      Number((await db.execute<{ n: string }[]>(`select count(*) as n from bus.delivery where available_at <= now()`))[0]!.n) ===
      0;
    for (const started = performance.now(); !(await idle()) && performance.now() - started < 120_000;) await sleep(200);

    // 3. Surge: 13× the baseline rate, open loop (a new ask every 1/rate s whatever the answers' pace). Routing
    // spreads a surge over many experts (load lowers a busy expert's score), so one inbox sees only some offers: the
    // latency is read from the offers routing wrote (first offer of each question, any expert, same machine clock).
    const surgeAsked = new Map<string, number>();
    let surgeErrors = 0;
    const pending: Promise<void>[] = [];
    const surgeStart = performance.now();
    for (let i = 0; i < SURGE_SECONDS * SURGE_RATE; i++) {
      const due = surgeStart + (i * 1000) / SURGE_RATE;
      while (performance.now() < due) await sleep(Math.max(0, Math.min(5, due - performance.now())));
      const customer = customers[i % customers.length]!;
      pending.push(
        (async () => {
          const startedAt = Date.now();
          try {
            surgeAsked.set(await ask(customer), startedAt);
          } catch (error) {
            surgeErrors++;
            say(`surge ask failed: ${String(error).slice(0, 200)}`);
          }
        })(),
      );
    }
    await Promise.all(pending);
    const surgeSeconds = (performance.now() - surgeStart) / 1000;
    await sleep(3000);
    const surgeIds = [...surgeAsked.keys()];
    const firstOffers = await orm.em
      .fork()
      .execute<{ question_id: string; first: Date }[]>(
        `select question_id, min(offered_at) as first from experts.offer where question_id = any(?::uuid[]) group by question_id`,
        [`{${surgeIds.join(',')}}`],
      );
    const surgeTimes = firstOffers.map((row) => new Date(row.first).getTime() - surgeAsked.get(row.question_id)!);
    const surgeMissed = surgeIds.length - firstOffers.length;
    // How the latency moves through the surge (waves of the first questions fall due after the wave interval).
    const firstAsk = Math.min(...surgeAsked.values());
    const windows = new Map<number, number[]>();
    for (const row of firstOffers) {
      const window = Math.floor((surgeAsked.get(row.question_id)! - firstAsk) / 30_000);
      windows.set(window, [...(windows.get(window) ?? []), new Date(row.first).getTime() - surgeAsked.get(row.question_id)!]);
    }
    console.log(
      `\nsurge ask → first offer written, by when the question was asked:\n\n${table(
        ['asked at', 'questions offered', 'p50 ms', 'p99 ms'],
        [...windows]
          .sort(([a], [b]) => a - b)
          .map(([window, times]) => [
            `${window * 30}–${window * 30 + 30} s`,
            times.length,
            fixed(percentile(times, 50), 0),
            fixed(percentile(times, 99), 0),
          ]),
      )}`,
    );
    for (const id of surgeIds) await close(customers[0]!, id).catch(() => undefined);

    // Lost questions: every question asked in steps 2 and 3 must have been offered to someone.
    const all = [...sustainedIds, ...surgeIds];
    const [{ offered }] = await orm.em
      .fork()
      .execute<{ offered: string }[]>(
        `select count(distinct question_id) as offered from experts.offer where question_id = any(?::uuid[])`,
        [`{${all.join(',')}}`],
      );
    const lost = all.length - Number(offered);

    const p50 = median(latencyRuns.map((r) => r.p50));
    const p99 = median(latencyRuns.map((r) => r.p99));
    console.log(
      `\n${cpus().length} cores; ${count} active experts in telco-sol; load after ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
    );
    console.log(
      table(
        ['measure', 'value', 'target'],
        [
          [`ask → offer p50 (${REPS} × ${QUESTIONS} questions, medians)`, `${fixed(p50, 1)} ms`, ''],
          [`ask → offer p99 (runs: ${latencyRuns.map((r) => fixed(r.p99, 0)).join(', ')} ms)`, `${fixed(p99, 1)} ms`, '< 200 ms'],
          ['offers missed (5 s)', latencyRuns.reduce((s, r) => s + r.missed, 0), '0'],
          [`asks/s sustained (6 askers, ${SUSTAIN_SECONDS} s)`, fixed(sustainedRate, 1), ''],
          ['routing caught up with them after', `${fixed(catchUpSeconds, 1)} s`, ''],
          ['errors while sustaining', sustainedErrors, '0'],
          [`surge: ${SURGE_RATE}/s (13 × ${BASELINE_RATE}/s) for ${fixed(surgeSeconds, 0)} s, asked`, surgeIds.length, ''],
          ['surge ask → first offer written p50', `${fixed(percentile(surgeTimes, 50), 1)} ms`, ''],
          ['surge ask → first offer written p99', `${fixed(percentile(surgeTimes, 99), 1)} ms`, '< 1 s'],
          ['surge errors / questions without an offer 3 s after the surge', `${surgeErrors} / ${surgeMissed}`, '0 / 0'],
          ['questions never offered (database)', lost, '0'],
        ],
      ),
    );
  } finally {
    await expertInbox?.client.dispose();
    await orm?.close();
    await platform?.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
