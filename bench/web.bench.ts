// Web benchmark: the public question page's server response time (p50/p99) and weight (HTML, compressed JS and CSS),
// and the time from `postAnswer` at the gateway to the answer being visible in the asker's Chromium.
// Targets (issue 7): p50 < 50 ms, ≤ 100 KB compressed JavaScript, live answer visible < 1 s after postAnswer.
// Run from the repository root: `npx tsx bench/web.bench.ts [--reps 3] [--requests 200] [--live 5]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { graphql } from '@peerdesk/runtime/testing/client';
import { launchBrowser, signInThroughUi } from '../e2e/browser.ts';
import { startPlatform, type RunningPlatform } from '../scripts/platform.ts';
import { fixed, median, table } from './report.ts';

const { values: args } = parseArgs({
  options: {
    reps: { type: 'string', default: '3' },
    requests: { type: 'string', default: '200' },
    live: { type: 'string', default: '5' },
  },
});
const REPS = Number(args.reps);
const REQUESTS = Number(args.requests);
const LIVE_RUNS = Number(args.live);
const say = (line: string) => console.error(`bench: ${line}`);

/** `count` consecutive free loopback ports (the platform takes gateway … gateway+5). */
async function freePorts(count: number): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  for (;;) {
    const base = 40_000 + Math.floor(Math.random() * 20_000);
    let ok = true;
    for (let i = 0; i < count && ok; i++) ok = await free(base + i);
    if (ok) return base;
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** Sequential requests (one at a time, as one visitor), each timed until the whole body is read. */
async function timeRequests(send: () => Promise<Response>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 20; i++) await (await send()).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    const response = await send();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    times.push(performance.now() - start);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function call<T>(gatewayUrl: string, text: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await graphql<T>(gatewayUrl, text, variables, token ? { authorization: `Bearer ${token}` } : {});
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const signIn = async (gatewayUrl: string, email: string) =>
  (await call<{ signIn: { accessToken: string } }>(gatewayUrl, 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
    input: { email, password: DEMO_PASSWORD },
  })).signIn.accessToken;

/** Bytes the question page makes a first-time visitor download, raw and gzip-compressed, by kind. */
async function pageWeight(browser: Browser, url: string) {
  const page = await browser.newPage({ locale: 'es-ES' });
  const bodies: Promise<{ kind: string; body: Buffer }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const kind = type === 'document' ? 'HTML' : type === 'script' ? 'JavaScript' : type === 'stylesheet' ? 'CSS' : 'other';
    bodies.push(response.body().then((body) => ({ kind, body })).catch(() => ({ kind, body: Buffer.alloc(0) })));
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  await page.close();
  const kinds = ['HTML', 'JavaScript', 'CSS', 'other'];
  return kinds.map((kind) => {
    const of = all.filter((entry) => entry.kind === kind);
    return {
      kind,
      files: of.length,
      raw: of.reduce((sum, entry) => sum + entry.body.length, 0),
      gzip: of.reduce((sum, entry) => sum + (entry.body.length ? gzipSync(entry.body, { level: 9 }).length : 0), 0),
    };
  });
}

/**
 * One live run: a new question asked by customer1, open in their browser; an expert claims and posts an answer
 * through the gateway; the page records (its clock = this machine's) when the answer's text appears.
 */
async function liveRun(page: Page, platform: RunningPlatform, webUrl: string, brandId: string, tokens: { asker: string; expert: string }) {
  const gatewayUrl = platform.gatewayUrl;
  const marker = Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  const { askQuestion } = await call<{ askQuestion: { id: string } }>(
    gatewayUrl,
    'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
    { input: { brandId, title: `No tengo datos en roaming ${marker}`, body: 'Desde que llegué a Lisboa el móvil no navega.', category: 'roaming', language: 'es' } },
    tokens.asker,
  );
  await page.goto(`${webUrl}/telco-sol/q/${askQuestion.id}`);
  await page.getByText('En vivo').first().waitFor({ timeout: 15_000 });
  // graphql-ws has no per-subscription acknowledgement: let the gateway open the upstream subscription first.
  await page.waitForTimeout(1500);
  await page.evaluate((text) => {
    const w = window as unknown as { seenAt?: number };
    const observer = new MutationObserver(() => {
      if (!w.seenAt && document.body.innerText.includes(text)) {
        w.seenAt = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, marker);
  await call(gatewayUrl, 'mutation ($input: ClaimQuestionInput!) { claimQuestion(input: $input) { id } }', { input: { questionId: askQuestion.id } }, tokens.expert);
  const sentAt = Date.now();
  await call(gatewayUrl, 'mutation ($input: PostAnswerInput!) { postAnswer(input: $input) { id } }', {
    input: { questionId: askQuestion.id, body: `Activa la itinerancia de datos en Ajustes (${marker}).` },
  }, tokens.expert);
  const answeredAt = Date.now();
  await page.waitForFunction(() => (window as unknown as { seenAt?: number }).seenAt !== undefined, undefined, { timeout: 10_000 });
  const seenAt = await page.evaluate(() => (window as unknown as { seenAt: number }).seenAt);
  return { visibleMs: seenAt - sentAt, mutationMs: answeredAt - sentAt };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'peerdesk-web-bench-'));
  let platform: RunningPlatform | undefined;
  let browser: Browser | undefined;
  try {
    const gatewayPort = await freePorts(6);
    const [postgresPort, webPort] = [await freePorts(1), await freePorts(1)];
    platform = await startPlatform({ dataDir, postgresPort, gatewayPort, webPort, web: true, env: { ...process.env, DATABASE_URL: '' }, log: say });
    const webUrl = platform.webUrl!;
    const gatewayUrl = platform.gatewayUrl;
    const brandId = (await call<{ brand: { id: string } }>(gatewayUrl, '{ brand(slug: "telco-sol") { id } }', {})).brand.id;
    const questionId = (
      await call<{ questions: { edges: { node: { id: string } }[] } }>(
        gatewayUrl,
        'query ($brandId: ID!) { questions(brandId: $brandId, first: 1, status: RESOLVED) { edges { node { id } } } }',
        { brandId },
      )
    ).questions.edges[0]!.node.id;
    const questionUrl = `${webUrl}/telco-sol/q/${questionId}`;
    const headers = { 'accept-language': 'es-ES,es;q=0.9' };
    const targets: [string, () => Promise<Response>][] = [
      ['question page (SSR, anonymous)', () => fetch(questionUrl, { headers })],
      ['baseline: static file from the web server (/robots.txt)', () => fetch(`${webUrl}/robots.txt`)],
      [
        'baseline: the page’s question query at the gateway',
        () =>
          fetch(gatewayUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: 'query ($id: ID!) { question(id: $id) { id title body status answers { id body author { handle } } } }', variables: { id: questionId } }),
          }),
      ],
    ];
    const server = new Map<string, { p50: number[]; p99: number[] }>(targets.map(([name]) => [name, { p50: [], p99: [] }]));
    for (let rep = 1; rep <= REPS; rep++) {
      for (const [name, send] of targets) {
        const { p50, p99 } = await timeRequests(send);
        server.get(name)!.p50.push(p50);
        server.get(name)!.p99.push(p99);
        say(`rep ${rep} ${name}: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
      }
    }

    browser = await launchBrowser();
    const weight = await pageWeight(browser, questionUrl);

    const context = await browser.newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    await signInThroughUi(page, webUrl, 'customer1@telco-sol.test', DEMO_PASSWORD, '/telco-sol');
    const tokens = { asker: await signIn(gatewayUrl, 'customer1@telco-sol.test'), expert: await signIn(gatewayUrl, 'expert1@telco-sol.test') };
    const live: { visibleMs: number; mutationMs: number }[] = [];
    for (let run = 1; run <= LIVE_RUNS; run++) {
      const result = await liveRun(page, platform, webUrl, brandId, tokens);
      live.push(result);
      say(`live run ${run}: visible after ${result.visibleMs} ms (postAnswer answered in ${result.mutationMs} ms)`);
    }

    const questionP50 = median(server.get(targets[0]![0])!.p50);
    const js = weight.find((w) => w.kind === 'JavaScript')!;
    const visible = median(live.map((r) => r.visibleMs));
    console.log(`Public question page, ${REQUESTS} sequential requests per repetition, medians of ${REPS} repetitions:\n`);
    console.log(
      table(
        ['request', 'p50 ms', 'p99 ms', 'p50 × static file', 'repetitions p50 ms'],
        targets.map(([name]) => {
          const row = server.get(name)!;
          return [name, fixed(median(row.p50), 1), fixed(median(row.p99), 1), fixed(median(row.p50) / median(server.get(targets[1]![0])!.p50), 1), row.p50.map((v) => fixed(v, 1)).join(', ')];
        }),
      ),
    );
    console.log('\nWeight of the question page for a first visit (Chromium, everything it downloads; gzip -9 of each file):\n');
    console.log(table(['kind', 'files', 'raw KB', 'gzip KB'], weight.map((w) => [w.kind, w.files, fixed(w.raw / 1024, 1), fixed(w.gzip / 1024, 1)])));
    console.log(`\nLive answer, ${LIVE_RUNS} runs (postAnswer sent through the gateway → text visible in the asker's Chromium):\n`);
    console.log(
      table(
        ['measure', 'median ms', 'max ms', 'runs ms'],
        [
          ['answer visible in the browser', fixed(visible), fixed(Math.max(...live.map((r) => r.visibleMs))), live.map((r) => r.visibleMs).join(', ')],
          ['baseline: postAnswer HTTP round trip', fixed(median(live.map((r) => r.mutationMs))), fixed(Math.max(...live.map((r) => r.mutationMs))), live.map((r) => r.mutationMs).join(', ')],
        ],
      ),
    );
    console.log(
      `\nTargets: p50 < 50 ms — ${fixed(questionP50, 1)} ms ${questionP50 < 50 ? 'met' : 'MISSED'}; ` +
        `JavaScript ≤ 100 KB gzip — ${fixed(js.gzip / 1024, 1)} KB ${js.gzip <= 100 * 1024 ? 'met' : 'MISSED'}; ` +
        `live answer < 1000 ms — ${fixed(visible)} ms ${visible < 1000 ? 'met' : 'MISSED'}.`,
    );
  } finally {
    await browser?.close();
    await platform?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
