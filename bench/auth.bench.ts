// Authentication benchmark: what a bearer JWT and a partner API key add to a request at the gateway, against the
// same gateway and query with no credentials in the same run; and how long a revoked key keeps working on two
// gateway processes serving the same subgraphs.
// Run from the repository root: `npx tsx bench/auth.bench.ts [--reps 5] [--requests 1500] [--revocations 10]`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { freePort, freePortRun } from '@peerdesk/runtime/testing/ports';
import { ApiKeyVerifier, KeyRateLimiter } from '../gateway/src/api-keys.ts';
import { Authenticator, signedViewer, type Credentials } from '../gateway/src/authentication.plugin.ts';
import { IdentityClient } from '../gateway/src/identity-client.ts';
import { RevocationList } from '../gateway/src/revocations.ts';
import { startPlatform, type RunningPlatform } from '../scripts/platform.ts';
import { fixed, median, percentile, table } from './report.ts';

const { values: args } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    requests: { type: 'string', default: '1500' },
    revocations: { type: 'string', default: '10' },
  },
});
const REPS = Number(args.reps);
const REQUESTS = Number(args.requests);
const REVOCATIONS = Number(args.revocations);
const IN_PROCESS_CALLS = 20_000;
const TARGETS = { addedP99Ms: 2, revocationMs: 1000 };

// A public query: every caller gets the same answer, so only authentication differs between the variants.
const QUERY = JSON.stringify({ query: '{ brand(slug: "nimbus-games") { id name slug } }' });

const say = (line: string) => console.error(`bench: ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function must<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<T> {
  const result = await graphql<T>(url, query, variables, headers);
  if (!result.data || result.errors) throw new Error(`${url}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** One request's latency in ms, failing on any answer but the expected one. */
async function timed(url: string, headers: Record<string, string>, expected: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });
  const text = await response.text();
  const ms = performance.now() - started;
  if (text !== expected) throw new Error(`unexpected answer: ${text.slice(0, 300)}`);
  return ms;
}

interface Variant {
  name: string;
  headers: Record<string, string>;
}

/**
 * Sequential requests (one at a time, so queueing never hides the per-request cost), variants interleaved in blocks
 * of 50 so that drift on the shared machine hits each alike. Returns p50/p99 per variant per repetition.
 */
async function latencies(url: string, variants: Variant[], expected: string) {
  const results = variants.map(() => [] as { p50: number; p99: number }[]);
  for (let i = 0; i < 200; i++) for (const variant of variants) await timed(url, variant.headers, expected); // warm-up
  for (let rep = 1; rep <= REPS; rep++) {
    const samples = variants.map(() => [] as number[]);
    for (let done = 0; done < REQUESTS; done += 50) {
      for (const [v, variant] of variants.entries())
        for (let i = 0; i < 50; i++) samples[v]!.push(await timed(url, variant.headers, expected));
    }
    for (const [v, list] of samples.entries()) {
      const sorted = list.sort((a, b) => a - b);
      results[v]!.push({ p50: percentile(sorted, 50), p99: percentile(sorted, 99) });
      say(
        `rep ${rep}/${REPS} ${variants[v]!.name}: p50 ${fixed(percentile(sorted, 50), 2)} ms, p99 ${fixed(percentile(sorted, 99), 2)} ms`,
      );
    }
  }
  return results;
}

/** The gateway's own authentication code (verify + sign the forwarded viewer), in this process, per call. */
async function inProcess(identityUrl: string, credentials: Credentials[]): Promise<{ p50: number; p99: number }[]> {
  const revocations = new RevocationList();
  const authenticator = new Authenticator(
    revocations,
    new ApiKeyVerifier(new IdentityClient(identityUrl), revocations),
    new KeyRateLimiter(),
  );
  return Promise.all(
    credentials.map(async (credential) => {
      for (let i = 0; i < 1000; i++) await signedViewer(await authenticator.viewerFor(credential, false));
      const samples: number[] = [];
      for (let i = 0; i < IN_PROCESS_CALLS; i++) {
        const started = performance.now();
        await signedViewer(await authenticator.viewerFor(credential, false));
        samples.push(performance.now() - started);
      }
      const sorted = samples.sort((a, b) => a - b);
      return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
    }),
  );
}

/** Starts another gateway process on the platform's subgraphs and database. */
async function secondGateway(platform: RunningPlatform, base: number): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: platform.databaseUrl,
    GATEWAY_PORT: String(port),
    IDENTITY_PORT: String(base + 1),
    QUESTIONS_PORT: String(base + 2),
    EXPERTS_PORT: String(base + 3),
    REWARDS_PORT: String(base + 4),
    SEARCH_PORT: String(base + 5),
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/main.ts'], { env, stdio: 'ignore' });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthcheck`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the second gateway did not start');
    await sleep(200);
  }
  return { url: `http://127.0.0.1:${port}/graphql`, child };
}

