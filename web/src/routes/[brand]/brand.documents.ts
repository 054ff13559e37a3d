// Joining a brand community as a customer.
import { graphql } from '#lib/graphql/generated/gql.ts';

export const JoinBrandMutation = graphql(`
  mutation JoinBrand($input: JoinBrandInput!) {
    joinBrand(input: $input) {
      id
    }
  }
`);
