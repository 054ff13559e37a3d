import { REVOCATIONS_TOPIC, verifyAccessToken, type Revocations } from '@peerdesk/runtime/access-token';
import type { RunningService } from '@peerdesk/runtime/service';
import type { Viewer } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, call, codeOf, makeBrand, makePerson, PASSWORD, startIdentity } from '../testing/identity.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startIdentity();
});
afterAll(() => service?.close());

interface Tokens {
  accessToken: string;
  refreshToken: string;
}
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }`;
const REFRESH = `mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const SIGN_OUT = `mutation ($input: SignOutInput!) { signOut(input: $input) { revokedSessions } }`;
const REVOKED_SINCE = `query ($since: DateTimeISO!) { revokedSince(since: $since) { sessionIds apiKeyIds } }`;

async function signIn(email: string): Promise<Tokens> {
  const result = await call<{ signIn: Tokens }>(service, anonymous(), SIGN_IN, { input: { email, password: PASSWORD } });
  return result.data!.signIn;
}
const refresh = (refreshToken: string) =>
  call<{ refreshSession: Tokens }>(service, anonymous(), REFRESH, { input: { refreshToken } });

/** The viewer the gateway would build from an access token. */
async function viewerOf(accessToken: string): Promise<Viewer> {
  const claims = await verifyAccessToken(accessToken);
  return { kind: 'user', userId: claims.userId, sessionId: claims.sessionId, memberships: claims.memberships };
}
const sidOf = async (accessToken: string) => (await verifyAccessToken(accessToken)).sessionId;

/** Collects what identity announces on the revocations topic. */
function listen() {
  const feed = service.pubsub.subscribe<Revocations>(REVOCATIONS_TOPIC);
  const seen: Revocations[] = [];
  void (async () => {
    for await (const item of feed) seen.push(item);
  })();
  const until = async (predicate: (all: Revocations[]) => boolean) => {
    const deadline = Date.now() + 5000;
    while (!predicate(seen) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await feed.return?.();
    return seen;
  };
  return { until };
}

describe('refreshSession', () => {
  it('rotates: new tokens for a new session id, carrying the current memberships', async () => {
    const brand = await makeBrand(service);
    const person = await makePerson(service);
    const first = await signIn(person.email);
    expect((await verifyAccessToken(first.accessToken)).memberships).toEqual([]);
    await call(
      service,
      await viewerOf(first.accessToken),
      'mutation ($input: JoinBrandInput!) { joinBrand(input: $input) { id } }',
      { input: { brandId: brand.id } },
    );
    const next = await refresh(first.refreshToken);
    expect(next.errors).toBeUndefined();
    expect(next.data!.refreshSession.refreshToken).not.toBe(first.refreshToken);
    const claims = await verifyAccessToken(next.data!.refreshSession.accessToken);
    expect(claims.sessionId).not.toBe(await sidOf(first.accessToken));
    expect(claims.memberships).toEqual([{ brandId: brand.id, roles: ['customer'] }]);
  });

  it('treats a reused refresh token as theft: the whole family is revoked and announced', async () => {
    const person = await makePerson(service);
    const first = await signIn(person.email);
    const second = (await refresh(first.refreshToken)).data!.refreshSession;
    const announced = listen();
    const reuse = await refresh(first.refreshToken);
    expect(codeOf(reuse)).toBe('UNAUTHENTICATED');
    expect(codeOf(await refresh(second.refreshToken))).toBe('UNAUTHENTICATED');
    const ids = [await sidOf(first.accessToken), await sidOf(second.accessToken)];
    const seen = await announced.until((all) => all.some((r) => ids.every((id) => r.sessionIds.includes(id))));
    expect(seen.some((r) => ids.every((id) => r.sessionIds.includes(id)))).toBe(true);
  });

  it('refuses a forged refresh token with UNAUTHENTICATED', async () => {
    expect(codeOf(await refresh('forged-token-that-was-never-issued'))).toBe('UNAUTHENTICATED');
  });
});

describe('signOut', () => {
  it('revokes this sign-in only; another sign-in of the same person keeps working', async () => {
    const person = await makePerson(service);
    const here = await signIn(person.email);
    const elsewhere = await signIn(person.email);
    const out = await call<{ signOut: { revokedSessions: number } }>(service, await viewerOf(here.accessToken), SIGN_OUT, {
      input: {},
    });
    expect(out.data?.signOut.revokedSessions).toBe(1);
    expect(codeOf(await refresh(here.refreshToken))).toBe('UNAUTHENTICATED');
    expect((await refresh(elsewhere.refreshToken)).errors).toBeUndefined();
  });

  it('with allSessions revokes every sign-in and announces them', async () => {
    const person = await makePerson(service);
    const a = await signIn(person.email);
    const b = await signIn(person.email);
    const announced = listen();
    await call(service, await viewerOf(a.accessToken), SIGN_OUT, { input: { allSessions: true } });
    expect(codeOf(await refresh(b.refreshToken))).toBe('UNAUTHENTICATED');
    const sid = await sidOf(b.accessToken);
    const seen = await announced.until((all) => all.some((r) => r.sessionIds.includes(sid)));
    expect(seen.flatMap((r) => r.sessionIds)).toContain(sid);
  });

  it('needs a signed-in user', async () => {
    expect(codeOf(await call(service, anonymous(), SIGN_OUT, { input: {} }))).toBe('UNAUTHENTICATED');
  });
});

describe('revokedSince (internal)', () => {
  it('lists recently revoked sessions for the gateway and refuses anyone else', async () => {
    const since = new Date(Date.now() - 1000);
    const person = await makePerson(service);
    const tokens = await signIn(person.email);
    await call(service, await viewerOf(tokens.accessToken), SIGN_OUT, { input: {} });
    const listed = await call<{ revokedSince: Revocations }>(service, { kind: 'gateway' }, REVOKED_SINCE, {
      since: since.toISOString(),
    });
    expect(listed.data?.revokedSince.sessionIds).toContain(await sidOf(tokens.accessToken));
    expect(codeOf(await call(service, person.viewer, REVOKED_SINCE, { since: since.toISOString() }))).toBe('FORBIDDEN');
  });
});
