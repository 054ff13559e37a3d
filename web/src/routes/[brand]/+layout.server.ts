import { error } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/gql.ts';
import { isLocale } from '#lib/i18n/i18n.ts';
import { failPage, gatewayQuery } from '#lib/server/gateway.ts';
import type { LayoutServerLoad } from './$types';

const BrandQuery = graphql(`
  query BrandBySlug($slug: String!) {
    brand(slug: $slug) {
      id
      slug
      name
      description
      defaultLanguage
      languages
      categories {
        slug
        name
      }
      theme {
        primaryColor
        accentColor
        logoUrl
      }
    }
  }
`);

export const load: LayoutServerLoad = async (event) => {
  const { brand } = await gatewayQuery(event, BrandQuery, { slug: event.params.brand }).catch(failPage);
  if (!brand) error(404, { message: 'No such community.', code: 'NOT_FOUND' });
  // Without a choice of their own, people read a community in the brand's language.
  if (!event.locals.localeChosen && isLocale(brand.defaultLanguage)) event.locals.locale = brand.defaultLanguage;
  return { brand, locale: event.locals.locale };
};
