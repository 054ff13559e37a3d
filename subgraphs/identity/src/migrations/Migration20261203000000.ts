import { Migration } from '@mikro-orm/migrations';

/** Claim and answering rules a brand sets for its experts (questions applies them via BrandUpdated). */
export class Migration20261203000000 extends Migration {
  override up(): void {
    this.addSql('alter table identity.brand add column max_claims_per_expert int not null default 3');
    this.addSql('alter table identity.brand add column open_answering boolean not null default true');
  }
}
