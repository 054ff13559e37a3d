import type { EntityManager } from '@peerdesk/runtime/database';
import { loaderFor, type ServiceContext } from '@peerdesk/runtime/subgraph';
import { requireRole, type Role, type Viewer } from '@peerdesk/runtime/viewer';
import { BrandService } from '../brand/brand.service.ts';
import { User } from '../user/user.entity.ts';
import type { BrandMember } from './membership.type.ts';
import { Membership } from './membership.entity.ts';

const MAX_STAFF = 500;

export class MembershipService {
  constructor(private readonly em: EntityManager) {}

  async byUserIds(userIds: readonly string[]): Promise<Membership[][]> {
    const rows = await this.em.find(Membership, { userId: { $in: [...userIds] } }, { orderBy: { createdAt: 'asc' } });
    return userIds.map((id) => rows.filter((row) => row.userId === id));
  }

  /** Members holding more than the customer role, newest first. */
  async staff(viewer: Viewer, brandId: string): Promise<BrandMember[]> {
    await new BrandService(this.em).require(brandId);
    requireRole(viewer, brandId, ['admin']);
    const ids = await this.em.execute<{ id: string }[]>(
      `select id from identity.membership
        where brand_id = ? and jsonb_exists_any(roles::jsonb, array['expert', 'agent', 'admin'])
        order by created_at desc, id limit ${MAX_STAFF}`,
      [brandId],
    );
    const rows = await this.em.find(Membership, { id: { $in: ids.map((row) => row.id) } }, { orderBy: { createdAt: 'desc', id: 'asc' } });
    const users = await this.em.find(User, { id: { $in: rows.map((row) => row.userId) } });
    return rows.flatMap((row) => {
      const user = users.find((candidate) => candidate.id === row.userId);
      return user ? [{ user, roles: row.roles, since: row.createdAt }] : [];
    });
  }

  /** Adds a role (idempotent), creating the membership when the person has none in the brand yet. */
  async grant(userId: string, brandId: string, role: Role): Promise<Membership> {
    const existing = await this.em.findOne(Membership, { userId, brandId });
    if (existing) {
      if (!existing.roles.includes(role)) existing.roles = [...existing.roles, role];
      await this.em.flush();
      return existing;
    }
    const roles: Role[] = role === 'customer' ? ['customer'] : ['customer', role];
    const created = this.em.create(Membership, { userId, brandId, roles });
    await this.em.persist(created).flush();
    return created;
  }
}

/** A person's memberships, batched per request (privacy checks and `User.memberships`). */
export async function membershipsOf(ctx: ServiceContext, userId: string): Promise<Membership[]> {
  return (await loaderFor(ctx, 'membershipsByUser', (ids) => new MembershipService(ctx.em).byUserIds(ids)).load(userId)) ?? [];
}
