import { error, fail } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/gql.ts';
import { failWith, text } from '#lib/server/form.ts';
import { failPage, gatewayMutation, gatewayQuery, section } from '#lib/server/gateway.ts';
import { renderMarkdown } from '#lib/markdown.ts';
import { rolesIn } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';
import {
  AcceptAnswerMutation,
  ClaimQuestionMutation,
  CloseQuestionMutation,
  DuplicatesQuery,
  EditQuestionMutation,
  EscalateQuestionMutation,
  PostAnswerMutation,
  ReleaseClaimMutation,
  SuggestedAnswersQuery,
  VoteAnswerMutation,
} from './question.documents.ts';

const QuestionQuery = graphql(`
  query QuestionById($id: ID!) {
    question(id: $id) {
      ...QuestionPage
    }
  }
`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FINAL = ['RESOLVED', 'CLOSED'];

export const load: PageServerLoad = async (event) => {
  if (!UUID.test(event.params.id)) error(404, { message: 'No such question.', code: 'NOT_FOUND' });
  const { question } = await gatewayQuery(event, QuestionQuery, { id: event.params.id }).catch(failPage);
  // A question lives in exactly one community: another brand's URL does not show it.
  if (!question || question.brand.slug !== event.params.brand) error(404, { message: 'No such question.', code: 'NOT_FOUND' });
  const session = event.locals.session;
  const isAsker = session?.user.id === question.author.id;
  const isExpert = !isAsker && rolesIn(session, question.brand.id).includes('expert');
  // Only experts who can still answer get suggestions (a search per page view is not free).
  const open = !FINAL.includes(question.status);
  const [suggestions, duplicates] = await Promise.all([
    isExpert && open
      ? section(gatewayQuery(event, SuggestedAnswersQuery, { id: question.id }).then((d) => d.question?.suggestedAnswers ?? []))
      : null,
    // Resolved questions the platform flags as the same one: the asker may find the answer there at once.
    open
      ? section(
          gatewayQuery(event, DuplicatesQuery, { brandId: question.brand.id, text: question.title.slice(0, 500), language: question.language }).then(
            (d) => d.similarQuestions.filter((hit) => hit.duplicate && hit.question.id !== question.id),
          ),
        )
      : null,
  ]);
  // Markdown is rendered here, so the page ships no Markdown parser (the JavaScript budget of public pages).
  const rendered: Record<string, { source: string; html: string }> = {
    [question.id]: { source: question.body, html: renderMarkdown(question.body) },
  };
  for (const answer of question.answers) rendered[answer.id] = { source: answer.body, html: renderMarkdown(answer.body) };
  return { question, rendered, isAsker, isExpert, suggestions, duplicates };
};

type Act = 'vote' | 'edit' | 'escalate' | 'close' | 'claim' | 'release';

/** Runs one mutation of the page; its outcome (or problem) is tagged with the action for the form that sent it. */
async function act<T extends Record<string, unknown>>(action: Act, work: Promise<unknown>, extra: T) {
  try {
    await work;
  } catch (cause) {
    return failWith(cause, { action, ...extra });
  }
  return { action, done: true as const, ...extra };
}

export const actions: Actions = {
  vote: async (event) => {
    const form = await event.request.formData();
    const answerId = text(form, 'answerId');
    const value = text(form, 'value');
    if (value !== 'UP' && value !== 'DOWN' && value !== 'NONE') return fail(400, { action: 'vote' as const, answerId, problem: 'invalid' as const });
    return act('vote', gatewayMutation(event, VoteAnswerMutation, { input: { answerId, value } }), { answerId });
  },

  edit: async (event) => {
    const form = await event.request.formData();
    const values = { title: text(form, 'title'), body: text(form, 'body') };
    return act('edit', gatewayMutation(event, EditQuestionMutation, { input: { questionId: event.params.id, ...values } }), { values });
  },

  escalate: async (event) => {
    const form = await event.request.formData();
    const reason = text(form, 'reason').trim();
    return act('escalate', gatewayMutation(event, EscalateQuestionMutation, { input: { questionId: event.params.id, reason: reason || null } }), {});
  },

  close: async (event) => {
    const form = await event.request.formData();
    const reason = text(form, 'reason').trim();
    return act('close', gatewayMutation(event, CloseQuestionMutation, { input: { questionId: event.params.id, reason: reason || null } }), {});
  },

  claim: (event) => act('claim', gatewayMutation(event, ClaimQuestionMutation, { input: { questionId: event.params.id } }), {}),

  release: (event) => act('release', gatewayMutation(event, ReleaseClaimMutation, { input: { questionId: event.params.id } }), {}),

  answer: async (event) => {
    const form = await event.request.formData();
    const body = text(form, 'body');
    try {
      await gatewayMutation(event, PostAnswerMutation, { input: { questionId: event.params.id, body } });
    } catch (cause) {
      return failWith(cause, { action: 'answer' as const, body });
    }
    return { action: 'answer' as const, posted: true };
  },

  accept: async (event) => {
    const form = await event.request.formData();
    const answerId = text(form, 'answerId');
    const rating = Number(text(form, 'rating'));
    const comment = text(form, 'comment').trim();
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      return fail(400, { action: 'accept' as const, answerId, comment, problem: 'invalid' as const, fields: { rating: ['required'] } });
    }
    try {
      await gatewayMutation(event, AcceptAnswerMutation, { input: { answerId, rating, comment: comment || null } });
    } catch (cause) {
      return failWith(cause, { action: 'accept' as const, answerId, comment });
    }
    return { action: 'accept' as const, accepted: true };
  },
};
