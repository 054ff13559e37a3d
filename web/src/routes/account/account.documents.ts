// "My data": what identity holds about the signed-in person, the JSON export and account deletion.
import { graphql } from '#lib/graphql/generated/gql.ts';

export const MyAccountQuery = graphql(`
  query MyAccount {
    me {
      id
      handle
      email
      fullName
      locale
      createdAt
      memberships {
        roles
        brand {
          id
          slug
          name
        }
      }
    }
  }
`);

export const ExportMyDataMutation = graphql(`
  mutation ExportMyData($input: ExportMyDataInput!) {
    exportMyData(input: $input) {
      generatedAt
      data
    }
  }
`);

export const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {
    deleteMyAccount(input: $input) {
      id
    }
  }
`);
