import { graphql } from '#lib/graphql/generated/gql.ts';

export const WidgetQuery = graphql(`
  query Widget($slug: String!) {
    brand(slug: $slug) {
      id
      slug
      name
      defaultLanguage
      languages
      theme {
        primaryColor
        accentColor
        logoUrl
      }
    }
  }
`);

export const WidgetSearchQuery = graphql(`
  query WidgetSearch($brandId: ID!, $text: String!, $language: String) {
    similarQuestions(brandId: $brandId, text: $text, language: $language, first: 5) {
      title
      excerpt
      question {
        id
      }
    }
  }
`);
