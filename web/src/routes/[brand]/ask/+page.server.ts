import { redirect } from '@sveltejs/kit';
import { isLocale } from '#lib/i18n/i18n.ts';
import { failWith, text } from '#lib/server/form.ts';
import { gatewayMutation } from '#lib/server/gateway.ts';
import { rolesIn } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';
import { AskQuestionMutation, MarkDeflectedMutation } from './ask.documents.ts';

export const load: PageServerLoad = async (event) => {
  const { brand } = await event.parent();
  const here = `/${brand.slug}/ask`;
  // Signed-out people sign in first and come back here.
  if (!event.locals.session) redirect(303, `/signin?redirectTo=${encodeURIComponent(here)}`);
  const language = brand.languages.includes(event.locals.locale) ? event.locals.locale : brand.defaultLanguage;
  return { member: rolesIn(event.locals.session, brand.id).length > 0, language };
};

function askValues(form: FormData) {
  return { title: text(form, 'title'), body: text(form, 'body'), category: text(form, 'category'), language: text(form, 'language') };
}

export const actions: Actions = {
  ask: async (event) => {
    const form = await event.request.formData();
    const values = askValues(form);
    if (!event.locals.session) redirect(303, `/signin?redirectTo=${encodeURIComponent(`/${event.params.brand}/ask`)}`);
    let id: string;
    try {
      const { askQuestion } = await gatewayMutation(event, AskQuestionMutation, {
        input: {
          brandId: text(form, 'brandId'),
          title: values.title,
          body: values.body,
          category: values.category,
          language: isLocale(values.language) ? values.language : null,
        },
      });
      id = askQuestion.id;
    } catch (cause) {
      return failWith(cause, { values });
    }
    redirect(303, `/${event.params.brand}/q/${id}`);
  },

  /** "This solved it": records the deflection; no question is created. */
  deflect: async (event) => {
    const form = await event.request.formData();
    const values = askValues(form);
    try {
      await gatewayMutation(event, MarkDeflectedMutation, {
        input: { brandId: text(form, 'brandId'), questionId: text(form, 'questionId'), text: text(form, 'text').slice(0, 500) },
      });
    } catch (cause) {
      return failWith(cause, { values, deflectFailed: true });
    }
    return { deflected: { questionId: text(form, 'questionId'), title: text(form, 'questionTitle') } };
  },
};
