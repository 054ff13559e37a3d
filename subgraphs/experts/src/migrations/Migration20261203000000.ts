import { Migration } from '@mikro-orm/migrations';

/** Each brand's routing settings as identity announces them (BrandUpdated): how long a wave waits for a claim. */
export class Migration20261203000000 extends Migration {
  override up(): void {
    this.addSql(`create table experts.brand_routing (
      brand_id uuid primary key,
      wave_minutes int not null,
      updated_at timestamptz not null
    )`);
  }
}
