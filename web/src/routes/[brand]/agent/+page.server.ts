import { failWith, text } from '#lib/server/form.ts';
import { gatewayMutation, gatewayQuery, section } from '#lib/server/gateway.ts';
import { requireBrandRole } from '#lib/server/staff.ts';
import type { Actions, PageServerLoad } from './$types';
import { AnswerEscalationMutation, CloseEscalationMutation, EscalationsQuery, TakeEscalationMutation } from './agent.documents.ts';

export const load: PageServerLoad = async (event) => {
  const { brand } = await event.parent();
  requireBrandRole(event, brand.id, ['agent', 'admin']);
  const queue = await section(gatewayQuery(event, EscalationsQuery, { brandId: brand.id }).then((d) => d.escalations.edges.map((e) => e.node)));
  return { queue, me: event.locals.session!.user.id };
};

/** Runs one agent mutation on the question named by the form; the outcome is keyed by question for the page. */
async function act(form: FormData, work: (questionId: string) => Promise<unknown>, done: string) {
  const questionId = text(form, 'questionId');
  try {
    await work(questionId);
  } catch (cause) {
    return failWith(cause, { questionId, body: text(form, 'body') });
  }
  return { questionId, done };
}

export const actions: Actions = {
  take: async (event) => {
    const form = await event.request.formData();
    return act(form, (questionId) => gatewayMutation(event, TakeEscalationMutation, { input: { questionId } }), 'taken');
  },
  reply: async (event) => {
    const form = await event.request.formData();
    return act(form, (questionId) => gatewayMutation(event, AnswerEscalationMutation, { input: { questionId, body: text(form, 'body') } }), 'replied');
  },
  close: async (event) => {
    const form = await event.request.formData();
    return act(form, (questionId) => gatewayMutation(event, CloseEscalationMutation, { input: { questionId, reason: text(form, 'reason').trim() || null } }), 'closed');
  },
};
