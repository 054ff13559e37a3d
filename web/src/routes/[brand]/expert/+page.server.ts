import { redirect } from '@sveltejs/kit';
import { failWith, text } from '#lib/server/form.ts';
import { failPage, gatewayMutation, gatewayQuery, section } from '#lib/server/gateway.ts';
import { refreshSession } from '#lib/server/refresh.ts';
import { rolesIn } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';
import { ClaimQuestionMutation } from '../q/[id]/question.documents.ts';
import {
  ApplyAsExpertMutation,
  DeclineOfferMutation,
  ExpertProfileQuery,
  ExpertWorkQuery,
  QualificationQuizQuery,
  SubmitQualificationMutation,
} from './expert.documents.ts';

export const load: PageServerLoad = async (event) => {
  const { brand } = await event.parent();
  const here = `/${brand.slug}/expert`;
  if (!event.locals.session) redirect(303, `/signin?redirectTo=${encodeURIComponent(here)}`);
  const member = rolesIn(event.locals.session, brand.id).length > 0;
  const { me } = await gatewayQuery(event, ExpertProfileQuery, { brandId: brand.id }).catch(failPage);
  const expert = me?.expert ?? null;
  // A pending expert who has not passed yet takes the quiz; an active one works the inbox.
  const needsQuiz = expert?.status === 'PENDING' && !expert.qualification?.passed;
  const [quiz, work] = await Promise.all([
    needsQuiz ? section(gatewayQuery(event, QualificationQuizQuery, { brandId: brand.id }).then((d) => d.qualificationQuiz)) : null,
    expert?.status === 'ACTIVE' ? section(gatewayQuery(event, ExpertWorkQuery, { brandId: brand.id, expertId: expert.id })) : null,
  ]);
  return { member, expert, quiz, work, viewerId: event.locals.session.user.id };
};

export const actions: Actions = {
  apply: async (event) => {
    const form = await event.request.formData();
    const values = { skills: form.getAll('skills').map(String), languages: form.getAll('languages').map(String), bio: text(form, 'bio') };
    try {
      await gatewayMutation(event, ApplyAsExpertMutation, { input: { brandId: text(form, 'brandId'), ...values } });
    } catch (cause) {
      return failWith(cause, { action: 'apply' as const, values });
    }
    return { action: 'apply' as const, done: true };
  },

  qualify: async (event) => {
    const form = await event.request.formData();
    const answers = form
      .getAll('questionId')
      .map(String)
      .map((questionId) => {
        const choiceId = text(form, `choice-${questionId}`);
        const written = text(form, `text-${questionId}`);
        return { questionId, choiceId: choiceId || null, text: written || null };
      });
    try {
      const { submitQualification } = await gatewayMutation(event, SubmitQualificationMutation, {
        input: { brandId: text(form, 'brandId'), answers },
      });
      return { action: 'qualify' as const, result: submitQualification.qualification };
    } catch (cause) {
      return failWith(cause, { action: 'qualify' as const });
    }
  },

  /** Claims an offered question and opens it with the composer; the lock's time shows there. */
  claim: async (event) => {
    const form = await event.request.formData();
    const questionId = text(form, 'questionId');
    try {
      await gatewayMutation(event, ClaimQuestionMutation, { input: { questionId } });
    } catch (cause) {
      return failWith(cause, { action: 'claim' as const, questionId });
    }
    redirect(303, `/${event.params.brand}/q/${questionId}`);
  },

  decline: async (event) => {
    const form = await event.request.formData();
    const offerId = text(form, 'offerId');
    try {
      await gatewayMutation(event, DeclineOfferMutation, { input: { offerId, reason: text(form, 'reason') || 'busy' } });
    } catch (cause) {
      return failWith(cause, { action: 'decline' as const, offerId });
    }
    return { action: 'decline' as const, done: true };
  },

  /** After an admin's approval the session needs fresh tokens to carry the expert role. */
  refresh: async (event) => {
    await refreshSession(event);
    redirect(303, `/${event.params.brand}/expert`);
  },
};
