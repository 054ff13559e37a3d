// Who sees a customer's personal data (email, full name): a matrix of viewers against one customer of brand A.
import { randomUUID } from 'node:crypto';
import type { RunningService } from '@peerdesk/runtime/service';
import type { Role, Viewer } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, call, makeBrand, makePerson, type Person, startIdentity } from '../testing/identity.fixtures.ts';

let service: RunningService;
let brandA: string;
let brandB: string;
let customer: Person;

beforeAll(async () => {
  service = await startIdentity();
  brandA = (await makeBrand(service)).id;
  brandB = (await makeBrand(service)).id;
  customer = await makePerson(service, [{ brandId: brandA, roles: ['customer'] }]);
});
afterAll(() => service?.close());

const user = (brandId: () => string, roles: Role[]) => (): Viewer => ({
  kind: 'user',
  userId: randomUUID(),
  sessionId: randomUUID(),
  memberships: [{ brandId: brandId(), roles }],
});
const partner = (brandId: () => string, scopes: string[]) => (): Viewer => ({
  kind: 'partner',
  keyId: randomUUID(),
  brandId: brandId(),
  scopes,
});
const a = () => brandA;
const b = () => brandB;

const MATRIX: [string, () => Viewer, boolean][] = [
  ['the person', () => customer.viewer, true],
  ['an agent of A', user(a, ['agent']), true],
  ['an admin of A', user(a, ['customer', 'admin']), true],
  ['a partner of A with READ_PERSONAL_DATA', partner(a, ['read:community', 'read:personal-data']), true],
  ['an expert of A', user(a, ['customer', 'expert']), false],
  ['another customer of A', user(a, ['customer']), false],
  ['a partner of A without READ_PERSONAL_DATA', partner(a, ['read:community', 'write:questions', 'read:analytics']), false],
  ['an agent of B', user(b, ['agent']), false],
  ['an admin of B', user(b, ['admin']), false],
  ['a partner of B with READ_PERSONAL_DATA', partner(b, ['read:personal-data']), false],
  ['anonymous', () => anonymous(), false],
];

const ENTITIES =
  'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id handle email fullName memberships { roles } } } }';

describe("a customer's personal data", () => {
  it.each(MATRIX)('as %s: visible = %s', async (_who, viewer, visible) => {
    const result = await call<{ _entities: Record<string, unknown>[] }>(service, viewer(), ENTITIES, {
      r: [{ __typename: 'User', id: customer.user.id }],
    });
    expect(result.errors).toBeUndefined();
    const seen = result.data!._entities[0]!;
    expect(seen.handle).toBe(customer.user.handle);
    expect(seen.email).toBe(visible ? customer.email : null);
    expect(seen.fullName).toBe(visible ? customer.user.fullName : null);
  });

  it('lists memberships to the person only', async () => {
    const own = await call<{ me: { memberships: { brand: { id: string }; roles: string[] }[] } }>(
      service,
      customer.viewer,
      '{ me { memberships { brand { id } roles } } }',
    );
    expect(own.data?.me.memberships).toEqual([{ brand: { id: brandA }, roles: ['CUSTOMER'] }]);
    const other = await call<{ _entities: { memberships: unknown }[] }>(service, user(a, ['admin'])(), ENTITIES, {
      r: [{ __typename: 'User', id: customer.user.id }],
    });
    expect(other.data?._entities[0]?.memberships).toBeNull();
  });
});
