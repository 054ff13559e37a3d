// A brand's question analytics, computed in SQL: one query per metric family (days, summary, categories).
import {
  analyticsRange,
  DAY_BUCKETS_SQL,
  dayLabelSql,
  inDaySql,
  requireAnalyticsReader, type AnalyticsArgs, type AnalyticsRange } from '@peerdesk/runtime/analytics';
import type { EntityManager } from '@peerdesk/runtime/database';
import type { Viewer } from '@peerdesk/runtime/viewer';
import type { CategoryCount, QuestionAnalytics, QuestionDay } from './analytics.types.ts';

const TOP_CATEGORIES = 10;

interface Summary {
  asked: number;
  resolved: number;
  escalated: number;
  answered: number;
  median: number | null;
  p90: number | null;
  rated: number;
  mean_rating: number | null;
  satisfied: number;
}

const ratio = (part: number, whole: number) => (whole ? part / whole : null);

export class AnalyticsService {
  constructor(private readonly em: EntityManager) {}

  async questions(viewer: Viewer, args: AnalyticsArgs): Promise<QuestionAnalytics> {
    requireAnalyticsReader(viewer, args.brandId);
    const range = analyticsRange(args);
    const [days, summary, topCategories] = await Promise.all([
      this.days(args.brandId, range),
      this.summary(args.brandId, range),
      this.categories(args.brandId, range),
    ]);
    return {
      from: args.from,
      to: args.to,
      asked: summary.asked,
      resolved: summary.resolved,
      escalated: summary.escalated,
      answered: summary.answered,
      resolutionRate: ratio(summary.resolved, summary.asked),
      escalationRate: ratio(summary.escalated, summary.asked),
      medianFirstAnswerSeconds: summary.median,
      p90FirstAnswerSeconds: summary.p90,
      rated: summary.rated,
      meanRating: summary.mean_rating,
      satisfiedRate: ratio(summary.satisfied, summary.rated),
      days,
      topCategories,
    };
  }

  /** Every day of the range with what was asked, resolved and escalated on it. */
  private days(brandId: string, { start, end }: AnalyticsRange): Promise<QuestionDay[]> {
    return this.em.execute<QuestionDay[]>(
      `with happened as (
         select created_at as at, 1 as asked, 0 as resolved, 0 as escalated from questions.question
          where brand_id = ? and created_at >= ? and created_at < ?
         union all
         select resolved_at, 0, 1, 0 from questions.question where brand_id = ? and resolved_at >= ? and resolved_at < ?
         union all
         select escalated_at, 0, 0, 1 from questions.question where brand_id = ? and escalated_at >= ? and escalated_at < ?
       ), days as (${DAY_BUCKETS_SQL})
       select ${dayLabelSql('days.day')} as day,
              coalesce(sum(happened.asked), 0)::int as asked,
              coalesce(sum(happened.resolved), 0)::int as resolved,
              coalesce(sum(happened.escalated), 0)::int as escalated
         from days
         left join happened on ${inDaySql('happened.at', 'days.day')}
        group by days.day
        order by days.day`,
      [brandId, start, end, brandId, start, end, brandId, start, end, start, end],
    );
  }

  /** Counts, rates, time to first answer and satisfaction of the questions asked in the range. */
  private async summary(brandId: string, { start, end }: AnalyticsRange): Promise<Summary> {
    const [row] = await this.em.execute<Summary[]>(
      `select count(*)::int as asked,
              count(*) filter (where status = 'RESOLVED')::int as resolved,
              count(escalated_at)::int as escalated,
              count(first_answer_at)::int as answered,
              percentile_cont(0.5) within group (order by extract(epoch from first_answer_at - created_at))
                filter (where first_answer_at is not null)::float8 as median,
              percentile_cont(0.9) within group (order by extract(epoch from first_answer_at - created_at))
                filter (where first_answer_at is not null)::float8 as p90,
              count(rating)::int as rated,
              avg(rating)::float8 as mean_rating,
              count(*) filter (where rating >= 4)::int as satisfied
         from questions.question
        where brand_id = ? and created_at >= ? and created_at < ?`,
      [brandId, start, end],
    );
    return row!;
  }

  private categories(brandId: string, { start, end }: AnalyticsRange): Promise<CategoryCount[]> {
    return this.em.execute<CategoryCount[]>(
      `select category, count(*)::int as asked, count(*) filter (where status = 'RESOLVED')::int as resolved
         from questions.question
        where brand_id = ? and created_at >= ? and created_at < ?
        group by category
        order by asked desc, category
        limit ${TOP_CATEGORIES}`,
      [brandId, start, end],
    );
  }
}
