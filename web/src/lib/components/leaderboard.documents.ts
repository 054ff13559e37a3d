// Leaderboards: the fields the page queries and the live subscription share, the query and the subscription.
import { graphql } from '#lib/graphql/generated/gql.ts';

export const LeaderboardEntriesFragment = graphql(`
  fragment LeaderboardEntries on Leaderboard {
    entries {
      rank
      previousRank
      points
      resolutions
      expert {
        id
        user {
          handle
        }
        level {
          name
        }
      }
    }
  }
`);

export const LeaderboardQuery = graphql(`
  query LeaderboardByPeriod($brandId: ID!, $period: LeaderboardPeriod!) {
    leaderboard(brandId: $brandId, period: $period) {
      period
      updatedAt
      ...LeaderboardEntries
    }
  }
`);

export const LeaderboardSubscription = graphql(`
  subscription LiveLeaderboard($brandId: ID!, $period: LeaderboardPeriod!) {
    leaderboard(brandId: $brandId, period: $period) {
      ...LeaderboardEntries
    }
  }
`);
