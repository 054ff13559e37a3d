import { Migration } from '@mikro-orm/migrations';

export class Migration20261122100000 extends Migration {
  override up(): void {
    this.addSql(`create table questions.question (
      id uuid primary key,
      brand_id uuid not null,
      author_id uuid not null,
      title text not null,
      body text not null,
      category text not null,
      language text not null check (language in ('en', 'es')),
      status text not null check (status in ('OPEN', 'CLAIMED', 'ANSWERED', 'RESOLVED', 'ESCALATED', 'CLOSED')),
      claimed_by_user_id uuid,
      claim_expires_at timestamptz,
      first_answer_at timestamptz,
      resolved_at timestamptz,
      accepted_answer_id uuid,
      rating int check (rating between 1 and 5),
      rating_comment text,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`);
    // The community listing: newest first per brand, optionally by status (keyset pagination on created_at, id).
    this.addSql('create index question_brand_newest on questions.question (brand_id, created_at desc, id desc)');
    this.addSql('create index question_brand_status_newest on questions.question (brand_id, status, created_at desc, id desc)');
    this.addSql(`create table questions.answer (
      id uuid primary key,
      question_id uuid not null references questions.question (id) on delete cascade,
      brand_id uuid not null,
      author_id uuid not null,
      body text not null,
      accepted boolean not null default false,
      upvotes int not null default 0 check (upvotes >= 0),
      downvotes int not null default 0 check (downvotes >= 0),
      created_at timestamptz not null
    )`);
    this.addSql('create index answer_question on questions.answer (question_id, created_at)');
    // A question pays out once: at most one accepted answer, whatever races happen above this line.
    this.addSql('create unique index answer_one_accepted on questions.answer (question_id) where accepted');
  }
}
