// The community's live question feed (new, answered and resolved questions).
import { graphql } from '#lib/graphql/generated/gql.ts';

export const QuestionFeedSubscription = graphql(`
  subscription QuestionFeed($brandId: ID!) {
    questionFeed(brandId: $brandId) {
      kind
      question {
        id
        title
        status
        createdAt
        answerCount
        author {
          handle
        }
      }
    }
  }
`);
