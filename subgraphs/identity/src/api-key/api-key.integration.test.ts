import { randomUUID } from 'node:crypto';
import { REVOCATIONS_TOPIC, type Revocations } from '@peerdesk/runtime/access-token';
import type { RunningService } from '@peerdesk/runtime/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, codeOf, makeBrand, makePerson, startIdentity } from '../testing/identity.fixtures.ts';
import { ApiKey } from './api-key.entity.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startIdentity();
});
afterAll(() => service?.close());

const CREATE = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name scopes rateLimitPerMinute brand { id } } } }`;
const REVOKE = `mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id revokedAt } }`;
const LIST = `query ($brandId: ID!, $first: Int, $after: String) { apiKeys(brandId: $brandId, first: $first, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
const VERIFY = `query ($secret: String!) { verifyApiKey(secret: $secret) { keyId brandId scopes rateLimitPerMinute } }`;

interface Created {
  createApiKey: { secret: string; apiKey: { id: string; name: string; scopes: string[]; rateLimitPerMinute: number } };
}

async function adminOfNewBrand() {
  const brand = await makeBrand(service);
  const admin = await makePerson(service, [{ brandId: brand.id, roles: ['customer', 'admin'] }]);
  return { brand, admin };
}

describe('createApiKey', () => {
  it('gives an admin a pk_<id>_<random> secret once and stores only its sha256', async () => {
    const { brand, admin } = await adminOfNewBrand();
    const input = {
      brandId: brand.id,
      name: 'Helpdesk sync',
      scopes: ['READ_COMMUNITY', 'WRITE_QUESTIONS'],
      rateLimitPerMinute: 120,
    };
    const result = await call<Created>(service, admin.viewer, CREATE, { input });
    expect(result.errors).toBeUndefined();
    const { secret, apiKey } = result.data!.createApiKey;
    expect(secret).toMatch(new RegExp(`^pk_${apiKey.id}_[0-9a-f]{48}$`));
    expect(apiKey).toMatchObject({
      name: 'Helpdesk sync',
      scopes: ['READ_COMMUNITY', 'WRITE_QUESTIONS'],
      rateLimitPerMinute: 120,
    });
    const stored = await service.orm.em.fork().findOneOrFail(ApiKey, { id: apiKey.id });
    expect(stored.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(secret.split('_')[2]);
  });

  it.each([
    ['a customer', ['customer'] as const],
    ['an expert', ['customer', 'expert'] as const],
    ['an agent', ['agent'] as const],
  ])('refuses %s of the brand with FORBIDDEN and creates nothing', async (_who, roles) => {
    const brand = await makeBrand(service);
    const person = await makePerson(service, [{ brandId: brand.id, roles: [...roles] }]);
    const result = await call(service, person.viewer, CREATE, {
      input: { brandId: brand.id, name: 'x', scopes: ['READ_COMMUNITY'] },
    });
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(await service.orm.em.fork().count(ApiKey, { brandId: brand.id })).toBe(0);
  });

  it('refuses an admin of another brand with FORBIDDEN, an unknown brand with NOT_FOUND, no scopes with BAD_USER_INPUT', async () => {
    const { admin } = await adminOfNewBrand();
    const other = await makeBrand(service);
    expect(
      codeOf(await call(service, admin.viewer, CREATE, { input: { brandId: other.id, name: 'x', scopes: ['READ_COMMUNITY'] } })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await call(service, admin.viewer, CREATE, { input: { brandId: randomUUID(), name: 'x', scopes: ['READ_COMMUNITY'] } }),
      ),
    ).toBe('NOT_FOUND');
    const brandId = admin.viewer.memberships[0]!.brandId;
    expect(codeOf(await call(service, admin.viewer, CREATE, { input: { brandId, name: 'x', scopes: [] } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(
        await call(service, admin.viewer, CREATE, {
          input: { brandId, name: 'x', scopes: ['READ_COMMUNITY'], rateLimitPerMinute: 0 },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('verifyApiKey (internal) and revokeApiKey', () => {
  it('grants the gateway the key scopes until an admin revokes it, and announces the revocation', async () => {
    const { brand, admin } = await adminOfNewBrand();
    const created = await call<Created>(service, admin.viewer, CREATE, {
      input: { brandId: brand.id, name: 'k', scopes: ['READ_PERSONAL_DATA'] },
    });
    const { secret, apiKey } = created.data!.createApiKey;
    const verified = await call(service, { kind: 'gateway' }, VERIFY, { secret });
    expect(verified.data?.verifyApiKey).toEqual({
      keyId: apiKey.id,
      brandId: brand.id,
      scopes: ['read:personal-data'],
      rateLimitPerMinute: 600,
    });
    expect(codeOf(await call(service, admin.viewer, VERIFY, { secret }))).toBe('FORBIDDEN');

    const feed = service.pubsub.subscribe<Revocations>(REVOCATIONS_TOPIC);
    const revoked = await call(service, admin.viewer, REVOKE, { input: { id: apiKey.id } });
    expect(revoked.errors).toBeUndefined();
    expect((await feed.next()).value).toEqual({ sessionIds: [], apiKeyIds: [apiKey.id] });
    await feed.return?.();
    expect((await call(service, { kind: 'gateway' }, VERIFY, { secret })).data?.verifyApiKey).toBeNull();
  });

  it('refuses a forged secret for a real key id', async () => {
    const { brand, admin } = await adminOfNewBrand();
    const created = await call<Created>(service, admin.viewer, CREATE, {
      input: { brandId: brand.id, name: 'k', scopes: ['READ_COMMUNITY'] },
    });
    const forged = `pk_${created.data!.createApiKey.apiKey.id}_${'0'.repeat(48)}`;
    expect((await call(service, { kind: 'gateway' }, VERIFY, { secret: forged })).data?.verifyApiKey).toBeNull();
    expect((await call(service, { kind: 'gateway' }, VERIFY, { secret: 'not-a-key' })).data?.verifyApiKey).toBeNull();
  });

  it('lets only admins of the key brand revoke it', async () => {
    const { brand, admin } = await adminOfNewBrand();
    const created = await call<Created>(service, admin.viewer, CREATE, {
      input: { brandId: brand.id, name: 'k', scopes: ['READ_COMMUNITY'] },
    });
    const { admin: otherAdmin } = await adminOfNewBrand();
    expect(codeOf(await call(service, otherAdmin.viewer, REVOKE, { input: { id: created.data!.createApiKey.apiKey.id } }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await call(service, admin.viewer, REVOKE, { input: { id: randomUUID() } }))).toBe('NOT_FOUND');
  });
});

describe('apiKeys', () => {
  it('pages a brand keys newest first for its admins only', async () => {
    const { brand, admin } = await adminOfNewBrand();
    for (const name of ['one', 'two', 'three'])
      await call(service, admin.viewer, CREATE, { input: { brandId: brand.id, name, scopes: ['READ_COMMUNITY'] } });
    type Page = { apiKeys: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await call<Page>(service, admin.viewer, LIST, { brandId: brand.id, first: 2 });
    expect(first.data!.apiKeys.edges.map((e) => e.node.name)).toEqual(['three', 'two']);
    expect(first.data!.apiKeys.pageInfo.hasNextPage).toBe(true);
    const rest = await call<Page>(service, admin.viewer, LIST, {
      brandId: brand.id,
      first: 2,
      after: first.data!.apiKeys.pageInfo.endCursor,
    });
    expect(rest.data!.apiKeys.edges.map((e) => e.node.name)).toEqual(['one']);
    const customer = await makePerson(service, [{ brandId: brand.id, roles: ['customer'] }]);
    expect(codeOf(await call(service, customer.viewer, LIST, { brandId: brand.id }))).toBe('FORBIDDEN');
    expect(codeOf(await call(service, admin.viewer, LIST, { brandId: brand.id, first: 101 }))).toBe('BAD_USER_INPUT');
  });
});
