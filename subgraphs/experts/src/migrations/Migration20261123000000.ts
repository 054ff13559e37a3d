import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000000 extends Migration {
  override up(): void {
    this.addSql(`create table experts.expert (
      id uuid primary key,
      user_id uuid not null,
      brand_id uuid not null,
      status text not null check (status in ('ACTIVE', 'PENDING', 'SUSPENDED')),
      skills jsonb not null,
      languages jsonb not null,
      bio text not null,
      available boolean not null,
      created_at timestamptz not null,
      unique (brand_id, user_id)
    )`);
    this.addSql(`create table experts.reputation_event (
      id uuid primary key,
      expert_id uuid not null references experts.expert (id),
      brand_id uuid not null,
      points int not null,
      reason text not null check (reason in ('ACCEPTED_ANSWER', 'RATING_BONUS', 'UPVOTE', 'DOWNVOTE', 'SLA_BONUS', 'PENALTY', 'SEED')),
      question_id uuid,
      event_id uuid,
      created_at timestamptz not null,
      unique (event_id, reason)
    )`);
    this.addSql('create index reputation_event_brand_time on experts.reputation_event (brand_id, created_at)');
    this.addSql('create index reputation_event_expert on experts.reputation_event (expert_id)');
    // The ledger is append-only: corrections are new (negative) rows, never edits.
    this.addSql(`create function experts.reputation_event_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'experts.reputation_event is append-only';
      end
    $$`);
    this.addSql(`create trigger reputation_event_append_only before update or delete on experts.reputation_event
      for each row execute function experts.reputation_event_append_only()`);
  }
}
