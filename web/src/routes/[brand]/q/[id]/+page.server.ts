import { error } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/gql.ts';
import { failPage, gatewayQuery } from '#lib/server/gateway.ts';
import type { PageServerLoad } from './$types';

const QuestionQuery = graphql(`
  query QuestionById($id: ID!) {
    question(id: $id) {
      ...QuestionPage
    }
  }
`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async (event) => {
  if (!UUID.test(event.params.id)) error(404, { message: 'No such question.', code: 'NOT_FOUND' });
  const { question } = await gatewayQuery(event, QuestionQuery, { id: event.params.id }).catch(failPage);
  // A question lives in exactly one community: another brand's URL does not show it.
  if (!question || question.brand.slug !== event.params.brand) error(404, { message: 'No such question.', code: 'NOT_FOUND' });
  return { question };
};
