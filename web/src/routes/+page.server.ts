import { gatewayQuery, failPage } from '#lib/server/gateway.ts';
import { graphql } from '#lib/graphql/generated/gql.ts';
import type { PageServerLoad } from './$types';

const BrandsQuery = graphql(`
  query Brands {
    brands {
      id
      slug
      name
      description
      theme {
        primaryColor
        accentColor
        logoUrl
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const data = await gatewayQuery(event, BrandsQuery, {}).catch(failPage);
  return { brands: data.brands };
};
