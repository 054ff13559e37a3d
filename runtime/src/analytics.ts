// What every subgraph's analytics query shares: who may read a brand's analytics, and the date range they ask for.
import { IsUUID, Matches } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { badInput, forbidden } from './errors.ts';
import { hasScope, requireUser, rolesIn, type Viewer } from './viewer.ts';

/** The longest range one query may cover (one day bucket per row, so this bounds the result). */
export const MAX_ANALYTICS_DAYS = 366;
const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class AnalyticsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;

  @Field(() => String, { description: 'First day of the range (UTC), YYYY-MM-DD, inclusive.' })
  @Matches(ISO_DAY, { message: 'must be a day like 2026-01-31' })
  from!: string;

  @Field(() => String, { description: 'Last day of the range (UTC), YYYY-MM-DD, inclusive; at most 366 days after `from`.' })
  @Matches(ISO_DAY, { message: 'must be a day like 2026-01-31' })
  to!: string;
}

/** A validated range: `[start, end)` in UTC, one bucket per day. */
export interface AnalyticsRange {
  start: Date;
  end: Date;
  days: number;
}

export function analyticsRange(args: Pick<AnalyticsArgs, 'from' | 'to'>): AnalyticsRange {
  const start = new Date(`${args.from}T00:00:00.000Z`);
  const last = new Date(`${args.to}T00:00:00.000Z`);
  // Date rejects 2026-13-01 as NaN but rolls 2026-02-31 over: compare the round trip too.
  for (const [name, day, value] of [['from', start, args.from], ['to', last, args.to]] as const) {
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) throw badInput(`${name} is not a calendar day.`);
  }
  const days = Math.round((last.getTime() - start.getTime()) / DAY_MS) + 1;
  if (days < 1) throw badInput('from must not be after to.');
  if (days > MAX_ANALYTICS_DAYS) throw badInput(`The range may cover at most ${MAX_ANALYTICS_DAYS} days.`);
  return { start, end: new Date(last.getTime() + DAY_MS), days };
}

/** Brand admins, and partner keys of the brand holding `read:analytics`. */
export function requireAnalyticsReader(viewer: Viewer, brandId: string): void {
  if (hasScope(viewer, brandId, 'read:analytics')) return;
  if (viewer.kind === 'partner') throw forbidden('This API key may not read this brand’s analytics.');
  if (!rolesIn(requireUser(viewer), brandId).includes('admin')) throw forbidden('Only the brand’s admins can read its analytics.');
}

/**
 * SQL for the range's day buckets as a CTE body (parameters: start, end). Hours, not days: `interval '1 day'`
 * follows the session's time zone across daylight-saving changes, and buckets are UTC days.
 */
export const DAY_BUCKETS_SQL = `select generate_series(?::timestamptz, ?::timestamptz - interval '24 hours', interval '24 hours') as day`;

/** SQL for a bucket's label (YYYY-MM-DD) and the condition that `column` falls in it. */
export const dayLabelSql = (bucket: string) => `to_char(${bucket} at time zone 'UTC', 'YYYY-MM-DD')`;
export const inDaySql = (column: string, bucket: string) => `${column} >= ${bucket} and ${column} < ${bucket} + interval '24 hours'`;
