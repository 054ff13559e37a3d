import { Migration } from '@mikro-orm/migrations';

/** Routing (questions being routed, offers, claims), qualification, badges and the resolutions badges are ruled on. */
export class Migration20261201000000 extends Migration {
  override up(): void {
    this.addSql(`create table experts.routed_question (
      id uuid primary key,
      brand_id uuid not null,
      category text not null,
      language text not null,
      status text not null check (status in ('ROUTING', 'CLAIMED', 'DONE')),
      round int not null default 1,
      wave int not null default 0,
      updated_at timestamptz not null
    )`);
    this.addSql(`create table experts.offer (
      id uuid primary key,
      question_id uuid not null,
      brand_id uuid not null,
      expert_id uuid not null references experts.expert (id),
      user_id uuid not null,
      round int not null,
      wave int not null,
      score double precision not null,
      status text not null check (status in ('OFFERED', 'DECLINED', 'EXPIRED', 'CLAIMED_BY_OTHER', 'ACCEPTED', 'WITHDRAWN')),
      offered_at timestamptz not null,
      expires_at timestamptz not null,
      responded_at timestamptz,
      decline_reason text
    )`);
    // One open offer per expert and question; the inbox reads offers by person, routing by expert.
    this.addSql(`create unique index offer_open_once on experts.offer (question_id, expert_id) where status = 'OFFERED'`);
    this.addSql('create index offer_question on experts.offer (question_id)');
    this.addSql('create index offer_user_status on experts.offer (user_id, status)');
    this.addSql('create index offer_expert_time on experts.offer (expert_id, offered_at)');
    this.addSql(`create table experts.claim (
      id uuid primary key,
      question_id uuid not null,
      brand_id uuid not null,
      expert_id uuid not null,
      user_id uuid not null,
      claimed_at timestamptz not null,
      expires_at timestamptz not null,
      released_at timestamptz
    )`);
    this.addSql('create index claim_open on experts.claim (brand_id, expert_id) where released_at is null');
    this.addSql('create index claim_question on experts.claim (question_id)');

    this.addSql('alter table experts.expert add column qualification_score int');
    this.addSql('alter table experts.expert add column qualification_passed boolean');
    this.addSql('alter table experts.expert add column qualified_at timestamptz');
    this.addSql('alter table experts.expert add column approved_at timestamptz');

    this.addSql(`create table experts.resolution (
      question_id uuid primary key,
      expert_id uuid not null references experts.expert (id),
      brand_id uuid not null,
      language text not null,
      rating int not null,
      within_sla boolean not null,
      resolved_at timestamptz not null
    )`);
    this.addSql('create index resolution_expert on experts.resolution (expert_id, resolved_at)');
    this.addSql(`create table experts.badge (
      expert_id uuid not null references experts.expert (id),
      code text not null,
      earned_at timestamptz not null,
      primary key (expert_id, code)
    )`);
    // What each voter's current vote on an answer credited its author, so a changed vote reverses exactly that.
    this.addSql(`create table experts.vote_credit (
      answer_id uuid not null,
      voter_user_id uuid not null,
      expert_id uuid not null references experts.expert (id),
      value text not null check (value in ('UP', 'DOWN', 'NONE')),
      points int not null,
      voted_at timestamptz not null,
      primary key (answer_id, voter_user_id)
    )`);
  }
}
