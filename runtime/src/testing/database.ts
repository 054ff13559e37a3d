// Per-worker test databases on the run's embedded PostgreSQL server (see postgres.global-setup.ts).
import pg from 'pg';
import { inject } from 'vitest';

const created = new Map<string, Promise<string>>();

/** A database private to this vitest worker (and `suffix`), created on first use. */
export function testDatabaseUrl(suffix = 'main'): Promise<string> {
  const name = `test_${process.env.VITEST_POOL_ID ?? '0'}_${suffix}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
  let url = created.get(name);
  if (!url) {
    url = createDatabase(name);
    created.set(name, url);
  }
  return url;
}

async function createDatabase(name: string): Promise<string> {
  const adminUrl = inject('postgresAdminUrl');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
