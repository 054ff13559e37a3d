import { Migration } from '@mikro-orm/migrations';

// Payouts, per-brand payout settings, the in-kind catalog and its redemptions. Stock can never go below zero and
// a payout's idempotency key is unique, so neither an over-redemption nor a double payment can be written.
export class Migration20261201000000 extends Migration {
  override up(): void {
    this.addSql('alter table rewards.ledger_account drop constraint ledger_account_kind_check');
    this.addSql(`alter table rewards.ledger_account add constraint ledger_account_kind_check
      check (kind in ('BRAND_BUDGET', 'EXPERT_PAYABLE', 'PLATFORM_REVENUE', 'PAID_OUT', 'REDEEMED', 'EXTERNAL'))`);
    this.addSql(`create table rewards.payout_settings (
      brand_id uuid primary key,
      threshold_minor bigint not null check (threshold_minor > 0),
      updated_at timestamptz not null
    )`);
    this.addSql(`create table rewards.payout (
      id uuid primary key,
      brand_id uuid not null,
      expert_id uuid not null,
      expert_user_id uuid not null,
      amount_minor bigint not null check (amount_minor > 0),
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      status text not null check (status in ('REQUESTED', 'PROCESSING', 'PAID', 'FAILED')),
      idempotency_key uuid not null unique,
      attempts int not null default 0,
      processor_reference text,
      failure_reason text,
      transaction_id uuid references rewards.ledger_transaction (id) deferrable initially deferred,
      requested_at timestamptz not null,
      processed_at timestamptz,
      constraint payout_paid_has_transaction check ((status = 'PAID') = (transaction_id is not null))
    )`);
    this.addSql('create index payout_brand_page on rewards.payout (brand_id, requested_at desc, id desc)');
    this.addSql(`create index payout_open on rewards.payout (expert_id, currency) where status in ('REQUESTED', 'PROCESSING')`);
    this.addSql(`create table rewards.reward_item (
      id uuid primary key,
      brand_id uuid not null,
      name text not null,
      description text not null,
      price_minor bigint not null check (price_minor > 0),
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      stock int not null check (stock >= 0),
      active boolean not null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`);
    this.addSql('create index reward_item_brand on rewards.reward_item (brand_id, name)');
    this.addSql(`create table rewards.redemption (
      id uuid primary key,
      brand_id uuid not null,
      item_id uuid not null references rewards.reward_item (id),
      expert_id uuid not null,
      expert_user_id uuid not null,
      price_minor bigint not null check (price_minor > 0),
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      transaction_id uuid not null references rewards.ledger_transaction (id) deferrable initially deferred,
      created_at timestamptz not null
    )`);
    this.addSql('create index redemption_expert on rewards.redemption (expert_id, created_at desc)');
  }
}
