import { Migration } from '@mikro-orm/migrations';

// Money columns are bigint minor units. The ledger is append-only and every transaction must balance per
// currency at commit: the deferred constraint triggers hold that rule even against hand-written SQL.
export class Migration20261124000000 extends Migration {
  override up(): void {
    this.addSql(`create table rewards.reward_policy (
      id uuid primary key,
      brand_id uuid not null,
      category text,
      amount_minor bigint not null check (amount_minor > 0),
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      expert_share_bps int not null check (expert_share_bps between 0 and 10000),
      in_kind_item text,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      constraint reward_policy_brand_category unique nulls not distinct (brand_id, category)
    )`);
    this.addSql(`create table rewards.ledger_account (
      id uuid primary key,
      brand_id uuid not null,
      kind text not null check (kind in ('BRAND_BUDGET', 'EXPERT_PAYABLE', 'PLATFORM_REVENUE', 'PAID_OUT', 'EXTERNAL')),
      owner_id uuid,
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      created_at timestamptz not null default now(),
      constraint ledger_account_identity unique nulls not distinct (brand_id, kind, owner_id, currency),
      constraint ledger_account_payable_owner check ((kind = 'EXPERT_PAYABLE') = (owner_id is not null))
    )`);
    this.addSql(`create table rewards.ledger_transaction (
      id uuid primary key,
      brand_id uuid not null,
      kind text not null check (kind in ('FUNDING', 'EARNING', 'PAYOUT', 'REDEMPTION')),
      reference text not null,
      event_id uuid,
      created_at timestamptz not null,
      constraint ledger_transaction_event unique (kind, event_id)
    )`);
    this.addSql('create index ledger_transaction_page on rewards.ledger_transaction (brand_id, created_at desc, id desc)');
    this.addSql(`create table rewards.ledger_entry (
      id uuid primary key,
      transaction_id uuid not null references rewards.ledger_transaction (id) deferrable initially deferred,
      account_id uuid not null references rewards.ledger_account (id),
      amount_minor bigint not null check (amount_minor <> 0),
      created_at timestamptz not null
    )`);
    this.addSql('create index ledger_entry_transaction on rewards.ledger_entry (transaction_id)');
    this.addSql('create index ledger_entry_account on rewards.ledger_entry (account_id)');
    this.addSql(`create table rewards.earning (
      id uuid primary key,
      question_id uuid not null unique,
      brand_id uuid not null,
      expert_id uuid not null,
      expert_user_id uuid not null,
      amount_minor bigint not null check (amount_minor > 0),
      expert_share_minor bigint not null check (expert_share_minor >= 0),
      platform_share_minor bigint not null check (platform_share_minor >= 0),
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      status text not null check (status in ('PENDING', 'SETTLED')),
      event_id uuid,
      transaction_id uuid references rewards.ledger_transaction (id) deferrable initially deferred,
      created_at timestamptz not null,
      settled_at timestamptz,
      constraint earning_split_adds_up check (expert_share_minor + platform_share_minor = amount_minor),
      constraint earning_settled_has_transaction check ((status = 'SETTLED') = (transaction_id is not null and settled_at is not null))
    )`);
    this.addSql('create index earning_expert on rewards.earning (expert_id, created_at desc)');
    this.addSql(`create index earning_pending on rewards.earning (brand_id, currency, created_at, id) where status = 'PENDING'`);

    this.addSql(`create function rewards.assert_transaction_balanced() returns trigger language plpgsql as $$
      begin
        if exists (
          select 1 from rewards.ledger_entry e join rewards.ledger_account a on a.id = e.account_id
           where e.transaction_id = new.transaction_id
           group by a.currency having sum(e.amount_minor) <> 0
        ) then
          raise exception 'ledger transaction % does not balance', new.transaction_id using errcode = 'check_violation';
        end if;
        return null;
      end $$`);
    this.addSql(`create constraint trigger ledger_entry_balanced after insert on rewards.ledger_entry
      deferrable initially deferred for each row execute function rewards.assert_transaction_balanced()`);
    this.addSql(`create function rewards.assert_transaction_has_entries() returns trigger language plpgsql as $$
      begin
        if (select count(*) from rewards.ledger_entry where transaction_id = new.id) < 2 then
          raise exception 'ledger transaction % needs at least two entries', new.id using errcode = 'check_violation';
        end if;
        return null;
      end $$`);
    this.addSql(`create constraint trigger ledger_transaction_has_entries after insert on rewards.ledger_transaction
      deferrable initially deferred for each row execute function rewards.assert_transaction_has_entries()`);
    this.addSql(`create function rewards.forbid_ledger_change() returns trigger language plpgsql as $$
      begin
        raise exception 'the ledger is append-only: post a correcting transaction instead' using errcode = 'restrict_violation';
      end $$`);
    this.addSql(`create trigger ledger_entry_append_only before update or delete on rewards.ledger_entry
      for each row execute function rewards.forbid_ledger_change()`);
    this.addSql(`create trigger ledger_transaction_append_only before update or delete on rewards.ledger_transaction
      for each row execute function rewards.forbid_ledger_change()`);
  }
}
