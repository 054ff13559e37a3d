// Seeds the demo brands, accounts and memberships (idempotent: existing rows are kept).
import type { EntityManager } from '@peerdesk/runtime/database';
import { publishEvent } from '@peerdesk/runtime/events';
import { BRAND_UPDATED } from '@peerdesk/runtime/events.contract';
import { DEMO_ACCOUNTS, DEMO_BRANDS, DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { demoId } from '@peerdesk/runtime/demo/ids';
import { hashPassword } from './auth/password.ts';
import { Brand } from './brand/brand.entity.ts';
import { brandUpdated } from './brand/brand.service.ts';
import { Membership } from './membership/membership.entity.ts';
import { User } from './user/user.entity.ts';

export async function seedIdentity(em: EntityManager): Promise<void> {
  const created: Brand[] = [];
  for (const b of DEMO_BRANDS) {
    if (await em.count(Brand, { id: b.id })) continue;
    const brand = em.create(Brand, {
      id: b.id,
      slug: b.slug,
      name: b.name,
      description: b.description,
      theme: b.theme,
      defaultLanguage: b.defaultLanguage,
      languages: b.languages,
      categories: b.categories,
      slaMinutes: b.slaMinutes,
    });
    created.push(brand);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of DEMO_ACCOUNTS) {
    if (await em.count(User, { id: a.id })) continue;
    em.create(User, { id: a.id, email: a.email, handle: a.handle, fullName: a.fullName, locale: a.locale, passwordHash });
  }
  // Brands and users first: memberships reference both.
  await em.flush();
  // The other services learn the demo brands' settings (SLA, claim and wave minutes) as they would from updateBrand.
  for (const brand of created) await publishEvent(em, BRAND_UPDATED, { ...brandUpdated(brand) });
  for (const a of DEMO_ACCOUNTS) {
    if (await em.count(Membership, { userId: a.id })) continue;
    for (const m of a.memberships) {
      em.create(Membership, { id: demoId(`membership:${a.id}:${m.brandId}`), userId: a.id, brandId: m.brandId, roles: m.roles });
    }
  }
  await em.flush();
}
