// The ask page: similar resolved questions as the customer types (browser), deflection and asking (form actions).
import { graphql } from '#lib/graphql/generated/gql.ts';

export const SimilarAsYouTypeQuery = graphql(`
  query SimilarAsYouType($brandId: ID!, $text: String!) {
    similarQuestions(brandId: $brandId, text: $text, first: 5) {
      title
      excerpt
      highlights
      score
      duplicate
      question {
        id
      }
    }
  }
`);

export const MarkDeflectedMutation = graphql(`
  mutation MarkDeflected($input: MarkDeflectedInput!) {
    markDeflected(input: $input) {
      id
    }
  }
`);

export const AskQuestionMutation = graphql(`
  mutation AskQuestion($input: AskQuestionInput!) {
    askQuestion(input: $input) {
      id
    }
  }
`);
