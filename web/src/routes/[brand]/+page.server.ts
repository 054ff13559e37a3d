import { graphql } from '#lib/graphql/generated/gql.ts';
import { gatewayQuery, section } from '#lib/server/gateway.ts';
import type { PageServerLoad } from './$types';

const RecentQuestionsQuery = graphql(`
  query RecentQuestions($brandId: ID!, $after: String) {
    questions(brandId: $brandId, first: 20, after: $after) {
      edges {
        node {
          id
          title
          status
          category
          language
          createdAt
          answerCount
          author {
            handle
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const WeeklyLeaderboardQuery = graphql(`
  query WeeklyLeaderboard($brandId: ID!) {
    leaderboard(brandId: $brandId, period: WEEK) {
      ...LeaderboardEntries
    }
  }
`);

const SimilarQuestionsQuery = graphql(`
  query SearchCommunity($brandId: ID!, $text: String!) {
    similarQuestions(brandId: $brandId, text: $text, first: 10) {
      title
      excerpt
      score
      question {
        id
        status
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { brand } = await event.parent();
  const after = event.url.searchParams.get('after') || null;
  const query = (event.url.searchParams.get('q') ?? '').trim().slice(0, 500);
  const [questions, leaderboard, search] = await Promise.all([
    section(gatewayQuery(event, RecentQuestionsQuery, { brandId: brand.id, after }).then((d) => d.questions)),
    section(gatewayQuery(event, WeeklyLeaderboardQuery, { brandId: brand.id }).then((d) => d.leaderboard)),
    query.length >= 3
      ? section(gatewayQuery(event, SimilarQuestionsQuery, { brandId: brand.id, text: query }).then((d) => d.similarQuestions))
      : Promise.resolve(null),
  ]);
  return { questions, leaderboard, search, query, paged: after !== null };
};
