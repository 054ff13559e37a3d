import { startService, migrateService, type RunningService } from '@peerdesk/runtime/service';
import { asViewer, graphql } from '@peerdesk/runtime/testing/client';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { ANONYMOUS } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identity } from '../service.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('identity');
  await migrateService(identity, databaseUrl);
  service = await startService(identity, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken user { id handle email } } }`;

describe('signUp', () => {
  it('creates an account and returns a token and the user', async () => {
    const email = `ana.${Date.now()}@example.test`;
    const result = await graphql(service.url, SIGN_UP, { input: { email, password: 'a-long-enough-pass' } }, await asViewer(ANONYMOUS));
    expect(result.errors).toBeUndefined();
    expect(result.data?.signUp).toMatchObject({ accessToken: expect.any(String), user: { handle: email.split('@')[0] } });
  });

  it('refuses a malformed email with BAD_USER_INPUT and writes nothing', async () => {
    const result = await graphql(service.url, SIGN_UP, { input: { email: 'not-an-email', password: 'a-long-enough-pass' } }, await asViewer(ANONYMOUS));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a duplicate email with CONFLICT', async () => {
    const input = { email: `dup.${Date.now()}@example.test`, password: 'a-long-enough-pass' };
    await graphql(service.url, SIGN_UP, { input }, await asViewer(ANONYMOUS));
    const again = await graphql(service.url, SIGN_UP, { input }, await asViewer(ANONYMOUS));
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('direct calls', () => {
  it('answers UNAUTHENTICATED without the gateway-signed viewer', async () => {
    const result = await graphql(service.url, '{ brands { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('resolves User entities in one batch through _entities', async () => {
    const a = await graphql<{ signUp: { user: { id: string } } }>(service.url, SIGN_UP, { input: { email: `e1.${Date.now()}@example.test`, password: 'a-long-enough-pass' } }, await asViewer(ANONYMOUS));
    const id = a.data!.signUp.user.id;
    const result = await graphql(
      service.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id handle email } } }',
      { r: [{ __typename: 'User', id }, { __typename: 'User', id: '00000000-0000-0000-0000-000000000000' }] },
      await asViewer(ANONYMOUS),
    );
    expect(result.data?._entities).toEqual([{ id, handle: expect.any(String), email: null }, null]);
  });
});
