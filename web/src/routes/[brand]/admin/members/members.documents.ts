import { graphql } from '#lib/graphql/generated/gql.ts';

export const MembersQuery = graphql(`
  query AdminMembers($brandId: ID!) {
    brandMembers(brandId: $brandId) {
      roles
      since
      user {
        id
        handle
        email
        fullName
      }
    }
    invitations(brandId: $brandId) {
      id
      email
      role
      expiresAt
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation AdminInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      token
    }
  }
`);
