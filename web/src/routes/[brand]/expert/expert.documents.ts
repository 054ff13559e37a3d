// The expert console's operations: standing, offers, claims, earnings, rewards and payouts of one brand.
import { graphql } from '#lib/graphql/generated/gql.ts';

export const ExpertStandingQuery = graphql(`
  query ExpertStanding($brandId: ID!) {
    me {
      id
      expert(brandId: $brandId) {
        id
        status
        reputation
        level {
          name
          nextLevelAt
          progress
        }
        badges {
          code
          name
          earnedAt
        }
      }
    }
  }
`);

export const ExpertOffersQuery = graphql(`
  query ExpertOffers($brandId: ID!) {
    myOffers(brandId: $brandId, first: 50) {
      edges {
        node {
          id
          offeredAt
          expiresAt
          question {
            id
            title
            category
            status
          }
        }
      }
    }
    questions(brandId: $brandId, status: CLAIMED, first: 100) {
      edges {
        node {
          id
          title
          category
          claim {
            expiresAt
            expert {
              id
            }
          }
        }
      }
    }
  }
`);

export const ExpertEarningsQuery = graphql(`
  query ExpertEarnings($brandId: ID!) {
    me {
      id
      expert(brandId: $brandId) {
        id
        earnings {
          total {
            amountMinor
            currency
          }
          pending {
            amountMinor
            currency
          }
          recent(first: 20) {
            id
            status
            createdAt
            expertShare {
              amountMinor
              currency
            }
            question {
              id
              title
            }
          }
        }
      }
    }
    payouts(brandId: $brandId, first: 5) {
      edges {
        node {
          id
          status
          requestedAt
          amount {
            amountMinor
            currency
          }
        }
      }
    }
    payoutSettings(brandId: $brandId) {
      thresholdMinor
    }
  }
`);

export const RewardCatalogQuery = graphql(`
  query ExpertRewardCatalog($brandId: ID!) {
    rewardCatalog(brandId: $brandId) {
      id
      name
      description
      stock
      price {
        amountMinor
        currency
      }
    }
  }
`);

export const ExpertInboxSubscription = graphql(`
  subscription ExpertInboxLive {
    expertInbox {
      kind
      offer {
        id
        brand {
          id
        }
      }
    }
  }
`);

export const ExpertEarningsSubscription = graphql(`
  subscription ExpertEarningsLive {
    earnings {
      earning {
        id
      }
    }
  }
`);

export const ClaimQuestionMutation = graphql(`
  mutation ConsoleClaimQuestion($input: ClaimQuestionInput!) {
    claimQuestion(input: $input) {
      id
    }
  }
`);

export const ReleaseClaimMutation = graphql(`
  mutation ConsoleReleaseClaim($input: ReleaseClaimInput!) {
    releaseClaim(input: $input) {
      id
    }
  }
`);

export const RedeemRewardMutation = graphql(`
  mutation ConsoleRedeemReward($input: RedeemRewardInput!) {
    redeemReward(input: $input) {
      id
      item {
        name
      }
    }
  }
`);

export const RequestPayoutMutation = graphql(`
  mutation ConsoleRequestPayout($input: RequestPayoutInput!) {
    requestPayout(input: $input) {
      id
    }
  }
`);
