import { randomUUID } from 'node:crypto';
import type { RunningService } from '@peerdesk/runtime/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginAttempt } from './login-attempt.entity.ts';
import { User } from '../user/user.entity.ts';
import { anonymous, call, codeOf, makePerson, PASSWORD, startIdentity } from '../testing/identity.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startIdentity();
});
afterAll(() => service?.close());

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { id handle email } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const fresh = (name: string) => `${name}.${randomUUID().slice(0, 8)}@example.test`;
const users = (email: string) => service.orm.em.fork().count(User, { email });

describe('signUp', () => {
  it('creates an account and returns tokens and the user', async () => {
    const email = fresh('ana');
    const result = await call(service, anonymous(), SIGN_UP, { input: { email, password: PASSWORD } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.signUp).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      user: { handle: email.split('@')[0] },
    });
  });

  it.each([
    ['a malformed email', { email: 'not-an-email', password: PASSWORD }],
    ['a short password', { email: fresh('short'), password: 'short-pass' }],
    ['a common password', { email: fresh('common'), password: 'password1234' }],
    ['a guessable password', { email: fresh('guess'), password: 'Password2024!!' }],
    ['a password containing the email', { email: 'marisol.x@example.test', password: 'marisol.x-rocks-99' }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, input) => {
    const result = await call(service, anonymous(), SIGN_UP, { input });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(await users(input.email)).toBe(0);
  });

  it('refuses a duplicate email with CONFLICT, whatever its case', async () => {
    const email = fresh('dup');
    await call(service, anonymous(), SIGN_UP, { input: { email, password: PASSWORD } });
    const again = await call(service, anonymous(), SIGN_UP, { input: { email: email.toUpperCase(), password: PASSWORD } });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(await users(email)).toBe(1);
  });
});

describe('signIn', () => {
  it('signs in with the right password and refuses a wrong one with UNAUTHENTICATED', async () => {
    const { email } = await makePerson(service);
    expect((await call(service, anonymous(), SIGN_IN, { input: { email, password: PASSWORD } })).errors).toBeUndefined();
    expect(codeOf(await call(service, anonymous(), SIGN_IN, { input: { email, password: 'wrong-password-123' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await call(service, anonymous(), SIGN_IN, { input: { email: fresh('nobody'), password: PASSWORD } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('locks an account after 5 failures in 15 minutes, even for the right password, with a retry-after', async () => {
    const { email } = await makePerson(service);
    for (let i = 0; i < 5; i++) {
      expect(codeOf(await call(service, anonymous(), SIGN_IN, { input: { email, password: `wrong-password-${i}` } }))).toBe(
        'UNAUTHENTICATED',
      );
    }
    const locked = await call(service, anonymous(), SIGN_IN, { input: { email, password: PASSWORD } });
    expect(codeOf(locked)).toBe('RATE_LIMITED');
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(800);
  });

  it('limits one client address to 20 failures across accounts; other addresses still sign in', async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    for (let i = 0; i < 20; i++)
      await call(service, anonymous(ip), SIGN_IN, { input: { email: fresh(`spray${i}`), password: PASSWORD } });
    const { email } = await makePerson(service);
    expect(codeOf(await call(service, anonymous(ip), SIGN_IN, { input: { email, password: PASSWORD } }))).toBe('RATE_LIMITED');
    expect(
      (await call(service, anonymous('198.51.100.7'), SIGN_IN, { input: { email, password: PASSWORD } })).errors,
    ).toBeUndefined();
  });

  it('starts the account count over after a successful sign-in', async () => {
    const { email } = await makePerson(service);
    for (let i = 0; i < 4; i++) await call(service, anonymous(), SIGN_IN, { input: { email, password: `wrong-password-${i}` } });
    expect((await call(service, anonymous(), SIGN_IN, { input: { email, password: PASSWORD } })).errors).toBeUndefined();
    expect(await service.orm.em.fork().count(LoginAttempt, { email })).toBe(0);
  });
});

describe('direct calls', () => {
  it('answers UNAUTHENTICATED without the gateway-signed viewer', async () => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ brands { id } }' }),
    });
    const result = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('resolves User entities in one batch through _entities', async () => {
    const { user } = await makePerson(service);
    const result = await call(
      service,
      anonymous(),
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id handle email } } }',
      {
        r: [
          { __typename: 'User', id: user.id },
          { __typename: 'User', id: randomUUID() },
        ],
      },
    );
    expect(result.data?._entities).toEqual([{ id: user.id, handle: user.handle, email: null }, null]);
  });
});
