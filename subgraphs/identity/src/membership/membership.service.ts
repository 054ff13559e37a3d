import type { EntityManager } from '@peerdesk/runtime/database';
import { loaderFor, type ServiceContext } from '@peerdesk/runtime/subgraph';
import type { Role } from '@peerdesk/runtime/viewer';
import { Membership } from './membership.entity.ts';

export class MembershipService {
  constructor(private readonly em: EntityManager) {}

  async byUserIds(userIds: readonly string[]): Promise<Membership[][]> {
    const rows = await this.em.find(Membership, { userId: { $in: [...userIds] } }, { orderBy: { createdAt: 'asc' } });
    return userIds.map((id) => rows.filter((row) => row.userId === id));
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
