// Deflections over a date range, per UTC day, for the brand's analytics (the deflection rate divides these by the
// questions asked, which the questions subgraph counts).
import {
  analyticsRange,
  DAY_BUCKETS_SQL,
  dayLabelSql,
  inDaySql,
  requireAnalyticsReader,
  type AnalyticsArgs,
} from '@peerdesk/runtime/analytics';
import type { EntityManager } from '@peerdesk/runtime/database';
import type { Viewer } from '@peerdesk/runtime/viewer';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One UTC day of deflections.' })
export class DeflectionDay {
  @Field(() => String, { description: 'YYYY-MM-DD (UTC).' })
  day!: string;

  @Field(() => Int)
  deflected!: number;
}

@ObjectType({ description: 'Customers who found their answer among suggested questions instead of asking.' })
export class DeflectionAnalytics {
  @Field(() => Int)
  deflected!: number;

  @Field(() => [DeflectionDay], { description: 'Every day of the range, oldest first, zeros included.' })
  days!: DeflectionDay[];
}

export async function deflectionAnalytics(em: EntityManager, viewer: Viewer, args: AnalyticsArgs): Promise<DeflectionAnalytics> {
  requireAnalyticsReader(viewer, args.brandId);
  const { start, end } = analyticsRange(args);
  const days = await em.execute<DeflectionDay[]>(
    `with days as (${DAY_BUCKETS_SQL})
     select ${dayLabelSql('days.day')} as day, count(d.id)::int as deflected
       from days
       left join search.deflection d on d.brand_id = ? and ${inDaySql('d.created_at', 'days.day')}
      group by days.day
      order by days.day`,
    [start, end, args.brandId],
  );
  return { deflected: days.reduce((sum, day) => sum + day.deflected, 0), days };
}
