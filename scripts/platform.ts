// Starts the whole platform as `npm start` does: PostgreSQL (embedded unless DATABASE_URL is set), migrations,
// the demo community, every service, the gateway and the web app, each its own process. Used by e2e tests too.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceName } from '@peerdesk/runtime/config';
import { startEmbeddedPostgres, type RunningPostgres } from '@peerdesk/runtime/embedded-postgres';
import { migrateAll } from './migrate.ts';
import { SERVICES, type ServiceEntry } from './services.ts';

const ROOT = new URL('..', import.meta.url).pathname;

export interface PlatformOptions {
  /** Where the embedded PostgreSQL keeps its data (ignored when DATABASE_URL is set). */
  dataDir: string;
  postgresPort: number;
  /** Port base: gateway = base, identity = base+1 … search = base+5; web separately. */
  gatewayPort: number;
  webPort: number;
  web: boolean;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  /** Pipe service output here (default: discarded unless LOG_LEVEL=debug). */
  output?: 'inherit' | 'ignore';
}

export interface RunningPlatform {
  gatewayUrl: string;
  webUrl: string | undefined;
  databaseUrl: string;
  processes: Map<string, ChildProcess>;
  /** Kills a service's process at once (SIGKILL: no shutdown of any kind), as a crash or a lost machine would. */
  kill(name: ServiceName): Promise<void>;
  /** Starts a killed service again, as a supervisor would, and waits until it is healthy. */
  restart(name: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

async function waitFor(url: string, name: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${name} was not ready at ${url} within ${timeoutMs / 1000}s`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the web app when its build is missing or older than its sources. */
async function ensureWebBuild(log: (line: string) => void): Promise<void> {
  const built = join(ROOT, 'web/build/index.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(ROOT, 'web/src'))) return;
  log('building the web app (first start or sources changed)…');
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '-w', '@peerdesk/web'], { cwd: ROOT, stdio: 'ignore' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`web build failed (exit ${code})`))));
  });
}

export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const log = options.log ?? (() => {});
  const env = options.env ?? process.env;
  let postgres: RunningPostgres | undefined;
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    postgres = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.postgresPort });
    databaseUrl = postgres.url;
    log(`PostgreSQL (embedded) on port ${options.postgresPort}, data in ${options.dataDir}`);
  }
  await migrateAll({ databaseUrl, seed: true, log });
  if (options.web) await ensureWebBuild(log);

  const ports = {
    GATEWAY_PORT: options.gatewayPort,
    IDENTITY_PORT: options.gatewayPort + 1,
    QUESTIONS_PORT: options.gatewayPort + 2,
    EXPERTS_PORT: options.gatewayPort + 3,
    REWARDS_PORT: options.gatewayPort + 4,
    SEARCH_PORT: options.gatewayPort + 5,
  };
  const childEnv: NodeJS.ProcessEnv = {
    ...env,
    ...Object.fromEntries(Object.entries(ports).map(([key, value]) => [key, String(value)])),
    DATABASE_URL: databaseUrl,
    PEERDESK_SUPERVISED: '1',
  };
  const processes = new Map<string, ChildProcess>();
  const launch = (name: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...childEnv, ...extraEnv },
      stdio: ['ignore', options.output ?? 'ignore', options.output ?? 'ignore'],
    });
    processes.set(name, child);
    return child;
  };

  const stop = async () => {
    const exits = [...processes.values()]
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map((child) => new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 8000).unref();
      }));
    await Promise.all(exits);
    await postgres?.stop();
  };

  const startService = (service: ServiceEntry) => {
    const child = launch(service.name, ['--import', 'tsx', service.main]);
    const port = ports[`${service.name.toUpperCase()}_PORT` as keyof typeof ports];
    return waitFor(`http://127.0.0.1:${port}/health`, service.name, child);
  };
  const kill = async (name: ServiceName) => {
    const child = processes.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  };
  const restart = async (name: ServiceName) => {
    await kill(name);
    await startService(SERVICES.find((service) => service.name === name)!);
  };

  try {
    await Promise.all(SERVICES.map(startService));
    log('subgraphs ready: identity, questions, experts, rewards, search');
    const gateway = launch('gateway', ['--import', 'tsx', 'gateway/src/main.ts']);
    await waitFor(`http://127.0.0.1:${ports.GATEWAY_PORT}/healthcheck`, 'gateway', gateway);
    let webUrl: string | undefined;
    if (options.web) {
      webUrl = `http://localhost:${options.webPort}`;
      const web = launch('web', ['web/build/index.js'], {
        PORT: String(options.webPort),
        HOST: '127.0.0.1',
        ORIGIN: webUrl,
        GATEWAY_URL: `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`,
        PUBLIC_GATEWAY_URL: `http://localhost:${ports.GATEWAY_PORT}/graphql`,
      });
      await waitFor(webUrl, 'web', web);
    }
    return { gatewayUrl: `http://localhost:${ports.GATEWAY_PORT}/graphql`, webUrl, databaseUrl, processes, kill, restart, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
