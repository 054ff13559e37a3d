// Load runs with autocannon, in a worker thread so the load generator never shares an event loop with the Apollo
// gateway that runs in this process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

export interface Target {
  key: 'hive' | 'apollo' | 'hive-viewers' | 'apollo-viewers' | 'direct';
  name: string;
  url: string;
  body: string;
  /** Every response must be byte-identical to this (verified before the runs); anything else is an error. */
  expectBody: string;
  /**
   * Request headers, fresh per run (tokens expire): one set shared by every connection, or one set per connection
   * (connection i uses set i modulo their number).
   */
  headers: () => Promise<Record<string, string>[]>;
}

export interface RunResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts, non-2xx responses and bodies that differ from the verified one. */
  errors: number;
  seconds: number;
}

export async function runLoad(target: Target, options: { seconds: number; connections: number; rate?: number }): Promise<RunResult> {
  const headerSets = (await target.headers()).map((headers) => ({ 'content-type': 'application/json', ...headers }));
  // In worker mode autocannon takes per-connection setup as a module path: write one holding the header sets.
  const setupDir = headerSets.length > 1 ? mkdtempSync(join(tmpdir(), 'peerdesk-bench-setup-')) : undefined;
  const setupClient = setupDir && join(setupDir, 'setup-client.cjs');
  if (setupClient) {
    writeFileSync(
      setupClient,
      `const sets = ${JSON.stringify(headerSets)};\nlet next = 0;\nmodule.exports = (client) => client.setHeaders(sets[next++ % sets.length]);\n`,
    );
  }
  try {
    const result = await autocannon({
      url: target.url,
      method: 'POST',
      headers: headerSets[0],
      setupClient,
      body: target.body,
      connections: options.connections,
      duration: options.seconds,
      overallRate: options.rate,
      expectBody: target.expectBody,
      workers: 1,
      timeout: 10,
    });
    return {
      requestsPerSecond: result.requests.total / result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
      seconds: result.duration,
    };
  } finally {
    if (setupDir) rmSync(setupDir, { recursive: true, force: true });
  }
}
