import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectPubSub, type PubSub } from './pubsub.ts';
import { freePort } from './testing/ports.ts';

const opened: PubSub[] = [];
afterAll(async () => {
  for (const pubsub of opened) await pubsub.close();
});

async function open(redisUrl?: string): Promise<PubSub> {
  const pubsub = await connectPubSub({ databaseUrl: inject('postgresAdminUrl'), redisUrl });
  opened.push(pubsub);
  return pubsub;
}

describe('PostgreSQL pub/sub', () => {
  it('delivers a message published by one process-like instance to subscribers of another, by topic', async () => {
    const publisher = await open();
    const subscriber = await open();
    const feed = subscriber.subscribe<{ n: number }>('feed:a');
    const other = subscriber.subscribe<{ n: number }>('feed:b');
    await publisher.publish('feed:a', { n: 1 });
    await publisher.publish('feed:b', { n: 2 });
    await publisher.publish('feed:a', { n: 3 });
    expect((await feed.next()).value).toEqual({ n: 1 });
    expect((await feed.next()).value).toEqual({ n: 3 });
    expect((await other.next()).value).toEqual({ n: 2 });
    await feed.return?.();
    await other.return?.();
  });

  it('stops delivering to a subscriber that returned', async () => {
    const pubsub = await open();
    const feed = pubsub.subscribe<{ n: number }>('feed:c');
    await feed.return?.();
    await pubsub.publish('feed:c', { n: 1 });
    expect(await feed.next()).toEqual({ value: undefined, done: true });
  });
});

// Redis fans out across replicas in production (REDIS_URL). CI installs redis-server; elsewhere it may be absent.
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis && process.env.CI) throw new Error('redis-server is required in CI (.ci/run installs it)');

describe.skipIf(!hasRedis)('Redis pub/sub (skipped: redis-server is not installed)', () => {
  let server: ChildProcess;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}`;
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  afterAll(() => {
    server?.kill();
  });

  it('delivers across instances by topic', async () => {
    const publisher = await open(url);
    const subscriber = await open(url);
    const feed = subscriber.subscribe<{ n: number }>('feed:r');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await publisher.publish('feed:r', { n: 7 });
    expect((await feed.next()).value).toEqual({ n: 7 });
    await feed.return?.();
  });
});
