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

export interface EventToPublish {
  type: string;
  payload: Record<string, unknown>;
  id?: string;
  deliverAt?: Date;
}

/** `publishEvent` for several events in one statement (a batch handler's follow-ups); returns their ids in order. */
export async function publishEvents(em: EntityManager, events: EventToPublish[]): Promise<string[]> {
  if (!em.isInTransaction()) throw new Error('publishEvents must run inside a transaction');
  const rows = events.map((event) => ({
    id: event.id ?? randomUUID(),
    type: event.type,
    payload: event.payload,
    deliver_at: event.deliverAt?.toISOString() ?? null,
  }));
  if (rows.length > 0)
    await em.execute(
      `insert into bus.event (id, type, payload, deliver_at)
       select id, type, payload, deliver_at from jsonb_to_recordset(?::jsonb) as e(id uuid, type text, payload jsonb, deliver_at timestamptz)
       on conflict (id) do nothing`,
      [JSON.stringify(rows)],
    );
  return rows.map((row) => row.id);
}

export interface HandlerHooks {
  /** Runs once the handler's transaction has committed (live notifications, caches). Errors are logged. */
  afterCommit(callback: () => Promise<void> | void): void;
}

export type EventHandler = (event: DomainEvent, em: EntityManager, hooks: HandlerHooks) => Promise<void>;

/** Applies several events of one type at once; its effect must equal applying each event on its own, in order. */
export type BatchEventHandler = (events: DomainEvent[], em: EntityManager, hooks: HandlerHooks) => Promise<void>;

/**
 * A topic's handler: a function of one event, or a batch handler, which the consumer calls with each run of
 * consecutive deliveries it handles in a batch (and with one event at a time when a run fails). The same batch
 * handler registered for several topics gets runs that mix them.
 */
export type TopicHandler = EventHandler | { batch: BatchEventHandler };

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
  /** Already in bus.processed: a redelivery of an applied event, acknowledged without running the handler. */
  processed: boolean;
}

type Outcome =
  | { row: DeliveryRow; applied: true; afterCommit: (() => Promise<void> | void)[] }
  | { row: DeliveryRow; applied: false; error: unknown };

const MAX_BACKOFF_MS = 60_000;
const backoffMs = (attempts: number) => Math.min(MAX_BACKOFF_MS, 200 * 2 ** attempts);
const toEvent = (row: DeliveryRow): DomainEvent => ({
  id: row.id,
  type: row.type,
  payload: row.payload,
  occurredAt: new Date(row.occurred_at),
});
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface EventConsumerOptions {
  /** How long the loop sleeps when nothing is due and no NOTIFY arrives. */
  pollMs?: number;
  /** Deliveries applied per transaction (1 = one transaction per delivery). */
  batchSize?: number;
}

/**
 * Applies due deliveries for one consumer, up to `batchSize` per transaction. Each handler runs in its own savepoint
 * with the deferred constraints checked before it is released, so a failing event rolls back alone (and is retried
 * with back-off) while the others commit with their processed ids and the deletion of their deliveries. A crash at
 * any point leaves the batch's deliveries in place to be delivered again; a repeated delivery of a processed event
 * changes nothing.
 */
