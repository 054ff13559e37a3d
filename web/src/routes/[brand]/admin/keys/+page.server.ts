import type { ApiScope } from '#lib/graphql/generated/graphql.ts';
import { failWith, text } from '#lib/server/form.ts';
import { gatewayMutation, gatewayQuery, section } from '#lib/server/gateway.ts';
import type { Actions, PageServerLoad } from './$types';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './keys.documents.ts';

const SCOPES: readonly ApiScope[] = ['READ_COMMUNITY', 'WRITE_QUESTIONS', 'READ_ANALYTICS', 'READ_PERSONAL_DATA'];

export const load: PageServerLoad = async (event) => {
  const { brand } = await event.parent();
  const keys = await section(gatewayQuery(event, ApiKeysQuery, { brandId: brand.id }).then((d) => d.apiKeys.edges.map((e) => e.node)));
  return { keys, scopes: SCOPES };
};

export const actions: Actions = {
  create: async (event) => {
    const form = await event.request.formData();
    const values = {
      name: text(form, 'name').trim(),
      scopes: form.getAll('scopes').map(String).filter((s): s is ApiScope => (SCOPES as readonly string[]).includes(s)),
      rateLimitPerMinute: text(form, 'rateLimitPerMinute') ? Number(text(form, 'rateLimitPerMinute')) : null,
    };
    try {
      const { createApiKey } = await gatewayMutation(event, CreateApiKeyMutation, { input: { brandId: text(form, 'brandId'), ...values } });
      // The secret leaves the server once, in this answer; it is stored only as a hash.
      return { created: { name: createApiKey.apiKey.name, secret: createApiKey.secret } };
    } catch (cause) {
      return failWith(cause, { values });
    }
  },
  revoke: async (event) => {
    const form = await event.request.formData();
    try {
      await gatewayMutation(event, RevokeApiKeyMutation, { input: { id: text(form, 'id') } });
    } catch (cause) {
      return failWith(cause, {});
    }
    return { revoked: text(form, 'name') };
  },
};
