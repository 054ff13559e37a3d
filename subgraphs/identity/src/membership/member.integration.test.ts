import { randomUUID } from 'node:crypto';
import type { RunningService } from '@peerdesk/runtime/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, codeOf, makeBrand, makePerson, startIdentity } from '../testing/identity.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startIdentity('identity_members');
});
afterAll(() => service?.close());

const MEMBERS = `query ($brandId: ID!) { brandMembers(brandId: $brandId) { user { id email } roles } }`;
const INVITATIONS = `query ($brandId: ID!) { invitations(brandId: $brandId) { email role token } }`;
const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;

describe('brandMembers and invitations', () => {
  it('shows an admin the brand’s staff and experts with their email, and pending invitations without tokens', async () => {
    const brand = await makeBrand(service);
    const admin = await makePerson(service, [{ brandId: brand.id, roles: ['customer', 'admin'] }]);
    const expert = await makePerson(service, [{ brandId: brand.id, roles: ['customer', 'expert'] }]);
    await makePerson(service, [{ brandId: brand.id, roles: ['customer'] }]);
    await makePerson(service, [{ brandId: (await makeBrand(service)).id, roles: ['agent'] }]);
    const members = await call<{ brandMembers: { user: { id: string; email: string }; roles: string[] }[] }>(service, admin.viewer, MEMBERS, {
      brandId: brand.id,
    });
    expect(members.errors).toBeUndefined();
    expect(members.data!.brandMembers).toHaveLength(2);
    expect(members.data!.brandMembers).toEqual(
      expect.arrayContaining([
        { user: { id: admin.user.id, email: admin.email }, roles: ['CUSTOMER', 'ADMIN'] },
        { user: { id: expert.user.id, email: expert.email }, roles: ['CUSTOMER', 'EXPERT'] },
      ]),
    );
    const email = `agent.${randomUUID().slice(0, 8)}@example.test`;
    await call(service, admin.viewer, INVITE, { input: { brandId: brand.id, email, role: 'AGENT' } });
    expect((await call(service, admin.viewer, INVITATIONS, { brandId: brand.id })).data).toEqual({
      invitations: [{ email, role: 'AGENT', token: null }],
    });
  });

  it('refuses anyone but the brand’s admins', async () => {
    const brand = await makeBrand(service);
    const agent = await makePerson(service, [{ brandId: brand.id, roles: ['agent'] }]);
    const otherAdmin = await makePerson(service, [{ brandId: (await makeBrand(service)).id, roles: ['admin'] }]);
    for (const viewer of [agent.viewer, otherAdmin.viewer]) {
      expect(codeOf(await call(service, viewer, MEMBERS, { brandId: brand.id }))).toBe('FORBIDDEN');
      expect(codeOf(await call(service, viewer, INVITATIONS, { brandId: brand.id }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await call(service, otherAdmin.viewer, MEMBERS, { brandId: randomUUID() }))).toBe('NOT_FOUND');
  });
});
