import { graphql } from '#lib/graphql/generated/gql.ts';
import { redirect } from '@sveltejs/kit';
import { failWith, text } from '#lib/server/form.ts';
import { gatewayMutation, gatewayQuery, section } from '#lib/server/gateway.ts';
import { refreshSession } from '#lib/server/refresh.ts';
import { rolesIn, safeRedirectPath } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';
import { JoinBrandMutation } from './brand.documents.ts';

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
  return { questions, leaderboard, search, query, paged: after !== null, member: rolesIn(event.locals.session, brand.id).length > 0 };
};

export const actions: Actions = {
  /** Joins the community as a customer, then refreshes the tokens so the new role counts at once. */
  join: async (event) => {
    const form = await event.request.formData();
    const brandId = text(form, 'brandId');
    const redirectTo = safeRedirectPath(form.get('redirectTo'));
    if (!event.locals.session) redirect(303, `/signin?redirectTo=${encodeURIComponent(redirectTo)}`);
    try {
      await gatewayMutation(event, JoinBrandMutation, { input: { brandId } });
    } catch (cause) {
      return failWith(cause, { joinFailed: true });
    }
    if (await refreshSession(event)) redirect(303, redirectTo);
    // The old access token does not carry the new role and cannot be renewed here: the person signs in again.
    return { joined: true, refreshed: false };
  },
};
