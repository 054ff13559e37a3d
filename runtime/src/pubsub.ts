// Live-update fan-out across processes: PostgreSQL LISTEN/NOTIFY by default, Redis when REDIS_URL is set.
import pg from 'pg';
import { Redis } from 'ioredis';
import { logger } from './logger.ts';

export interface PubSub {
  publish(topic: string, payload: unknown): Promise<void>;
  /** An async iterator of payloads published to `topic` from any process, until the consumer returns. */
  subscribe<T>(topic: string): AsyncIterableIterator<T>;
  close(): Promise<void>;
}

type Listener = (payload: unknown) => void;

/** Routes messages arriving on one shared connection to in-process subscribers by topic. */
class TopicRouter {
  private readonly listeners = new Map<string, Set<Listener>>();

  dispatch(topic: string, payload: unknown): void {
    for (const listener of this.listeners.get(topic) ?? []) listener(payload);
  }

  iterate<T>(topic: string): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let waiting: ((result: IteratorResult<T>) => void) | undefined;
    let done = false;
    const listener: Listener = (payload) => {
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve({ value: payload as T, done: false });
      } else queue.push(payload as T);
    };
    const set = this.listeners.get(topic) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(topic, set);
    const finish = (): Promise<IteratorResult<T>> => {
      done = true;
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(topic);
      waiting?.({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift() as T, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: finish,
      throw: finish,
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

const CHANNEL = 'peerdesk_live';

class PostgresPubSub implements PubSub {
  private readonly router = new TopicRouter();
  private constructor(
    private readonly listener: pg.Client,
    private readonly publisher: pg.Pool,
  ) {}

  static async connect(url: string): Promise<PostgresPubSub> {
    const listener = new pg.Client({ connectionString: url });
    await listener.connect();
    const pubsub = new PostgresPubSub(listener, new pg.Pool({ connectionString: url, max: 4 }));
    listener.on('notification', (message) => {
      if (!message.payload) return;
      const { topic, payload } = JSON.parse(message.payload) as { topic: string; payload: unknown };
      pubsub.router.dispatch(topic, payload);
    });
    listener.on('error', (error) => logger.warn('pubsub listener error', { error: error.message }));
    await listener.query(`listen ${CHANNEL}`);
    return pubsub;
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    // NOTIFY payloads are limited to 8000 bytes: publish ids and small facts, let resolvers load the rest.
    await this.publisher.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify({ topic, payload })]);
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.router.iterate<T>(topic);
  }

  async close(): Promise<void> {
    await this.listener.end().catch(() => {});
    await this.publisher.end().catch(() => {});
  }
}

class RedisPubSub implements PubSub {
  private readonly router = new TopicRouter();
  private constructor(
    private readonly subscriber: Redis,
    private readonly publisher: Redis,
  ) {}

  static async connect(url: string): Promise<RedisPubSub> {
    const subscriber = new Redis(url);
    const pubsub = new RedisPubSub(subscriber, new Redis(url));
    subscriber.on('message', (_channel: string, message: string) => {
      const { topic, payload } = JSON.parse(message) as { topic: string; payload: unknown };
      pubsub.router.dispatch(topic, payload);
    });
    await subscriber.subscribe(CHANNEL);
    return pubsub;
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    await this.publisher.publish(CHANNEL, JSON.stringify({ topic, payload }));
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.router.iterate<T>(topic);
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}

export function connectPubSub(options: { databaseUrl: string; redisUrl?: string }): Promise<PubSub> {
  return options.redisUrl ? RedisPubSub.connect(options.redisUrl) : PostgresPubSub.connect(options.databaseUrl);
}
