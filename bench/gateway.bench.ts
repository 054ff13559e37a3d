// Gateway benchmark: the platform started as `npm start` starts it (Hive Gateway), the same supergraph behind
// @apollo/server + @apollo/gateway on the same subgraphs, and the experts subgraph called directly as a floor.
// Run from the repository root: `npx tsx bench/gateway.bench.ts [--reps 3] [--seconds 10] [--warmup 3]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SERVICE_NAMES, type ServiceName } from '@peerdesk/runtime/config';
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { VIEWER_HEADER, signViewer } from '@peerdesk/runtime/viewer';
import { authenticate } from '../gateway/src/authentication.plugin.ts';
import { startPlatform, type RunningPlatform } from '../scripts/platform.ts';
import { startApolloGateway, type RunningApolloGateway } from './apollo-gateway.ts';
import { runLoad, type Target } from './load.ts';
import { cpuSince, cpuSnapshot, machineBusySeconds, platformGroups, type ProcessGroup } from './processes.ts';
import { fixed, loadReport, memoryTable, type Measured } from './report.ts';

const { values: args } = parseArgs({
  options: {
    reps: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
  },
});
const SETTINGS = {
  reps: Number(args.reps),
  seconds: Number(args.seconds),
  connections: 20,
  fixedRate: 200,
  targetRatio: 3,
  targetP99Ms: 20,
};
const WARMUP_SECONDS = Number(args.warmup);
const IDLE_SECONDS = 5;
const PORTS = { postgres: 35433, gateway: 34000, web: 34080, apollo: 34010 };

const LEADERBOARD = `query ($id: ID!) { leaderboard(brandId: $id, period: ALL_TIME) { entries { rank points expert { reputation level { name } user { handle } earnings { total { amountMinor currency } } } } } }`;
// What the gateways' first fetch asks the experts subgraph for, without the identity and rewards hops.
const LEADERBOARD_EXPERTS_ONLY = `query ($id: ID!) { leaderboard(brandId: $id, period: ALL_TIME) { entries { rank points expert { id reputation level { name } user { id } } } } }`;

const say = (line: string) => console.error(`bench: ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const json = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || json.errors) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return { text, data: json.data! };
}

/**
 * The targets, after checking that both gateways give the same error-free answer. Hive Gateway shares identical
 * in-flight subgraph requests (same query, variables and forwarded headers), which a single viewer hammering one
 * query maximises; the "one viewer per connection" targets give every connection its own session, so it cannot.
 */
async function prepareTargets(serviceUrls: Record<ServiceName, string>, apollo: RunningApolloGateway): Promise<Target[]> {
  const hiveUrl = `http://127.0.0.1:${PORTS.gateway}/graphql`;
  const brand = await post(hiveUrl, '{ brand(slug: "nimbus-games") { id } }', {});
  const brandId = (brand.data.brand as { id: string }).id;
  // Earnings are visible to the brand's admins only, so the gateways are called as the demo admin.
  const signIn = async () => {
    const { data } = await post(hiveUrl, 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
      input: { email: 'admin@nimbus-games.test', password: DEMO_PASSWORD },
    });
    return { authorization: `Bearer ${(data.signIn as { accessToken: string }).accessToken}` };
  };
  const admin = await signIn();
  const sessions: Record<string, string>[] = [];
  for (let i = 0; i < SETTINGS.connections; i++) sessions.push(await signIn());
  const viewer = await authenticate(admin.authorization);
  const body = JSON.stringify({ query: LEADERBOARD, variables: { id: brandId } });

  const hive = await post(hiveUrl, LEADERBOARD, { id: brandId }, admin);
  const apolloAnswer = await post(apollo.url, LEADERBOARD, { id: brandId }, admin);
  if (JSON.stringify(hive.data) !== JSON.stringify(apolloAnswer.data)) {
    throw new Error(`the gateways disagree:\nHive:   ${hive.text}\nApollo: ${apolloAnswer.text}`);
  }
  const entries = (hive.data.leaderboard as { entries: unknown[] }).entries;
  if (entries.length === 0) throw new Error('the nimbus-games leaderboard is empty: nothing federated to measure');
  say(`both gateways return the same ${entries.length} leaderboard entries (${hive.text.length} bytes): ${hive.text.slice(0, 200)}…`);
  const directHeaders = async () => [{ [VIEWER_HEADER]: await signViewer(viewer) }];
  const direct = await post(serviceUrls.experts, LEADERBOARD_EXPERTS_ONLY, { id: brandId }, (await directHeaders())[0]);

  return [
    { key: 'hive', name: 'Hive Gateway (Peerdesk)', url: hiveUrl, body, expectBody: hive.text, headers: async () => [admin] },
    { key: 'apollo', name: '@apollo/gateway 2.14', url: apollo.url, body, expectBody: apolloAnswer.text, headers: async () => [admin] },
    { key: 'hive-viewers', name: 'Hive Gateway, viewer per connection', url: hiveUrl, body, expectBody: hive.text, headers: async () => sessions },
    { key: 'apollo-viewers', name: '@apollo/gateway, viewer per connection', url: apollo.url, body, expectBody: apolloAnswer.text, headers: async () => sessions },
    {
      key: 'direct',
      name: 'experts subgraph direct',
      url: serviceUrls.experts,
      body: JSON.stringify({ query: LEADERBOARD_EXPERTS_ONLY, variables: { id: brandId } }),
      expectBody: direct.text,
      headers: directHeaders,
    },
  ];
}

