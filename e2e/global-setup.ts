// Vitest global setup for e2e: starts the platform the way `npm start` does (own ports and data folder).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPlatform } from '../scripts/platform.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    gatewayUrl: string;
    webUrl: string;
  }
}

const ROOT = new URL('..', import.meta.url).pathname;

export default async function setup(project: TestProject) {
  const root = join(ROOT, '.data', 'test');
  mkdirSync(root, { recursive: true });
  const dataDir = join(mkdtempSync(join(root, 'e2e-')), 'data');
  const platform = await startPlatform({
    dataDir,
    postgresPort: 25433,
    gatewayPort: 24000,
    webPort: 23000,
    web: process.env.E2E_WEB !== '0',
    env: { ...process.env, DATABASE_URL: '' },
    log: (line) => console.log(`[e2e platform] ${line}`),
  });
  project.provide('gatewayUrl', platform.gatewayUrl);
  project.provide('webUrl', platform.webUrl ?? '');
  return async () => {
    await platform.stop();
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  };
}
