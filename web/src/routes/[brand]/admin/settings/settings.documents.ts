import { graphql } from '#lib/graphql/generated/gql.ts';

export const BrandSettingsQuery = graphql(`
  query BrandSettings($slug: String!) {
    brand(slug: $slug) {
      id
      slaMinutes
      claimMinutes
      waveMinutes
      maxClaimsPerExpert
      openAnswering
    }
  }
`);

export const UpdateBrandMutation = graphql(`
  mutation UpdateBrand($input: UpdateBrandInput!) {
    updateBrand(input: $input) {
      id
      updatedAt
    }
  }
`);
