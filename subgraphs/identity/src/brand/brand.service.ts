import type { EntityManager } from '@peerdesk/runtime/database';
import { notFound } from '@peerdesk/runtime/errors';
import { requireUser, type Viewer } from '@peerdesk/runtime/viewer';
import { Membership } from '../membership/membership.entity.ts';
import { Brand } from './brand.entity.ts';

export class BrandService {
  constructor(private readonly em: EntityManager) {}

  bySlug(slug: string): Promise<Brand | null> {
    return this.em.findOne(Brand, { slug });
  }

  list(): Promise<Brand[]> {
    return this.em.find(Brand, {}, { orderBy: { name: 'asc' } });
  }

  async byIds(ids: readonly string[]): Promise<(Brand | null)[]> {
    const found = await this.em.find(Brand, { id: { $in: [...ids] } });
    return ids.map((id) => found.find((brand) => brand.id === id) ?? null);
  }

  /** Anyone signed in may join a brand's community as a customer. */
  async join(viewer: Viewer, brandId: string): Promise<Brand> {
    const user = requireUser(viewer);
    const brand = await this.em.findOne(Brand, { id: brandId });
    if (!brand) throw notFound('Brand');
    const existing = await this.em.findOne(Membership, { userId: user.userId, brandId });
    if (!existing) await this.em.persist(this.em.create(Membership, { userId: user.userId, brandId, roles: ['customer'] })).flush();
    return brand;
  }
}
