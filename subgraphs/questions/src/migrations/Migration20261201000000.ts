import { Migration } from '@mikro-orm/migrations';

/** Claims with identity, escalations, closing, private agent replies, votes, and the brand settings this service keeps. */
export class Migration20261201000000 extends Migration {
  override up(): void {
    this.addSql(`alter table questions.question
      add column claim_id uuid,
      add column claimed_at timestamptz,
      add column escalation_reason text check (escalation_reason in ('ASKER_REQUEST', 'SLA_BREACH', 'PERSONAL_DATA')),
      add column escalation_note text,
      add column escalated_at timestamptz,
      add column escalation_agent_user_id uuid,
      add column closed_at timestamptz,
      add column close_reason text`);
    // The per-expert claim limit counts live claims by holder.
    this.addSql(`create index question_live_claims on questions.question (claimed_by_user_id) where status = 'CLAIMED'`);
    // The agents' queue: a brand's escalated questions, oldest first.
    this.addSql(`create index question_brand_escalated on questions.question (brand_id, created_at, id) where status = 'ESCALATED'`);
    this.addSql('alter table questions.answer add column private boolean not null default false');
    this.addSql(`create table questions.answer_vote (
      answer_id uuid not null references questions.answer (id) on delete cascade,
      user_id uuid not null,
      value smallint not null check (value in (-1, 1)),
      voted_at timestamptz not null,
      primary key (answer_id, user_id)
    )`);
    // Copied from identity's BrandUpdated events; a null (or missing row) means the default in policy/brand-policy.ts.
    this.addSql(`create table questions.brand_policy (
      brand_id uuid primary key,
      claim_minutes int check (claim_minutes > 0),
      sla_minutes int check (sla_minutes > 0),
      max_claims_per_expert int check (max_claims_per_expert > 0),
      open_answering boolean,
      updated_at timestamptz not null
    )`);
  }
}
