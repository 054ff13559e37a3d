// The event bus tables (schema `bus`), owned by the runtime and applied before any service's migrations.
// Idempotent DDL, serialised with an advisory lock so services starting together do not race.
export const BUS_SCHEMA_SQL = `
do $bus$
begin
  perform pg_advisory_xact_lock(727274);
  create schema if not exists bus;
  create table if not exists bus.event (
    id uuid primary key,
    type text not null,
    payload jsonb not null,
    occurred_at timestamptz not null default now(),
    deliver_at timestamptz
  );
  create table if not exists bus.subscription (
    consumer text not null,
    type text not null,
    primary key (consumer, type)
  );
  create table if not exists bus.delivery (
    id bigserial primary key,
    consumer text not null,
    event_id uuid not null references bus.event (id),
    available_at timestamptz not null default now(),
    attempts int not null default 0,
    last_error text,
    unique (consumer, event_id)
  );
  create index if not exists delivery_due on bus.delivery (consumer, available_at);
  create table if not exists bus.processed (
    consumer text not null,
    event_id uuid not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
  );
  create or replace function bus.fan_out() returns trigger language plpgsql as $fn$
  begin
    insert into bus.delivery (consumer, event_id, available_at)
      select s.consumer, new.id, coalesce(new.deliver_at, now()) from bus.subscription s where s.type = new.type
      on conflict do nothing;
    perform pg_notify('bus', new.type);
    return new;
  end
  $fn$;
  if not exists (select 1 from pg_trigger where tgname = 'event_fan_out') then
    create trigger event_fan_out after insert on bus.event for each row execute function bus.fan_out();
  end if;
end
$bus$;`;
