// The question page's fields, shared by the query and the live `questionUpdated` subscription, and that subscription.
import { graphql } from '#lib/graphql/generated/gql.ts';

export const QuestionPageFragment = graphql(`
  fragment QuestionPage on Question {
    id
    title
    body
    status
    category
    language
    createdAt
    rating
    author {
      handle
    }
    brand {
      id
      slug
      name
    }
    answers {
      id
      body
      accepted
      score
      createdAt
      author {
        handle
      }
    }
  }
`);

export const QuestionUpdatedSubscription = graphql(`
  subscription QuestionUpdated($id: ID!) {
    questionUpdated(id: $id) {
      ...QuestionPage
    }
  }
`);
