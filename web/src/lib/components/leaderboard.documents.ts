// The weekly leaderboard: the fields the page query and the live subscription share, and the subscription.
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

export const LeaderboardSubscription = graphql(`
  subscription LiveLeaderboard($brandId: ID!) {
    leaderboard(brandId: $brandId, period: WEEK) {
      ...LeaderboardEntries
    }
  }
`);
