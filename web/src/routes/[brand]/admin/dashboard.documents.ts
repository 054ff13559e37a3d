// The dashboard's one request: each subgraph's analytics over the same range, fetched in parallel by the gateway.
import { graphql } from '#lib/graphql/generated/gql.ts';

export const DashboardQuery = graphql(`
  query AdminDashboard($brandId: ID!, $from: String!, $to: String!) {
    questionAnalytics(brandId: $brandId, from: $from, to: $to) {
      asked
      resolved
      escalated
      answered
      resolutionRate
      escalationRate
      medianFirstAnswerSeconds
      p90FirstAnswerSeconds
      rated
      meanRating
      satisfiedRate
      days {
        day
        asked
        resolved
        escalated
      }
      topCategories {
        category
        asked
        resolved
      }
    }
    deflectionAnalytics(brandId: $brandId, from: $from, to: $to) {
      deflected
      days {
        day
        deflected
      }
    }
    costAnalytics(brandId: $brandId, from: $from, to: $to) {
      currency
      paidResolutions
      expertCostPerResolution {
        amountMinor
        currency
      }
      agentCostPerResolution {
        amountMinor
        currency
      }
    }
  }
`);
