import { Migration } from '@mikro-orm/migrations';

// FORFEIT: a deleted account's unpaid balance goes back to the brand's budget.
export class Migration20261202000000 extends Migration {
  override up(): void {
    this.addSql('alter table rewards.ledger_transaction drop constraint ledger_transaction_kind_check');
    this.addSql(`alter table rewards.ledger_transaction add constraint ledger_transaction_kind_check
      check (kind in ('FUNDING', 'EARNING', 'PAYOUT', 'REDEMPTION', 'FORFEIT'))`);
  }
}
