import { ACCOUNT_DELETED } from '@peerdesk/runtime/events.contract';
import type { RunningService } from '@peerdesk/runtime/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../session/session.entity.ts';
import { User } from '../user/user.entity.ts';
import { anonymous, call, codeOf, makeBrand, makePerson, PASSWORD, startIdentity } from '../testing/identity.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startIdentity();
});
afterAll(() => service?.close());

const EXPORT = 'mutation { exportMyData(input: {}) { generatedAt data } }';
const DELETE = 'mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { id handle email } }';
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }';

describe('exportMyData', () => {
  it('returns everything identity holds about me, without secrets', async () => {
    const brand = await makeBrand(service);
    const me = await makePerson(service, [{ brandId: brand.id, roles: ['customer', 'admin'] }]);
    await call(service, anonymous(), SIGN_IN, { input: { email: me.email, password: PASSWORD } });
    await call(service, me.viewer, 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', {
      input: { brandId: brand.id, name: 'mine', scopes: ['READ_COMMUNITY'] },
    });
    const result = await call<{ exportMyData: { data: Record<string, unknown[]> & { user: { email: string } } } }>(
      service,
      me.viewer,
      EXPORT,
    );
    expect(result.errors).toBeUndefined();
    const data = result.data!.exportMyData.data;
    expect(data.user.email).toBe(me.email);
    expect(data.memberships).toEqual([expect.objectContaining({ brandId: brand.id, roles: ['customer', 'admin'] })]);
    expect(data.sessions).toHaveLength(1);
    expect(data.apiKeysCreated).toEqual([expect.objectContaining({ name: 'mine', scopes: ['read:community'] })]);
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|refreshTokenHash|secretHash|argon2/);
    expect(codeOf(await call(service, anonymous(), EXPORT))).toBe('UNAUTHENTICATED');
  });
});

describe('deleteMyAccount', () => {
  it('erases personal data, revokes sessions, publishes AccountDeleted and makes the password unusable', async () => {
    const me = await makePerson(service);
    const signedIn = await call<{ signIn: { refreshToken: string } }>(service, anonymous(), SIGN_IN, {
      input: { email: me.email, password: PASSWORD },
    });
    const result = await call<{ deleteMyAccount: { id: string; handle: string; email: string } }>(service, me.viewer, DELETE, {
      input: { password: PASSWORD },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.deleteMyAccount).toEqual({
      id: me.user.id,
      handle: expect.stringMatching(/^deleted-user-[0-9a-f]{8}$/),
      email: `deleted-${me.user.id}@deleted.invalid`,
    });
    const em = service.orm.em.fork();
    const row = await em.findOneOrFail(User, { id: me.user.id });
    expect(row.fullName).toBeNull();
    expect(await em.count(Session, { userId: me.user.id, revokedAt: null })).toBe(0);
    const refresh = await call(
      service,
      anonymous(),
      'mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }',
      {
        input: { refreshToken: signedIn.data!.signIn.refreshToken },
      },
    );
    expect(codeOf(refresh)).toBe('UNAUTHENTICATED');
    expect(codeOf(await call(service, anonymous(), SIGN_IN, { input: { email: me.email, password: PASSWORD } }))).toBe(
      'UNAUTHENTICATED',
    );
    const events = await em
      .getConnection()
      .execute<{ payload: { userId: string } }[]>('select payload from bus.event where type = ?', [ACCOUNT_DELETED]);
    expect(events.map((e) => e.payload.userId)).toContain(me.user.id);
  });

  it('refuses a wrong password with UNAUTHENTICATED and changes nothing', async () => {
    const me = await makePerson(service);
    expect(codeOf(await call(service, me.viewer, DELETE, { input: { password: 'not-my-password-1' } }))).toBe('UNAUTHENTICATED');
    expect((await service.orm.em.fork().findOneOrFail(User, { id: me.user.id })).email).toBe(me.email);
  });
});
