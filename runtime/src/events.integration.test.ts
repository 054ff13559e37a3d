import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type EntityManager, type Orm } from './database.ts';
import { EventConsumer, publishEvent, registerConsumer, type DomainEvent, type HandlerHooks } from './events.ts';
import { testDatabaseUrl } from './testing/database.ts';

let orm: Orm;
let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await testDatabaseUrl('bus');
  orm = await openDatabase({ schema: 'bus_test', entities: [], migrations: [], url: databaseUrl });
  await migrate(orm, 'bus_test');
  await orm.em.getConnection().execute('create table if not exists bus_test.effect (event_id uuid primary key, n int not null)');
});
afterAll(() => orm?.close());

const effects = async () =>
  (await orm.em.fork().execute<{ event_id: string; n: number }[]>('select event_id, n from bus_test.effect order by n')).map(
    (r) => r.n,
  );

function consumerFor(
  name: string,
  type: string,
  handler?: (event: DomainEvent, em: EntityManager, hooks: HandlerHooks) => Promise<void> | void,
  batchSize?: number,
) {
  return new EventConsumer(
    orm,
    name,
    {
      [type]: async (event, em, hooks) => {
        await em.execute('insert into bus_test.effect (event_id, n) values (?, ?)', [event.id, event.payload.n]);
        await handler?.(event, em, hooks);
      },
    },
    databaseUrl,
    { batchSize },
  );
}

async function publishMany(type: string, ns: number[]): Promise<string[]> {
  return orm.em.fork().transactional(async (em) => {
    const ids: string[] = [];
    for (const n of ns) ids.push(await publishEvent(em, type, { n }));
    return ids;
  });
}

