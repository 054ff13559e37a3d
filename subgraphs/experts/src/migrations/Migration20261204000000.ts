import { Migration } from '@mikro-orm/migrations';

/** Adds `change` (expert_id, d) rows to the experts' open-offer counters, one upsert per expert, in expert order. */
const applyDelta = (change: string) => `
  insert into experts.expert_load (expert_id, open_offers)
    select expert_id, sum(d) from (${change}) change group by expert_id having sum(d) <> 0 order by expert_id
    on conflict (expert_id) do update set open_offers = experts.expert_load.open_offers + excluded.open_offers;`;

const OPENED = `select expert_id, 1 as d from new_rows where status = 'OFFERED'`;
const CLOSED = `select expert_id, -1 as d from old_rows where status = 'OFFERED'`;

/**
 * Routing reads each expert's load for every question. Counting open offers per expert at read time grows with every
 * offer a surge writes; a counter kept by statement-level triggers (one upsert per expert per statement, in expert
 * order so concurrent writers cannot deadlock) is one row. Responsiveness still reads offers, only the answered or
 * lapsed ones, through a partial index.
 */
export class Migration20261204000000 extends Migration {
  override up(): void {
    this.addSql(`create table experts.expert_load (
      expert_id uuid primary key,
      open_offers int not null default 0
    )`);
    this.addSql(`insert into experts.expert_load (expert_id, open_offers)
      select expert_id, count(*) from experts.offer where status = 'OFFERED' group by expert_id`);
    const triggers: [op: string, change: string, tables: string][] = [
      ['insert', OPENED, 'new table as new_rows'],
      ['update', `${OPENED} union all ${CLOSED}`, 'old table as old_rows new table as new_rows'],
      ['delete', CLOSED, 'old table as old_rows'],
    ];
    for (const [op, change, tables] of triggers) {
      this.addSql(`create function experts.offer_load_on_${op}() returns trigger language plpgsql as $fn$
        begin ${applyDelta(change)} return null; end $fn$`);
      this.addSql(`create trigger offer_load_${op} after ${op} on experts.offer
        referencing ${tables} for each statement execute function experts.offer_load_on_${op}()`);
    }
    this.addSql(`create index offer_expert_responded on experts.offer (expert_id, offered_at)
      where status in ('ACCEPTED', 'DECLINED', 'EXPIRED')`);
  }
}