/** Revokes a key through `through` and polls both gateways until each refuses it; ms until each did. */
async function revocationRound(gateways: string[], admin: Record<string, string>, brandId: string): Promise<number[]> {
  const created = await must<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
    gateways[0]!,
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }',
    { input: { brandId, name: 'revocation bench', scopes: ['READ_COMMUNITY'] } },
    admin,
  );
  const key = { 'x-api-key': created.createApiKey.secret };
  // Both gateways have verified (and cached) the key before it is revoked.
  for (const url of gateways) await must(url, '{ brands { id } }', {}, key);
  const refused = async (url: string) =>
    (await graphql(url, '{ brands { id } }', {}, key)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';
  const started = performance.now();
  const revoking = must(
    gateways[0]!,
    'mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id } }',
    { input: { id: created.createApiKey.apiKey.id } },
    admin,
  );
  const waits = await Promise.all(
    gateways.map(async (url) => {
      while (!(await refused(url))) {
        if (performance.now() - started > 10_000) throw new Error(`${url} still accepts the revoked key after 10 s`);
        await sleep(2);
      }
      return performance.now() - started;
    }),
  );
  await revoking;
  return waits;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'peerdesk-auth-bench-'));
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  const loadAtStart = load();
  let platform: RunningPlatform | undefined;
  let second: ChildProcess | undefined;
  try {
    const base = await freePortRun(6);
    say(`${cpus().length} cores, load average ${loadAtStart}; platform on ports ${base}–${base + 5}`);
    platform = await startPlatform({
      dataDir: join(root, 'data'),
      postgresPort: await freePort(),
      gatewayPort: base,
      webPort: await freePort(),
      web: false,
      env: { ...process.env, DATABASE_URL: '' },
      log: say,
    });
    const url = `http://127.0.0.1:${base}/graphql`;
    const identityUrl = `http://127.0.0.1:${base + 1}/graphql`;
    const signIn = await must<{ signIn: { accessToken: string } }>(
      url,
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      {
        input: { email: 'admin@nimbus-games.test', password: DEMO_PASSWORD },
      },
    );
    const admin = { authorization: `Bearer ${signIn.signIn.accessToken}` };
    const brand = await must<{ brand: { id: string } }>(url, '{ brand(slug: "nimbus-games") { id } }', {});
    const key = await must<{ createApiKey: { secret: string } }>(
      url,
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { brandId: brand.brand.id, name: 'auth bench', scopes: ['READ_COMMUNITY'], rateLimitPerMinute: 10_000 } },
      admin,
    );
    const variants: Variant[] = [
      { name: 'no credentials (baseline)', headers: {} },
      { name: 'bearer JWT', headers: admin },
      { name: 'API key', headers: { 'x-api-key': key.createApiKey.secret } },
    ];
    const expected = await (
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY })
    ).text();
    for (const variant of variants) await timed(url, variant.headers, expected); // every variant gets the same answer
    say(`latency: ${REPS} × ${REQUESTS} sequential requests per variant, interleaved`);
    const measured = await latencies(url, variants, expected);
    say(`in process: ${IN_PROCESS_CALLS} calls of Authenticator.viewerFor + signedViewer per credential`);
    const local = await inProcess(identityUrl, [{}, { authorization: admin.authorization }, { apiKey: key.createApiKey.secret }]);

    say('revocation: a second gateway process on the same subgraphs');
    const other = await secondGateway(platform, base);
    second = other.child;
    const rounds: number[][] = [];
    for (let i = 0; i < REVOCATIONS; i++) {
      const waits = await revocationRound([url, other.url], admin, brand.brand.id);
      rounds.push(waits);
      say(
        `revocation ${i + 1}/${REVOCATIONS}: refused by the revoking gateway after ${fixed(waits[0]!, 1)} ms, by the other after ${fixed(waits[1]!, 1)} ms`,
      );
    }

    const baseP99 = median(measured[0]!.map((r) => r.p99));
    const baseP50 = median(measured[0]!.map((r) => r.p50));
    const rows = variants.map((variant, v) => {
      const p50 = median(measured[v]!.map((r) => r.p50));
      const p99 = median(measured[v]!.map((r) => r.p99));
      return [
        variant.name,
        fixed(p50, 2),
        fixed(p99, 2),
        v === 0 ? '—' : fixed(p50 - baseP50, 2),
        v === 0 ? '—' : fixed(p99 - baseP99, 2),
        fixed(p99 / baseP99, 2),
        fixed(local[v]!.p50 * 1000, 0),
        fixed(local[v]!.p99 * 1000, 0),
      ];
    });
    const both = rounds.map((waits) => Math.max(...waits));
    const revocationRows = [
      ['revoking gateway', ...summary(rounds.map((waits) => waits[0]!))],
      ['other gateway process', ...summary(rounds.map((waits) => waits[1]!))],
      ['both refuse', ...summary(both)],
    ];
    console.log(
      [
        `# Peerdesk authentication benchmark — ${new Date().toISOString()}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
        '',
        `Load average (1, 5, 15 min) at start ${loadAtStart}, at end ${load()}.`,
        '',
        `Latency through the gateway, \`{ brand(slug) { id name slug } }\`: medians of ${REPS} repetitions of ${REQUESTS} sequential requests per variant (ms); added = variant − baseline; in process = the gateway's authentication code alone (µs, ${IN_PROCESS_CALLS} calls). Target: < ${TARGETS.addedP99Ms} ms p99 added.`,
        '',
        table(['variant', 'p50', 'p99', 'added p50', 'added p99', 'p99 ratio', 'in process p50 µs', 'in process p99 µs'], rows),
        '',
        `Revocation: ${REVOCATIONS} keys, each verified by both gateway processes, revoked through the first; ms from sending revokeApiKey until each refuses it (polled every 2 ms). Target: both < ${TARGETS.revocationMs} ms.`,
        '',
        table(['gateway', 'median', 'p90', 'max'], revocationRows),
      ].join('\n'),
    );
  } finally {
    second?.kill('SIGTERM');
    await platform?.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

function summary(values: number[]): string[] {
  const sorted = [...values].sort((a, b) => a - b);
  return [fixed(median(sorted), 1), fixed(percentile(sorted, 90), 1), fixed(sorted.at(-1)!, 1)];
}

await main();