export class EventConsumer {
  private listener: pg.Client | undefined;
  private wake: (() => void) | undefined;
  /** Set by a notification that arrives while draining, so the loop drains again instead of sleeping. */
  private pending = false;
  private stopped = false;
  private loop: Promise<void> | undefined;
  private readonly pollMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly orm: Orm,
    private readonly consumer: string,
    private readonly handlers: Record<string, TopicHandler>,
    private readonly databaseUrl: string,
    options: EventConsumerOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.batchSize = options.batchSize ?? 50;
  }

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

  /** Processes everything due now; returns how many deliveries were handled (applied, skipped or failed). */
  async drain(): Promise<number> {
    let handled = 0;
    while (!this.stopped) {
      const count = await this.processBatch(this.batchSize).catch(async (error: unknown) => {
        // The batch transaction itself failed (lost connection, a commit-time error): nothing of it was written.
        // Take the same deliveries one per transaction, so whichever one causes it gets its own retry and back-off.
        logger.warn('bus batch failed; retrying its deliveries one by one', { consumer: this.consumer, error: message(error) });
        let singles = 0;
        for (let i = 0; i < this.batchSize && !this.stopped; i++) {
          const one = await this.processBatch(1);
          if (one === 0) break;
          singles += one;
        }
        return singles;
      });
      if (count === 0) break;
      handled += count;
    }
    return handled;
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

  /** Claims up to `limit` due deliveries and applies them in one transaction; returns how many it claimed. */
  private async processBatch(limit: number): Promise<number> {
    let claimed: DeliveryRow[] = [];
    const outcomes: Outcome[] = [];
    try {
      await this.orm.em.fork().transactional(async (em) => {
        claimed = await em.execute<DeliveryRow[]>(
          `select d.id as delivery_id, d.attempts, e.id, e.type, e.payload, e.occurred_at,
                  exists (select 1 from bus.processed p where p.consumer = d.consumer and p.event_id = e.id) as processed
             from bus.delivery d join bus.event e on e.id = d.event_id
            where d.consumer = ? and d.available_at <= now()
            order by d.available_at, d.id
            limit ? for update of d skip locked`,
          [this.consumer, limit],
        );
        // One savepoint, released and set again after each event in the same round trip as the constraint check.
        if (claimed.length > 0) await em.execute('savepoint bus_event');
        for (let i = 0; i < claimed.length;) {
          // A run of consecutive deliveries for one batch handler is applied at once.
          const handler = this.handlers[claimed[i]!.type]!;
          let end = i + 1;
          if (typeof handler !== 'function') while (end < claimed.length && this.handlers[claimed[end]!.type] === handler) end++;
          const run = claimed.slice(i, end);
          i = end;
          const fresh = run.filter((row) => !row.processed);
          for (const row of run) if (row.processed) outcomes.push({ row, applied: true, afterCommit: [] });
          if (fresh.length > 1 && typeof handler !== 'function')
            outcomes.push(...(await this.applyRun(em, fresh, handler.batch)));
          else for (const row of fresh) outcomes.push(await this.apply(em, row));
        }
        if (claimed.length > 0) await this.acknowledge(em, outcomes);
      });
    } catch (error) {
      // With one delivery, a failure of the transaction is that delivery's failure: record it on its own connection.
      if (limit === 1 && claimed[0]) {
        await this.retryLater([{ row: claimed[0], applied: false, error }], this.orm.em.fork());
        return 1;
      }
      throw error;
    }
    for (const outcome of outcomes) {
      if (!outcome.applied) continue;
      for (const callback of outcome.afterCommit) {
        await Promise.resolve()
          .then(callback)
          .catch((error: unknown) =>
            logger.warn('after-commit callback failed', { consumer: this.consumer, error: String(error) }),
          );
      }
    }
    return claimed.length;
  }

  /** Runs one handler in the batch's savepoint `bus_event` (set by the caller); a failure rolls back only its writes. */
  private async apply(em: EntityManager, row: DeliveryRow): Promise<Outcome> {
    const handler = this.handlers[row.type]!;
    const event = toEvent(row);
    try {
      const afterCommit = await this.inSavepoint(em, (handlerEm, hooks) =>
        typeof handler === 'function' ? handler(event, handlerEm, hooks) : handler.batch([event], handlerEm, hooks),
      );
      return { row, applied: true, afterCommit };
    } catch (error) {
      return { row, applied: false, error };
    }
  }

  /**
   * Runs a batch handler for several deliveries in the savepoint; if it fails, its writes are rolled back and each
   * delivery is applied on its own, so one bad event neither blocks nor loses the others.
   */
  private async applyRun(em: EntityManager, rows: DeliveryRow[], batch: BatchEventHandler): Promise<Outcome[]> {
    try {
      const afterCommit = await this.inSavepoint(em, (handlerEm, hooks) => batch(rows.map(toEvent), handlerEm, hooks));
      return rows.map((row, i) => ({ row, applied: true, afterCommit: i === 0 ? afterCommit : [] }));
    } catch (error) {
      logger.warn('batch handler failed; applying its events one by one', {
        consumer: this.consumer,
        type: rows[0]!.type,
        events: rows.length,
        error: message(error),
      });
      const outcomes: Outcome[] = [];
      for (const row of rows) outcomes.push(await this.apply(em, row));
      return outcomes;
    }
  }

  /** Runs `work` in the savepoint `bus_event` with deferred constraints checked at its end; returns its after-commit callbacks. */
  private async inSavepoint(
    em: EntityManager,
    work: (handlerEm: EntityManager, hooks: HandlerHooks) => Promise<void>,
  ): Promise<(() => Promise<void> | void)[]> {
    const afterCommit: (() => Promise<void> | void)[] = [];
    // A fresh identity map per event, on the batch's transaction (no savepoint of MikroORM's own on flush).
    const handlerEm = em.fork({ keepTransactionContext: true });
    try {
      await work(handlerEm, { afterCommit: (callback) => afterCommit.push(callback) });
      await handlerEm.flush();
      // Deferred constraints (the ledger's balance triggers) are checked per event, as its own commit did before
      // batching; every deferrable constraint in this project is initially deferred, so deferring again restores it.
      await em.execute(
        'set constraints all immediate; set constraints all deferred; release savepoint bus_event; savepoint bus_event',
      );
      return afterCommit;
    } catch (error) {
      await em.execute('rollback to savepoint bus_event');
      throw error;
    }
  }

  /** Records the applied events as processed, deletes the handled deliveries and schedules the failed ones. */
  private async acknowledge(em: EntityManager, outcomes: Outcome[]): Promise<void> {
    const applied = outcomes.filter((outcome) => outcome.applied);
    const fresh = applied.filter((outcome) => !outcome.row.processed).map((outcome) => outcome.row.id);
    await em.execute(
      `with processed as (
         insert into bus.processed (consumer, event_id)
         select ?, id::uuid from jsonb_array_elements_text(?::jsonb) as ids(id) on conflict do nothing
       )
       delete from bus.delivery where id in (select value::bigint from jsonb_array_elements_text(?::jsonb))`,
      [this.consumer, JSON.stringify(fresh), JSON.stringify(applied.map((outcome) => outcome.row.delivery_id))],
    );
    const failed = outcomes.filter((outcome) => !outcome.applied);
    if (failed.length > 0) await this.retryLater(failed, em);
  }

  private async retryLater(failed: Extract<Outcome, { applied: false }>[], em: EntityManager): Promise<void> {
    for (const { row, error } of failed) {
      logger.warn('event handler failed; will retry', {
        consumer: this.consumer,
        type: row.type,
        eventId: row.id,
        attempts: row.attempts + 1,
        error: message(error),
      });
    }
    await em.execute(
      `update bus.delivery d set attempts = d.attempts + 1, last_error = f.error,
              available_at = now() + f.backoff_ms * interval '1 millisecond'
         from jsonb_to_recordset(?::jsonb) as f(id bigint, error text, backoff_ms int)
        where d.id = f.id`,
      [
        JSON.stringify(
          failed.map(({ row, error }) => ({ id: row.delivery_id, error: message(error), backoff_ms: backoffMs(row.attempts) })),
        ),
      ],
    );
  }
}
