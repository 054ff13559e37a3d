import { DEMO_BRANDS } from '@peerdesk/runtime/demo/community';
import { BRAND_UPDATED, type BrandUpdated } from '@peerdesk/runtime/events.contract';
import { seedService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { identity } from './service.ts';
import { startIdentity } from './testing/identity.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startIdentity('identity_seed');
});
afterAll(() => service?.close());

const published = () =>
  service.orm.em
    .fork()
    .getConnection()
    .execute<{ payload: BrandUpdated }[]>('select payload from bus.event where type = ? order by occurred_at', [BRAND_UPDATED]);

it('tells the other services the demo brands’ settings once, as updateBrand would', async () => {
  const databaseUrl = await testDatabaseUrl('identity_seed');
  await seedService(identity, databaseUrl);
  const first = await published();
  expect(first.map((row) => row.payload.slug).sort()).toEqual(DEMO_BRANDS.map((b) => b.slug).sort());
  for (const brand of DEMO_BRANDS) {
    expect(first.find((row) => row.payload.brandId === brand.id)?.payload).toMatchObject({
      slug: brand.slug,
      slaMinutes: brand.slaMinutes,
      categories: brand.categories,
    });
  }
  // Seeding again keeps the existing brands and publishes nothing new.
  await seedService(identity, databaseUrl);
  expect(await published()).toHaveLength(first.length);
});
