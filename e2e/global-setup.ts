// Vitest global setup for e2e: starts the platform the way `npm start` does (own ports and data folder).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPlatform } from '../scripts/platform.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    gatewayUrl: string;
    webUrl: string;
    /** The platform's PostgreSQL, for tests that inspect or replay the event bus. */
    databaseUrl: string;
  }
}

const ROOT = new URL('..', import.meta.url).pathname;

// E2E_PORT_OFFSET shifts every port so that two checkouts can run e2e side by side.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);

export default async function setup(project: TestProject) {
  // A platform already running (started by hand while iterating on one test file) is used as is.
  if (process.env.E2E_GATEWAY_URL) {
    project.provide('gatewayUrl', process.env.E2E_GATEWAY_URL);
    project.provide('webUrl', process.env.E2E_WEB_URL ?? '');
    project.provide('databaseUrl', process.env.E2E_DATABASE_URL ?? '');
    return;
  }
  const root = join(ROOT, '.data', 'test');
  mkdirSync(root, { recursive: true });
  const dataDir = join(mkdtempSync(join(root, 'e2e-')), 'data');
  const platform = await startPlatform({
    dataDir,
    postgresPort: 25433 + offset,
    gatewayPort: 24000 + offset,
    webPort: 23000 + offset,
    web: process.env.E2E_WEB !== '0',
    env: { ...process.env, DATABASE_URL: '' },
    log: (line) => console.log(`[e2e platform] ${line}`),
  });
  project.provide('gatewayUrl', platform.gatewayUrl);
  project.provide('webUrl', platform.webUrl ?? '');
  project.provide('databaseUrl', platform.databaseUrl);
  return async () => {
    await platform.stop();
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  };
}
