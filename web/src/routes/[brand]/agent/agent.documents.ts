import { graphql } from '#lib/graphql/generated/gql.ts';

export const EscalationsQuery = graphql(`
  query AgentEscalations($brandId: ID!) {
    escalations(brandId: $brandId, first: 50) {
      edges {
        node {
          id
          title
          body
          category
          language
          createdAt
          escalation {
            reason
            escalatedAt
            note
            agent {
              id
              handle
            }
          }
          author {
            id
            handle
            email
            fullName
          }
          answers {
            id
            body
            private
            createdAt
            author {
              handle
            }
          }
        }
      }
    }
  }
`);

export const EscalationQueueSubscription = graphql(`
  subscription AgentEscalationQueue($brandId: ID!) {
    escalationQueue(brandId: $brandId) {
      id
      status
    }
  }
`);

export const TakeEscalationMutation = graphql(`
  mutation AgentTakeEscalation($input: TakeEscalationInput!) {
    takeEscalation(input: $input) {
      id
    }
  }
`);

export const AnswerEscalationMutation = graphql(`
  mutation AgentAnswerEscalation($input: AnswerEscalationInput!) {
    answerEscalation(input: $input) {
      id
    }
  }
`);

export const CloseEscalationMutation = graphql(`
  mutation AgentCloseEscalation($input: CloseQuestionInput!) {
    closeQuestion(input: $input) {
      id
      status
    }
  }
`);
