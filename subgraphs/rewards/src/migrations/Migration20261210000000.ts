import { Migration } from '@mikro-orm/migrations';

/** The agent cost per resolution each brand enters, compared with expert rewards in analytics. */
export class Migration20261210000000 extends Migration {
  override up(): void {
    this.addSql(`create table rewards.agent_cost (
      brand_id uuid primary key,
      amount_minor bigint not null check (amount_minor > 0),
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      updated_at timestamptz not null
    )`);
    // Analytics sums a brand's earnings over a date range.
    this.addSql('create index earning_brand_created on rewards.earning (brand_id, created_at)');
  }
}
