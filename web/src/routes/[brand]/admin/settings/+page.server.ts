import { failWith } from '#lib/server/form.ts';
import { failPage, gatewayMutation, gatewayQuery } from '#lib/server/gateway.ts';
import type { Actions, PageServerLoad } from './$types';
import { brandInput } from './settings.form.ts';
import { BrandSettingsQuery, UpdateBrandMutation } from './settings.documents.ts';

export const load: PageServerLoad = async (event) => {
  const { brand } = await event.parent();
  const { brand: timing } = await gatewayQuery(event, BrandSettingsQuery, { slug: brand.slug }).catch(failPage);
  return { timing };
};

export const actions: Actions = {
  save: async (event) => {
    const form = await event.request.formData();
    const input = brandInput(String(form.get('brandId') ?? ''), form);
    try {
      await gatewayMutation(event, UpdateBrandMutation, { input });
    } catch (cause) {
      return failWith(cause, { values: input });
    }
    return { saved: true };
  },
};
