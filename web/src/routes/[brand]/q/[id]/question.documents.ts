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
    personalDataRedacted
    author {
      id
      handle
    }
    claim {
      expiresAt
      expert {
        id
      }
    }
    escalation {
      reason
      escalatedAt
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
      viewerVote
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

export const VoteAnswerMutation = graphql(`
  mutation VoteAnswer($input: VoteAnswerInput!) {
    voteAnswer(input: $input) {
      id
      score
      viewerVote
    }
  }
`);

export const EditQuestionMutation = graphql(`
  mutation EditQuestion($input: EditQuestionInput!) {
    editQuestion(input: $input) {
      id
    }
  }
`);

export const EscalateQuestionMutation = graphql(`
  mutation EscalateQuestion($input: EscalateQuestionInput!) {
    escalateQuestion(input: $input) {
      id
      status
    }
  }
`);

export const CloseQuestionMutation = graphql(`
  mutation CloseQuestion($input: CloseQuestionInput!) {
    closeQuestion(input: $input) {
      id
      status
    }
  }
`);

export const ClaimQuestionMutation = graphql(`
  mutation ClaimQuestion($input: ClaimQuestionInput!) {
    claimQuestion(input: $input) {
      id
      status
    }
  }
`);

export const ReleaseClaimMutation = graphql(`
  mutation ReleaseClaim($input: ReleaseClaimInput!) {
    releaseClaim(input: $input) {
      id
      status
    }
  }
`);

/** Resolved questions the platform flags as very likely the same as this one. */
export const DuplicatesQuery = graphql(`
  query PossibleDuplicates($brandId: ID!, $text: String!, $language: String) {
    similarQuestions(brandId: $brandId, text: $text, language: $language, first: 3) {
      title
      duplicate
      question {
        id
      }
    }
  }
`);
