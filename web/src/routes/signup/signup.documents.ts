import { graphql } from '#lib/graphql/generated/gql.ts';

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      refreshToken
      user {
        id
        handle
      }
    }
  }
`);
