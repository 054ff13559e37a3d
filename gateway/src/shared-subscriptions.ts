// One subscription per distinct (viewer, operation, variables), multicast to every subscriber that asked for it: the
// gateway executes each event once for all of a brand's leaderboard watchers, and the subgraph sees one subscription
// per such group. (Sharing again at the subgraph transport was tried and removed: it lost live updates of a
// question's votes between two viewers, see docs/benchmarks.md.)
import type { Viewer } from '@peerdesk/runtime/viewer';
import { getOperationAST, parse } from 'graphql';

type MaybePromise<T> = T | Promise<T>;
/** What an executor answers: a stream of results, or one result (an error before the stream began). */
type Outcome<T> = AsyncIterable<T> | T;

const isStream = <T>(value: Outcome<T>): value is AsyncIterable<T> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/** One subscriber's view of a shared stream: the events pushed since it joined, until it leaves. */
class Listener<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting?: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void };
  private failed?: { error: unknown };
  private done = false;

  constructor(private readonly leave: (listener: Listener<T>) => void) {}

  push(value: T): void {
    if (this.done) return;
    if (!this.waiting) return void this.queue.push(value);
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting.resolve({ value, done: false });
  }

  end(error?: { error: unknown }): void {
    if (this.done) return;
    this.done = true;
    this.failed = error;
    if (!this.waiting) return;
    const waiting = this.waiting;
    this.waiting = undefined;
    if (error) waiting.reject(error.error);
    else waiting.resolve({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.failed) return Promise.reject(this.failed.error);
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.queue.length = 0;
    this.failed = undefined;
    this.end();
    this.leave(this);
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** One upstream stream and the listeners it feeds; closed when the last listener leaves. */
class Hub<T> {
  readonly listeners = new Set<Listener<T>>();
  private iterator?: AsyncIterator<T>;
  private closed = false;
  readonly outcome: Promise<Outcome<T>>;

  constructor(
    start: () => MaybePromise<Outcome<T>>,
    private readonly forget: () => void,
  ) {
    this.outcome = Promise.resolve().then(start);
    this.outcome.then(
      (outcome) => {
        if (!isStream(outcome)) return this.finish();
        this.iterator = outcome[Symbol.asyncIterator]();
        if (this.closed) void this.iterator.return?.();
        else void this.pump(this.iterator);
      },
      (error: unknown) => this.finish({ error }),
    );
  }

  join(): Listener<T> {
    const listener = new Listener<T>((left) => {
      this.listeners.delete(left);
      if (this.listeners.size === 0) this.close();
    });
    this.listeners.add(listener);
    return listener;
  }

  private async pump(iterator: AsyncIterator<T>): Promise<void> {
    try {
      for (;;) {
        const result = await iterator.next();
        if (result.done || this.closed) break;
        for (const listener of this.listeners) listener.push(result.value);
      }
      this.finish();
    } catch (error) {
      this.finish({ error });
    }
  }

  /** Errors and completion reach every listener; later subscribers start a new stream. */
  private finish(error?: { error: unknown }): void {
    this.forget();
    for (const listener of this.listeners) listener.end(error);
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.forget();
    void this.iterator?.return?.();
  }
}

export class SharedStreams<T> {
  private readonly hubs = new Map<string, Hub<T>>();

  /** How many distinct streams are open (one per key with at least one subscriber). */
  get size(): number {
    return this.hubs.size;
  }

  has(key: string): boolean {
    return this.hubs.has(key);
  }

  /** Joins the stream under `key`, starting it with `start` when nobody else has. */
  async join(key: string, start: () => MaybePromise<Outcome<T>>): Promise<Outcome<T>> {
    let hub = this.hubs.get(key);
    if (!hub) {
      const created: Hub<T> = new Hub(start, () => {
        if (this.hubs.get(key) === created) this.hubs.delete(key);
      });
      this.hubs.set(key, created);
      hub = created;
    }
    // Joined before the outcome is known, so no event pushed meanwhile is missed.
    const listener = hub.join();
    const outcome = await hub.outcome;
    if (isStream(outcome)) return listener;
    void listener.return();
    return outcome;
  }
}

/**
 * Who a subscription is shared among: the viewer without the caller's address (used only for login rate limiting), so
 * anonymous watchers share and a signed-in viewer shares only with the same session.
 */
export function viewerKey(viewer: Viewer | undefined): string {
  if (!viewer) return 'none';
  const scope: Partial<Viewer> = { ...viewer };
  delete scope.ip;
  return JSON.stringify(scope);
}

export const isSubscription = (query: string, operationName?: string | null): boolean => {
  try {
    return getOperationAST(parse(query), operationName)?.operation === 'subscription';
  } catch {
    return false;
  }
};
