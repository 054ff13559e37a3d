// The expert console: profile and standing, the live inbox of offers, the live earnings, applying and the quiz.
import { graphql } from '#lib/graphql/generated/gql.ts';

export const MoneyFragment = graphql(`
  fragment MoneyParts on Money {
    amountMinor
    currency
  }
`);

export const OfferFragment = graphql(`
  fragment OfferItem on Offer {
    id
    status
    offeredAt
    expiresAt
    question {
      id
      title
      category
      status
      claim {
        expiresAt
        expert {
          id
        }
      }
    }
  }
`);

export const EarningFragment = graphql(`
  fragment EarningItem on Earning {
    id
    status
    expert {
      id
    }
    createdAt
    settledAt
    expertShare {
      ...MoneyParts
    }
    question {
      id
      title
    }
  }
`);

export const ExpertProfileQuery = graphql(`
  query ExpertProfile($brandId: ID!) {
    me {
      id
      handle
      expert(brandId: $brandId) {
        id
        status
        skills
        languages
        reputation
        level {
          name
          rank
          minReputation
          nextLevelAt
          progress
        }
        badges {
          code
          name
          earnedAt
        }
        qualification {
          score
          passMark
          passed
        }
      }
    }
  }
`);

export const ExpertWorkQuery = graphql(`
  query ExpertWork($brandId: ID!, $expertId: ID!) {
    myOffers(brandId: $brandId, first: 20) {
      edges {
        node {
          ...OfferItem
        }
      }
    }
    expert(id: $expertId) {
      id
      earnings {
        total {
          ...MoneyParts
        }
        pending {
          ...MoneyParts
        }
        recent(first: 10) {
          ...EarningItem
        }
      }
    }
  }
`);

export const QualificationQuizQuery = graphql(`
  query QualificationQuiz($brandId: ID!) {
    qualificationQuiz(brandId: $brandId) {
      passMark
      questions {
        id
        kind
        prompt
        minWords
        maxWords
        choices {
          id
          text
        }
      }
    }
  }
`);

export const ExpertInboxSubscription = graphql(`
  subscription ExpertInbox {
    expertInbox {
      kind
      offer {
        ...OfferItem
        brand {
          id
        }
      }
    }
  }
`);

export const EarningsSubscription = graphql(`
  subscription ExpertEarnings {
    earnings {
      earning {
        ...EarningItem
      }
    }
  }
`);

export const ApplyAsExpertMutation = graphql(`
  mutation ApplyAsExpert($input: ApplyAsExpertInput!) {
    applyAsExpert(input: $input) {
      id
      status
    }
  }
`);

export const SubmitQualificationMutation = graphql(`
  mutation SubmitQualification($input: SubmitQualificationInput!) {
    submitQualification(input: $input) {
      id
      status
      qualification {
        score
        passMark
        passed
      }
    }
  }
`);

export const DeclineOfferMutation = graphql(`
  mutation DeclineOffer($input: DeclineOfferInput!) {
    declineOffer(input: $input) {
      id
      status
    }
  }
`);