/** `groups` is re-read around every run: PostgreSQL starts backends as the services' pools grow. */
async function measure(targets: Target[], groups: () => ProcessGroup[], idleCpu: Map<string, number>): Promise<Map<Target['key'], Measured>> {
  const results = new Map(targets.map((target) => [target.key, { max: [], fixedRate: [] } as Measured]));
  const line = (rep: number, mode: string, name: string, run: { requestsPerSecond: number; p50: number; p99: number; errors: number }) =>
    say(`rep ${rep}/${SETTINGS.reps} ${mode} ${name}: ${fixed(run.requestsPerSecond)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, errors ${run.errors}`);
  for (const target of targets) {
    say(`warm-up ${WARMUP_SECONDS} s: ${target.name}`);
    await runLoad(target, { seconds: WARMUP_SECONDS, connections: SETTINGS.connections });
  }
  // Interleaved (A, B, C, A, B, C…) so drift on the shared machine hits every target alike.
  for (let rep = 1; rep <= SETTINGS.reps; rep++) {
    for (const target of targets) {
      const before = cpuSnapshot(groups());
      const machineBefore = machineBusySeconds();
      const run = await runLoad(target, { seconds: SETTINGS.seconds, connections: SETTINGS.connections });
      const used = cpuSince(groups(), before);
      const othersCpu = machineBusySeconds() - machineBefore - [...used.values()].reduce((a, b) => a + b, 0);
      // Background work (event relays polling, timers) is subtracted at its idle rate.
      const cpu = new Map([...used].map(([name, seconds]) => [name, Math.max(0, seconds - (idleCpu.get(name) ?? 0) * run.seconds)]));
      results.get(target.key)!.max.push({ ...run, cpu, othersCpu });
      line(rep, 'max', target.name, run);
    }
    for (const target of targets) {
      const run = await runLoad(target, { seconds: SETTINGS.seconds, connections: SETTINGS.connections, rate: SETTINGS.fixedRate });
      results.get(target.key)!.fixedRate.push(run);
      line(rep, `${SETTINGS.fixedRate}/s`, target.name, run);
    }
  }
  return results;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'peerdesk-bench-'));
  const dataDir = join(root, 'data');
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  const loadAtStart = load();
  let platform: RunningPlatform | undefined;
  let apollo: RunningApolloGateway | undefined;
  try {
    say(`${cpus().length} cores, load average ${loadAtStart}, Node ${process.version}`);
    const started = performance.now();
    platform = await startPlatform({
      dataDir,
      postgresPort: PORTS.postgres,
      gatewayPort: PORTS.gateway,
      webPort: PORTS.web,
      web: false,
      env: { ...process.env, DATABASE_URL: '' },
      log: say,
    });
    const startupSeconds = (performance.now() - started) / 1000;
    say(`platform ready in ${startupSeconds.toFixed(1)} s; idling ${IDLE_SECONDS} s before reading memory`);

    const running = platform;
    const platformOnly = () => platformGroups(running.processes, dataDir);
    const groups = () => [...platformOnly(), { name: 'bench process', pids: [process.pid] }];
    const idleStart = cpuSnapshot(groups());
    await sleep(IDLE_SECONDS * 1000);
    const idleCpu = new Map([...cpuSince(groups(), idleStart)].map(([name, used]) => [name, used / IDLE_SECONDS]));
    const idleMemory = memoryTable(platformOnly(), idleCpu);

    const serviceUrls = Object.fromEntries(
      SERVICE_NAMES.map((name, i) => [name, `http://127.0.0.1:${PORTS.gateway + 1 + i}/graphql`]),
    ) as Record<ServiceName, string>;
    apollo = await startApolloGateway({ serviceUrls, port: PORTS.apollo });
    const targets = await prepareTargets(serviceUrls, apollo);
    const results = await measure(targets, groups, idleCpu);
    const loadedMemory = memoryTable(platformOnly());

    console.log(
      [
        `# Peerdesk gateway benchmark — ${new Date().toISOString()}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
        '',
        `Load average (1, 5, 15 min) at start ${loadAtStart}, at end ${load()}.`,
        '',
        loadReport(targets, results, groups(), SETTINGS),
        '',
        `Platform start (embedded PostgreSQL initdb, migrations, demo seed, 5 subgraphs, gateway; no web app): ${startupSeconds.toFixed(1)} s`,
        '',
        `Platform memory and CPU at idle (${IDLE_SECONDS} s after ready; CPU % of one core):`,
        '',
        idleMemory,
        '',
        'Platform memory after the load runs:',
        '',
        loadedMemory,
      ].join('\n'),
    );
  } finally {
    await apollo?.stop();
    await platform?.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
