import { graphql } from '#lib/graphql/generated/gql.ts';

export const ApiKeysQuery = graphql(`
  query AdminApiKeys($brandId: ID!) {
    apiKeys(brandId: $brandId, first: 100) {
      edges {
        node {
          id
          name
          scopes
          rateLimitPerMinute
          createdAt
          revokedAt
        }
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      id
      revokedAt
    }
  }
`);
