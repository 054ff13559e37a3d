// The expert's rewards: the brand's in-kind catalog, redemptions (from the ledger) and payouts.
import { graphql } from '#lib/graphql/generated/gql.ts';

export const ExpertRewardsQuery = graphql(`
  query ExpertRewards($brandId: ID!) {
    rewardCatalog(brandId: $brandId) {
      id
      name
      description
      stock
      active
      price {
        ...MoneyParts
      }
    }
    payoutSettings(brandId: $brandId) {
      thresholdMinor
    }
    payouts(brandId: $brandId, first: 20) {
      edges {
        node {
          id
          status
          requestedAt
          processedAt
          failureReason
          amount {
            ...MoneyParts
          }
        }
      }
    }
    ledger(brandId: $brandId, first: 50) {
      edges {
        node {
          id
          kind
          reference
          createdAt
          entries {
            id
            account {
              kind
              ownerId
            }
            amount {
              ...MoneyParts
            }
          }
        }
      }
    }
    me {
      id
      expert(brandId: $brandId) {
        id
        earnings {
          available {
            ...MoneyParts
          }
        }
      }
    }
  }
`);

export const RedeemRewardMutation = graphql(`
  mutation RedeemReward($input: RedeemRewardInput!) {
    redeemReward(input: $input) {
      id
      item {
        name
      }
    }
  }
`);

export const RequestPayoutMutation = graphql(`
  mutation RequestPayout($input: RequestPayoutInput!) {
    requestPayout(input: $input) {
      id
      status
    }
  }
`);
