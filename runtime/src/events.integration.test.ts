import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Orm } from './database.ts';
import { EventConsumer, publishEvent, registerConsumer, type DomainEvent } from './events.ts';
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
  (await orm.em.fork().execute<{ event_id: string; n: number }[]>('select event_id, n from bus_test.effect order by n')).map((r) => r.n);

function consumerFor(name: string, type: string, handler?: (event: DomainEvent) => void) {
  return new EventConsumer(
    orm,
    name,
    {
      [type]: async (event, em) => {
        handler?.(event);
        await em.execute('insert into bus_test.effect (event_id, n) values (?, ?)', [event.id, event.payload.n]);
      },
    },
    databaseUrl,
  );
}

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
    const [row] = await orm.em.fork().execute<{ attempts: number; last_error: string }[]>(
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
      60_000,
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
});
