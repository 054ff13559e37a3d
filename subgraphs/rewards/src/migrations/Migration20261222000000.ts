import { Migration } from '@mikro-orm/migrations';

// A running balance on each ledger account, so reading a budget or a wallet is one row, not a sum over its history.
// A statement-level trigger adds every inserted entry to its account in the same statement (one update per account
// however many entries the statement posts), so the balance always equals the sum of the entries, even for
// hand-written SQL; the ledger is append-only, so inserts are the only change. Accounts are locked in id order, so
// two statements posting to overlapping accounts cannot deadlock on each other.
export class Migration20261222000000 extends Migration {
  override up(): void {
    this.addSql('alter table rewards.ledger_account add column balance_minor bigint not null default 0');
    this.addSql(`update rewards.ledger_account a set balance_minor = s.total
      from (select account_id, sum(amount_minor) as total from rewards.ledger_entry group by account_id) s
     where a.id = s.account_id`);
    this.addSql(`create function rewards.add_entries_to_balances() returns trigger language plpgsql as $$
      begin
        with moved as (
          select account_id, sum(amount_minor) as total from new_entries group by account_id
        ), locked as (
          select a.id from rewards.ledger_account a where a.id in (select account_id from moved) order by a.id for no key update
        )
        update rewards.ledger_account a set balance_minor = a.balance_minor + moved.total
          from moved where a.id = moved.account_id and a.id in (select id from locked);
        return null;
      end $$`);
    this.addSql(`create trigger ledger_entry_balances after insert on rewards.ledger_entry
      referencing new table as new_entries for each statement execute function rewards.add_entries_to_balances()`);
  }
}
