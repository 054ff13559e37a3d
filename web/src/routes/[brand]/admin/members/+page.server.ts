import type { Role } from '#lib/graphql/generated/graphql.ts';
import { failWith, text } from '#lib/server/form.ts';
import { gatewayMutation, gatewayQuery, section } from '#lib/server/gateway.ts';
import type { Actions, PageServerLoad } from './$types';
import { InviteMemberMutation, MembersQuery } from './members.documents.ts';

const INVITABLE: readonly Role[] = ['EXPERT', 'AGENT', 'ADMIN'];

export const load: PageServerLoad = async (event) => {
  const { brand } = await event.parent();
  return { members: await section(gatewayQuery(event, MembersQuery, { brandId: brand.id })), roles: INVITABLE };
};

export const actions: Actions = {
  invite: async (event) => {
    const form = await event.request.formData();
    const values = { email: text(form, 'email').trim(), role: text(form, 'role') };
    const role = INVITABLE.find((r) => r === values.role) ?? 'EXPERT';
    try {
      const { inviteMember } = await gatewayMutation(event, InviteMemberMutation, { input: { brandId: text(form, 'brandId'), email: values.email, role } });
      return { invited: { email: inviteMember.email, role: inviteMember.role, token: inviteMember.token ?? '' } };
    } catch (cause) {
      return failWith(cause, { values });
    }
  },
};
