import { randomUUID } from 'node:crypto';
import { BRAND_UPDATED } from '@peerdesk/runtime/events.contract';
import type { RunningService } from '@peerdesk/runtime/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, call, codeOf, makeBrand, makePerson, startIdentity } from '../testing/identity.fixtures.ts';
import { Brand } from './brand.entity.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startIdentity();
});
afterAll(() => service?.close());

const UPDATE = `mutation ($input: UpdateBrandInput!) { updateBrand(input: $input) {
  name theme { primaryColor accentColor logoUrl } languages defaultLanguage categories { slug name } slaMinutes claimMinutes waveMinutes } }`;
const events = async (brandId: string) =>
  (
    await service.orm.em
      .fork()
      .getConnection()
      .execute<{ payload: { brandId: string; slaMinutes: number } }[]>('select payload from bus.event where type = ?', [
        BRAND_UPDATED,
      ])
  ).filter((row) => row.payload.brandId === brandId);

describe('updateBrand', () => {
  it('lets an admin change theme, languages, categories and timing, and publishes BrandUpdated with the change', async () => {
    const brand = await makeBrand(service);
    const admin = await makePerson(service, [{ brandId: brand.id, roles: ['admin'] }]);
    const input = {
      brandId: brand.id,
      name: 'Renamed',
      primaryColor: '#AABBCC',
      logoUrl: 'https://cdn.example.test/logo.png',
      languages: ['en', 'es'],
      defaultLanguage: 'es',
      categories: [
        { slug: 'billing', name: 'Facturación' },
        { slug: 'roaming', name: 'Roaming' },
      ],
      slaMinutes: 30,
      claimMinutes: 10,
      waveMinutes: 3,
    };
    const result = await call(service, admin.viewer, UPDATE, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateBrand).toMatchObject({
      name: 'Renamed',
      theme: { primaryColor: '#AABBCC', accentColor: '#445566' },
      defaultLanguage: 'es',
      slaMinutes: 30,
    });
    const [event] = await events(brand.id);
    expect(event?.payload).toMatchObject({
      brandId: brand.id,
      languages: ['en', 'es'],
      defaultLanguage: 'es',
      slaMinutes: 30,
      claimMinutes: 10,
      waveMinutes: 3,
    });
  });

  it.each([
    ['a colour that is not hex', { primaryColor: 'red' }],
    ['an http logo', { logoUrl: 'http://cdn.example.test/logo.png' }],
    ['an unsupported language', { languages: ['en', 'fr'] }],
    ['a default language outside the languages', { languages: ['en'], defaultLanguage: 'es' }],
    [
      'duplicate category slugs',
      {
        categories: [
          { slug: 'a', name: 'A' },
          { slug: 'a', name: 'B' },
        ],
      },
    ],
    ['an SLA under 5 minutes', { slaMinutes: 4 }],
    ['an SLA over a week', { slaMinutes: 10_081 }],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, change) => {
    const brand = await makeBrand(service);
    const admin = await makePerson(service, [{ brandId: brand.id, roles: ['admin'] }]);
    expect(codeOf(await call(service, admin.viewer, UPDATE, { input: { brandId: brand.id, name: 'Changed', ...change } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await service.orm.em.fork().findOneOrFail(Brand, { id: brand.id })).name).toBe(brand.name);
    expect(await events(brand.id)).toEqual([]);
  });

  it('refuses non-admins (FORBIDDEN), admins of another brand (FORBIDDEN) and unknown brands (NOT_FOUND)', async () => {
    const brand = await makeBrand(service);
    const other = await makeBrand(service);
    const expert = await makePerson(service, [{ brandId: brand.id, roles: ['customer', 'expert'] }]);
    const otherAdmin = await makePerson(service, [{ brandId: other.id, roles: ['admin'] }]);
    expect(codeOf(await call(service, expert.viewer, UPDATE, { input: { brandId: brand.id, name: 'x' } }))).toBe('FORBIDDEN');
    expect(codeOf(await call(service, otherAdmin.viewer, UPDATE, { input: { brandId: brand.id, name: 'x' } }))).toBe('FORBIDDEN');
    expect(codeOf(await call(service, anonymous(), UPDATE, { input: { brandId: brand.id, name: 'x' } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await call(service, otherAdmin.viewer, UPDATE, { input: { brandId: randomUUID(), name: 'x' } }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('joinBrand and viewerRoles', () => {
  it('adds the customer role at once; unknown brands are NOT_FOUND', async () => {
    const brand = await makeBrand(service);
    const person = await makePerson(service);
    const joined = await call(
      service,
      person.viewer,
      'mutation ($input: JoinBrandInput!) { joinBrand(input: $input) { viewerRoles } }',
      { input: { brandId: brand.id } },
    );
    expect(joined.data?.joinBrand).toEqual({ viewerRoles: ['CUSTOMER'] });
    const unknown = await call(service, person.viewer, 'mutation ($input: JoinBrandInput!) { joinBrand(input: $input) { id } }', {
      input: { brandId: randomUUID() },
    });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(codeOf(await call(service, person.viewer, 'mutation { joinBrand(input: { brandId: "nope" }) { id } }'))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
