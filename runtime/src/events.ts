// Transactional outbox on PostgreSQL: events are inserted with the change that causes them, fanned out to
// each subscribed consumer by a trigger, and applied by consumers at least once, idempotently.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { EntityManager, Orm } from './database.ts';
import { logger } from './logger.ts';

export interface DomainEvent<P = Record<string, unknown>> {
  id: string;
  type: string;
  payload: P;
  occurredAt: Date;
}

/**
 * Records an event in the caller's transaction: it is delivered only if that transaction commits.
 * `deliverAt` schedules it (claim expiry, SLA steps), which survives restarts like any other event.
 */
export async function publishEvent(
  em: EntityManager,
  type: string,
  payload: Record<string, unknown>,
  options: { id?: string; deliverAt?: Date } = {},
): Promise<string> {
  if (!em.isInTransaction()) throw new Error(`publishEvent(${type}) must run inside a transaction`);
  const id = options.id ?? randomUUID();
  await em.execute('insert into bus.event (id, type, payload, deliver_at) values (?, ?, ?, ?) on conflict (id) do nothing', [
    id,
    type,
    JSON.stringify(payload),
    options.deliverAt ?? null,
  ]);
  return id;
}

export interface HandlerHooks {
  /** Runs once the handler's transaction has committed (live notifications, caches). Errors are logged. */
  afterCommit(callback: () => Promise<void> | void): void;
}

export type EventHandler = (event: DomainEvent, em: EntityManager, hooks: HandlerHooks) => Promise<void>;

/** Subscribes a consumer to event types; run by `migrate` so no event published afterwards is missed. */
export async function registerConsumer(orm: Orm, consumer: string, types: string[]): Promise<void> {
  for (const type of types) {
    await orm.em
      .getConnection()
      .execute('insert into bus.subscription (consumer, type) values (?, ?) on conflict do nothing', [consumer, type]);
  }
}

interface DeliveryRow {
  delivery_id: string;
  attempts: number;
  id: string;
  type: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

const MAX_BACKOFF_MS = 60_000;

/**
 * Applies due deliveries for one consumer. Each delivery runs in its own transaction together with the
 * handler's writes and the processed-id record, so a crash at any point leaves it to be delivered again,
 * and a repeated delivery of a processed event changes nothing.
 */
export class EventConsumer {
  private listener: pg.Client | undefined;
  private wake: (() => void) | undefined;
  /** Set by a notification that arrives while draining, so the loop drains again instead of sleeping. */
  private pending = false;
  private stopped = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly orm: Orm,
    private readonly consumer: string,
    private readonly handlers: Record<string, EventHandler>,
    private readonly databaseUrl: string,
    private readonly pollMs = 1000,
  ) {}

  async start(): Promise<void> {
    await registerConsumer(this.orm, this.consumer, Object.keys(this.handlers));
    this.listener = new pg.Client({ connectionString: this.databaseUrl });
    await this.listener.connect();
    this.listener.on('notification', (message) => {
      if (!message.payload || !(message.payload in this.handlers)) return;
      this.pending = true;
      this.wake?.();
    });
    this.listener.on('error', (error) => logger.warn('bus listener error', { error: error.message }));
    await this.listener.query('listen bus');
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => {});
  }

  /** Processes everything due now; returns how many deliveries were applied. Used by tests too. */
  async drain(): Promise<number> {
    let applied = 0;
    while (!this.stopped && (await this.processOne())) applied++;
    return applied;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      this.pending = false;
      try {
        await this.drain();
      } catch (error) {
        logger.error('bus consumer loop failed', { consumer: this.consumer, error: (error as Error).message });
      }
      if (this.stopped) break;
      if (this.pending) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  private async processOne(): Promise<boolean> {
    let failed: { row: DeliveryRow; error: unknown } | undefined;
    const afterCommit: (() => Promise<void> | void)[] = [];
    const found = await this.orm.em.fork().transactional(async (em) => {
      const rows = await em.execute<DeliveryRow[]>(
        `select d.id as delivery_id, d.attempts, e.id, e.type, e.payload, e.occurred_at
           from bus.delivery d join bus.event e on e.id = d.event_id
          where d.consumer = ? and d.available_at <= now()
          order by d.available_at, d.id
          limit 1 for update of d skip locked`,
        [this.consumer],
      );
      const row = rows[0];
      if (!row) return false;
      const fresh = await em.execute<{ event_id: string }[]>(
        'insert into bus.processed (consumer, event_id) values (?, ?) on conflict do nothing returning event_id',
        [this.consumer, row.id],
      );
      if (fresh.length > 0) {
        const handler = this.handlers[row.type];
        const event: DomainEvent = { id: row.id, type: row.type, payload: row.payload, occurredAt: new Date(row.occurred_at) };
        try {
          await em.transactional((inner) => handler(event, inner, { afterCommit: (callback) => afterCommit.push(callback) }));
        } catch (error) {
          failed = { row, error };
          throw error;
        }
      }
      await em.execute('delete from bus.delivery where id = ?', [row.delivery_id]);
      return true;
    }).catch((error: unknown) => {
      if (!failed) throw error;
      return true;
    });
    if (failed) await this.retryLater(failed.row, failed.error);
    else {
      for (const callback of afterCommit) {
        await Promise.resolve()
          .then(callback)
          .catch((error: unknown) => logger.warn('after-commit callback failed', { consumer: this.consumer, error: String(error) }));
      }
    }
    return found;
  }

  private async retryLater(row: DeliveryRow, error: unknown): Promise<void> {
    const backoff = Math.min(MAX_BACKOFF_MS, 200 * 2 ** row.attempts);
    logger.warn('event handler failed; will retry', {
      consumer: this.consumer,
      type: row.type,
      eventId: row.id,
      attempts: row.attempts + 1,
      error: error instanceof Error ? error.message : String(error),
    });
    await this.orm.em
      .fork()
      .getConnection()
      .execute(
        `update bus.delivery set attempts = attempts + 1, last_error = ?, available_at = now() + (? || ' milliseconds')::interval where id = ?`,
        [error instanceof Error ? error.message : String(error), String(backoff), row.delivery_id],
      );
  }
}
