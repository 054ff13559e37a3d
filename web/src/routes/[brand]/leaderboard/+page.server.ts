import { LeaderboardQuery } from '#lib/components/leaderboard.documents.ts';
import type { LeaderboardPeriod } from '#lib/graphql/generated/graphql.ts';
import { gatewayQuery, section } from '#lib/server/gateway.ts';
import type { PageServerLoad } from './$types';

const PERIODS: readonly LeaderboardPeriod[] = ['DAY', 'WEEK', 'MONTH', 'ALL_TIME'];

function periodOf(value: string | null): LeaderboardPeriod {
  const upper = (value ?? '').toUpperCase();
  return PERIODS.find((p) => p === upper) ?? 'WEEK';
}

export const load: PageServerLoad = async (event) => {
  const { brand } = await event.parent();
  const period = periodOf(event.url.searchParams.get('period'));
  const leaderboard = await section(gatewayQuery(event, LeaderboardQuery, { brandId: brand.id, period }).then((d) => d.leaderboard));
  return { period, periods: PERIODS, leaderboard };
};
