// Vitest global setup: one embedded PostgreSQL server for the whole run; each worker gets its own database.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../embedded-postgres.ts';
import { freePort } from './ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = join(process.cwd(), '.data', 'test');
  mkdirSync(root, { recursive: true });
  const dataDir = join(mkdtempSync(join(root, 'pg-')), 'data');
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres', persistent: false });
  project.provide('postgresAdminUrl', postgres.url);
  return async () => {
    await postgres.stop();
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  };
}