const left = async (consumer: string) =>
  (await orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from bus.delivery where consumer = ?', [consumer]))[0]!
    .n;

describe('event bus', () => {
  it('delivers only events whose transaction committed', async () => {
    await registerConsumer(orm, 'c-commit', ['Committed']);
    await orm.em.fork().transactional((em) => publishEvent(em, 'Committed', { n: 1 }));
    await orm.em
      .fork()
      .transactional(async (em) => {
        await publishEvent(em, 'Committed', { n: 2 });
        throw new Error('roll back');
      })
      .catch(() => {});
    const consumer = consumerFor('c-commit', 'Committed');
    expect(await consumer.drain()).toBe(1);
    expect(await effects()).toContain(1);
    expect(await effects()).not.toContain(2);
  });

  it('applies an event once even when it is delivered again', async () => {
    await registerConsumer(orm, 'c-once', ['Once']);
    const id = await orm.em.fork().transactional((em) => publishEvent(em, 'Once', { n: 10 }));
    const consumer = consumerFor('c-once', 'Once');
    await consumer.drain();
    // A redelivery (as after a crash between effect and acknowledgement in a system without our transaction).
    await orm.em.getConnection().execute("insert into bus.delivery (consumer, event_id) values ('c-once', ?)", [id]);
    await consumer.drain();
    expect((await effects()).filter((n) => n === 10)).toHaveLength(1);
  });

  it('retries a failing handler later and then applies it', async () => {
    await registerConsumer(orm, 'c-retry', ['Flaky']);
    await orm.em.fork().transactional((em) => publishEvent(em, 'Flaky', { n: 20 }));
    let calls = 0;
    const consumer = consumerFor('c-retry', 'Flaky', () => {
      calls++;
      if (calls === 1) throw new Error('transient');
    });
    await consumer.drain();
    expect(await effects()).not.toContain(20);
    const [row] = await orm.em
      .fork()
      .execute<{ attempts: number; last_error: string }[]>(
        "select attempts, last_error from bus.delivery where consumer = 'c-retry'",
      );
    expect(row).toMatchObject({ attempts: 1, last_error: 'transient' });
    await orm.em.getConnection().execute("update bus.delivery set available_at = now() where consumer = 'c-retry'");
    await consumer.drain();
    expect(await effects()).toContain(20);
  });

  it('holds a scheduled event until it is due', async () => {
    await registerConsumer(orm, 'c-timer', ['Timer']);
    await orm.em.fork().transactional((em) => publishEvent(em, 'Timer', { n: 30 }, { deliverAt: new Date(Date.now() + 60_000) }));
    const consumer = consumerFor('c-timer', 'Timer');
    expect(await consumer.drain()).toBe(0);
    await orm.em.getConnection().execute("update bus.delivery set available_at = now() where consumer = 'c-timer'");
    expect(await consumer.drain()).toBe(1);
  });

  it('wakes a started consumer through NOTIFY without waiting for the poll', async () => {
    const seen: number[] = [];
    const consumer = new EventConsumer(
      orm,
      'c-live',
      { Live: async (event) => void seen.push(event.payload.n as number) },
      databaseUrl,
      { pollMs: 60_000 },
    );
    await consumer.start();
    try {
      await orm.em.fork().transactional((em) => publishEvent(em, 'Live', { n: 40 }));
      const deadline = Date.now() + 2000;
      while (!seen.includes(40) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(seen).toEqual([40]);
    } finally {
      await consumer.stop();
    }
  });

  it('rolls back only the failing event of a batch and commits the others, after which their hooks run', async () => {
    await registerConsumer(orm, 'c-batch-fail', ['BatchFail']);
    await publishMany('BatchFail', [101, 102, 103, 104, 105]);
    const committedWhenHookRan: number[][] = [];
    const consumer = consumerFor(
      'c-batch-fail',
      'BatchFail',
      async (event, _em, hooks) => {
        if (event.payload.n === 103) throw new Error('bad event');
        hooks.afterCommit(async () => void committedWhenHookRan.push((await effects()).filter((n) => n > 100 && n < 200)));
      },
      50,
    );
    expect(await consumer.drain()).toBe(5);
    expect((await effects()).filter((n) => n > 100 && n < 200)).toEqual([101, 102, 104, 105]);
    // Hooks run once the whole batch committed: the first one already sees the last event's effect.
    expect(committedWhenHookRan).toEqual(Array.from({ length: 4 }, () => [101, 102, 104, 105]));
    const rows = await orm.em
      .fork()
      .execute<{ attempts: number; last_error: string; due_in_ms: number }[]>(
        "select attempts, last_error, extract(epoch from available_at - now()) * 1000 as due_in_ms from bus.delivery where consumer = 'c-batch-fail'",
      );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ attempts: 1, last_error: 'bad event' });
    expect(Number(rows[0]!.due_in_ms)).toBeGreaterThan(100);
    const [processed] = await orm.em
      .fork()
      .execute<{ n: number }[]>("select count(*)::int as n from bus.processed where consumer = 'c-batch-fail'");
    expect(processed!.n).toBe(4);
  });

  it('hands a run of one topic to its batch handler at once, and one event at a time when the run fails', async () => {
    await registerConsumer(orm, 'c-batched', ['Batched', 'Single']);
    await publishMany('Batched', [701, 702, 703]);
    await publishMany('Single', [704]);
    await publishMany('Batched', [705, 706]);
    const calls: number[][] = [];
    const consumer = new EventConsumer(
      orm,
      'c-batched',
      {
        Batched: {
          batch: async (events, em) => {
            const ns = events.map((event) => event.payload.n as number);
            calls.push(ns);
            for (const n of ns)
              await em.execute('insert into bus_test.effect (event_id, n) values (?, ?)', [events[ns.indexOf(n)]!.id, n]);
            // 705 cannot be applied: its run is rolled back and retried event by event, where only 705 fails.
            if (ns.includes(705)) throw new Error('bad event in the run');
          },
        },
        Single: async (event, em) =>
          void (await em.execute('insert into bus_test.effect (event_id, n) values (?, ?)', [event.id, event.payload.n])),
      },
      databaseUrl,
      { batchSize: 50 },
    );
    expect(await consumer.drain()).toBe(6);
    expect(calls).toEqual([[701, 702, 703], [705, 706], [705], [706]]);
    expect((await effects()).filter((n) => n > 700 && n < 800)).toEqual([701, 702, 703, 704, 706]);
    expect(await left('c-batched')).toBe(1);
  });

  it('hands a run mixing the topics of one shared batch handler to it at once, in delivery order', async () => {
    await registerConsumer(orm, 'c-shared', ['SharedA', 'SharedB', 'Other']);
    await publishMany('SharedA', [801]);
    await publishMany('SharedB', [802]);
    await publishMany('SharedA', [803]);
    await publishMany('Other', [804]);
    await publishMany('SharedB', [805]);
    const calls: string[][] = [];
    const shared = {
      batch: async (events: DomainEvent[], em: EntityManager) => {
        calls.push(events.map((event) => `${event.type}:${String(event.payload.n)}`));
        for (const event of events)
          await em.execute('insert into bus_test.effect (event_id, n) values (?, ?)', [event.id, event.payload.n]);
      },
    };
    const consumer = new EventConsumer(
      orm,
      'c-shared',
      {
        SharedA: shared,
        SharedB: shared,
        Other: async (event, em) =>
          void (await em.execute('insert into bus_test.effect (event_id, n) values (?, ?)', [event.id, event.payload.n])),
      },
      databaseUrl,
      { batchSize: 50 },
    );
    expect(await consumer.drain()).toBe(5);
    expect(calls).toEqual([['SharedA:801', 'SharedB:802', 'SharedA:803'], ['SharedB:805']]);
    expect((await effects()).filter((n) => n > 800 && n < 900)).toEqual([801, 802, 803, 804, 805]);
  });

  it('checks deferred constraints per event, so a violation rolls back only that event', async () => {
    await orm.em.getConnection().execute(`create table if not exists bus_test.pair (n int primary key, twin int not null)`);
    await orm.em.getConnection().execute(`do $$ begin
      if not exists (select 1 from pg_constraint where conname = 'pair_twin') then
        alter table bus_test.pair add constraint pair_twin foreign key (twin) references bus_test.pair (n) deferrable initially deferred;
      end if; end $$`);
    await registerConsumer(orm, 'c-deferred', ['Deferred']);
    await publishMany('Deferred', [201, 202, 203]);
    const consumer = consumerFor('c-deferred', 'Deferred', async (event, em) => {
      const n = event.payload.n as number;
      // 202 points at a row that never exists: only the check at the end of the event can tell.
      await em.execute('insert into bus_test.pair (n, twin) values (?, ?)', [n, n === 202 ? 9999 : n]);
    });
    expect(await consumer.drain()).toBe(3);
    expect((await effects()).filter((n) => n > 200 && n < 300)).toEqual([201, 203]);
    expect(await left('c-deferred')).toBe(1);
  });

  it('skips redeliveries of processed events inside a batch and applies the new ones once', async () => {
    await registerConsumer(orm, 'c-dup', ['Dup']);
    const [first, second] = await publishMany('Dup', [301, 302]);
    const consumer = consumerFor('c-dup', 'Dup', undefined, 50);
    expect(await consumer.drain()).toBe(2);
    // Both are delivered again, interleaved with new events, and all of them land in one batch.
    await orm.em.getConnection().execute("insert into bus.delivery (consumer, event_id) values ('c-dup', ?)", [first]);
    await publishMany('Dup', [303]);
    await orm.em.getConnection().execute("insert into bus.delivery (consumer, event_id) values ('c-dup', ?)", [second]);
    await publishMany('Dup', [304]);
    expect(await consumer.drain()).toBe(4);
    expect((await effects()).filter((n) => n > 300 && n < 400)).toEqual([301, 302, 303, 304]);
    expect(await left('c-dup')).toBe(0);
  });

  it('loses and repeats nothing when the connection dies in the middle of a batch', async () => {
    await registerConsumer(orm, 'c-crash', ['Crash']);
    await publishMany('Crash', [401, 402, 403, 404, 405, 406, 407]);
    const seen: number[] = [];
    let crashed = false;
    // Its own pool: pg's pool.end() waits forever on a client whose server process was killed.
    const crashOrm = await openDatabase({ schema: 'bus_test', entities: [], migrations: [], url: databaseUrl });
    const consumer = new EventConsumer(
      crashOrm,
      'c-crash',
      {
        Crash: async (event, em) => {
          seen.push(event.payload.n as number);
          await em.execute('insert into bus_test.effect (event_id, n) values (?, ?)', [event.id, event.payload.n]);
          if (event.payload.n === 405 && !crashed) {
            crashed = true;
            // The batch's server process dies, as when PostgreSQL or the network goes away mid-transaction.
            await em.execute('select pg_terminate_backend(pg_backend_pid())');
          }
        },
      },
      databaseUrl,
      { batchSize: 3 },
    );
    try {
      expect(await consumer.drain()).toBe(7);
    } finally {
      void crashOrm.close();
    }
    // 404 and 405 ran twice (their first batch never committed); every effect exists exactly once.
    expect(seen.filter((n) => n === 404)).toHaveLength(2);
    expect((await effects()).filter((n) => n > 400 && n < 500)).toEqual([401, 402, 403, 404, 405, 406, 407]);
    expect(await left('c-crash')).toBe(0);
  });

  it('picks up after a consumer stops between batches', async () => {
    await registerConsumer(orm, 'c-restart', ['Restart']);
    await publishMany('Restart', [501, 502, 503, 504, 505]);
    const first: EventConsumer = consumerFor(
      'c-restart',
      'Restart',
      (event) => {
        if (event.payload.n === 502) void first.stop();
      },
      2,
    );
    expect(await first.drain()).toBe(2);
    expect(await left('c-restart')).toBe(3);
    const second = consumerFor('c-restart', 'Restart', undefined, 2);
    expect(await second.drain()).toBe(3);
    expect((await effects()).filter((n) => n > 500 && n < 600)).toEqual([501, 502, 503, 504, 505]);
  });
});
