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
      id
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

/** Accepted answers of similar resolved questions, for the expert's composer ("Insert" cites the author). */
export const SuggestedAnswersQuery = graphql(`
  query SuggestedAnswers($id: ID!) {
    question(id: $id) {
      id
      suggestedAnswers(first: 3) {
        answerId
        excerpt
        body
        score
        author {
          handle
        }
        question {
          id
          title
        }
      }
    }
  }
`);

export const PostAnswerMutation = graphql(`
  mutation PostAnswer($input: PostAnswerInput!) {
    postAnswer(input: $input) {
      id
    }
  }
`);

export const AcceptAnswerMutation = graphql(`
  mutation AcceptAnswer($input: AcceptAnswerInput!) {
    acceptAnswer(input: $input) {
      id
      status
      rating
    }
  }
`);
