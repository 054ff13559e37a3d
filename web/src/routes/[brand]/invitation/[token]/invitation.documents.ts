import { graphql } from '#lib/graphql/generated/gql.ts';

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
      role
      brand {
        slug
      }
    }
  }
`);
