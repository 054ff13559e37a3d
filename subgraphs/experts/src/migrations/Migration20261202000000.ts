import { Migration } from '@mikro-orm/migrations';

/**
 * A question's resolution credits its expert once, whatever event id carries it: the same resolution published
 * again under a new id (a retried producer, a replay) used to pass the (event_id, reason) check and count twice.
 */
export class Migration20261202000000 extends Migration {
  override up(): void {
    // Keep the first of any duplicates written before this rule existed; reputation is their sum, so drop the rest.
    this.addSql(`delete from experts.reputation_event r using experts.reputation_event first
      where r.reason in ('ACCEPTED_ANSWER', 'RATING_BONUS', 'SLA_BONUS') and first.reason = r.reason
        and first.question_id = r.question_id and (first.created_at, first.id) < (r.created_at, r.id)`);
    this.addSql(`create unique index reputation_event_resolution on experts.reputation_event (question_id, reason)
      where reason in ('ACCEPTED_ANSWER', 'RATING_BONUS', 'SLA_BONUS')`);
  }
}
