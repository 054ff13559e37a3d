import { randomUUID } from 'node:crypto';
import type { RunningService } from '@peerdesk/runtime/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Membership } from '../membership/membership.entity.ts';
import { call, codeOf, makeBrand, makePerson, startIdentity } from '../testing/identity.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startIdentity();
});
afterAll(() => service?.close());

const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id email role token brand { id } } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id role acceptedAt token } }`;
const rolesOf = async (userId: string, brandId: string) =>
  (await service.orm.em.fork().findOne(Membership, { userId, brandId }))?.roles;

describe('inviteMember and acceptInvitation', () => {
  it('lets an admin invite an expert; the invitee with that email takes the role once', async () => {
    const brand = await makeBrand(service);
    const admin = await makePerson(service, [{ brandId: brand.id, roles: ['admin'] }]);
    const invitee = await makePerson(service, [{ brandId: brand.id, roles: ['customer'] }]);
    const invited = await call<{ inviteMember: { token: string; role: string } }>(service, admin.viewer, INVITE, {
      input: { brandId: brand.id, email: invitee.email.toUpperCase(), role: 'EXPERT' },
    });
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteMember).toMatchObject({ role: 'EXPERT', token: expect.stringMatching(/^inv_/) });
    const token = invited.data!.inviteMember.token;
    const accepted = await call(service, invitee.viewer, ACCEPT, { input: { token } });
    expect(accepted.data?.acceptInvitation).toMatchObject({ role: 'EXPERT', acceptedAt: expect.any(String), token: null });
    expect(await rolesOf(invitee.user.id, brand.id)).toEqual(['customer', 'expert']);
    expect(codeOf(await call(service, invitee.viewer, ACCEPT, { input: { token } }))).toBe('CONFLICT');
  });

  it('refuses someone else holding the token with FORBIDDEN, and an unknown token with NOT_FOUND', async () => {
    const brand = await makeBrand(service);
    const admin = await makePerson(service, [{ brandId: brand.id, roles: ['admin'] }]);
    const invited = await call<{ inviteMember: { token: string } }>(service, admin.viewer, INVITE, {
      input: { brandId: brand.id, email: `someone.${randomUUID().slice(0, 6)}@example.test`, role: 'ADMIN' },
    });
    const thief = await makePerson(service);
    expect(codeOf(await call(service, thief.viewer, ACCEPT, { input: { token: invited.data!.inviteMember.token } }))).toBe(
      'FORBIDDEN',
    );
    expect(await rolesOf(thief.user.id, brand.id)).toBeUndefined();
    expect(codeOf(await call(service, thief.viewer, ACCEPT, { input: { token: 'inv_forged' } }))).toBe('NOT_FOUND');
  });

  it.each([
    ['a customer', ['customer'] as const],
    ['an expert making itself admin', ['customer', 'expert'] as const],
    ['an agent', ['agent'] as const],
  ])('refuses role escalation by %s with FORBIDDEN', async (_who, roles) => {
    const brand = await makeBrand(service);
    const person = await makePerson(service, [{ brandId: brand.id, roles: [...roles] }]);
    const result = await call(service, person.viewer, INVITE, {
      input: { brandId: brand.id, email: person.email, role: 'ADMIN' },
    });
    expect(codeOf(result)).toBe('FORBIDDEN');
  });

  it('refuses inviting a customer (BAD_USER_INPUT), a bad email (BAD_USER_INPUT) and an unknown brand (NOT_FOUND)', async () => {
    const brand = await makeBrand(service);
    const admin = await makePerson(service, [{ brandId: brand.id, roles: ['admin'] }]);
    expect(
      codeOf(
        await call(service, admin.viewer, INVITE, { input: { brandId: brand.id, email: 'x@example.test', role: 'CUSTOMER' } }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await call(service, admin.viewer, INVITE, { input: { brandId: brand.id, email: 'nope', role: 'AGENT' } })),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await call(service, admin.viewer, INVITE, { input: { brandId: randomUUID(), email: 'x@example.test', role: 'AGENT' } }),
      ),
    ).toBe('NOT_FOUND');
  });
});
