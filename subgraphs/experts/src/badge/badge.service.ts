// Awards badges when an accepted answer changes an expert's record; reads them for `Expert.badges`.
import type { EntityManager } from '@peerdesk/runtime/database';
import type { QuestionResolved } from '@peerdesk/runtime/events.contract';
import { expertId } from '@peerdesk/runtime/ids';
import { DEFAULT_SLA_MINUTES, slaBonus } from '../reputation/reputation.rules.ts';
import { BADGES, earnedBadges, type BadgeCode } from './badge.rules.ts';
import { ExpertBadge, Resolution } from './badge.entity.ts';

export interface EarnedBadge {
  code: string;
  name: string;
  earnedAt: Date;
}

export class BadgeService {
  constructor(private readonly em: EntityManager) {}

  /** Records the accepted answer and awards whatever it newly earns; a replay records and awards nothing. */
  async applyResolution(resolved: QuestionResolved, slaMinutes = DEFAULT_SLA_MINUTES): Promise<BadgeCode[]> {
    const id = expertId(resolved.brandId, resolved.expertUserId);
    await this.em.execute(
      `insert into experts.resolution (question_id, expert_id, brand_id, language, rating, within_sla, resolved_at)
       values (?, ?, ?, ?, ?, ?, ?) on conflict (question_id) do nothing`,
      [resolved.questionId, id, resolved.brandId, resolved.language, resolved.rating, slaBonus(resolved.timeToFirstAnswerMs, slaMinutes) > 0, new Date(resolved.resolvedAt)],
    );
    const history = await this.em.find(Resolution, { expertId: id }, { orderBy: [{ resolvedAt: 'asc' }, { questionId: 'asc' }] });
    const earned = earnedBadges(history);
    if (earned.length === 0) return [];
    const now = new Date();
    const rows = await this.em.execute<{ code: BadgeCode }[]>(
      `insert into experts.badge (expert_id, code, earned_at) values ${earned.map(() => '(?, ?, ?)').join(', ')}
       on conflict do nothing returning code`,
      earned.flatMap((code) => [id, code, now]),
    );
    return rows.map((row) => row.code);
  }

  /** Each expert's badges in the order earned, from one query. */
  async forExperts(expertIds: readonly string[]): Promise<EarnedBadge[][]> {
    const rows = expertIds.length
      ? await this.em.find(ExpertBadge, { expertId: { $in: [...new Set(expertIds)] } }, { orderBy: [{ earnedAt: 'asc' }, { code: 'asc' }] })
      : [];
    return expertIds.map((id) =>
      rows.filter((row) => row.expertId === id).map((row) => ({ code: row.code, name: BADGES[row.code as BadgeCode] ?? row.code, earnedAt: row.earnedAt })),
    );
  }
}
