import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@peerdesk/runtime/database';
import type { QuestionResolved } from '@peerdesk/runtime/events.contract';
import { ExpertService } from '../expert/expert.service.ts';
import { ReputationEvent } from './reputation.entity.ts';
import { DEFAULT_SLA_MINUTES, awardsForResolution } from './reputation.rules.ts';

export class ReputationService {
  constructor(private readonly em: EntityManager) {}

  /** Reputation (the ledger's sum) of each expert, in order, from one grouped query. */
  async totals(expertIds: readonly string[]): Promise<number[]> {
    if (expertIds.length === 0) return [];
    const rows = await this.em.execute<{ expert_id: string; total: number }[]>(
      `select expert_id, sum(points)::int as total from experts.reputation_event
        where expert_id in (?) group by expert_id`,
      [[...new Set(expertIds)]],
    );
    const totals = new Map(rows.map((row) => [row.expert_id, row.total]));
    return expertIds.map((id) => totals.get(id) ?? 0);
  }

  /**
   * Credits the expert of the accepted answer. A replay adds nothing: rows are unique per (eventId, reason), and a
   * resolution's rows per (questionId, reason) whatever event carries it. Returns how many ledger rows were written.
   * The brand's SLA is not in the event yet, hence the default.
   */
  async applyResolution(eventId: string, resolved: QuestionResolved, slaMinutes = DEFAULT_SLA_MINUTES): Promise<number> {
    const expertId = await new ExpertService(this.em).ensure(resolved.brandId, resolved.expertUserId, resolved.language);
    const createdAt = new Date();
    const rows = awardsForResolution({ rating: resolved.rating, timeToFirstAnswerMs: resolved.timeToFirstAnswerMs, slaMinutes }).map(
      (award) => ({
        id: randomUUID(),
        expertId,
        brandId: resolved.brandId,
        points: award.points,
        reason: award.reason,
        questionId: resolved.questionId,
        eventId,
        createdAt,
      }),
    );
    const result = await this.em.createQueryBuilder(ReputationEvent).insert(rows).onConflict().ignore().execute();
    return result.affectedRows;
  }
}
