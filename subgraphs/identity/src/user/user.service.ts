import type { EntityManager } from '@peerdesk/runtime/database';
import { hasScope, rolesIn, type Viewer } from '@peerdesk/runtime/viewer';
import type { Membership } from '../membership/membership.entity.ts';
import { User } from './user.entity.ts';

export class UserService {
  constructor(private readonly em: EntityManager) {}

  me(viewer: Viewer): Promise<User | null> {
    return viewer.kind === 'user' ? this.em.findOne(User, { id: viewer.userId, deletedAt: null }) : Promise.resolve(null);
  }

  async byIds(ids: readonly string[]): Promise<(User | null)[]> {
    const found = await this.em.find(User, { id: { $in: [...ids] } });
    return ids.map((id) => found.find((user) => user.id === id) ?? null);
  }
}

/**
 * Personal data (email, full name) is for the person, for agents and admins of a brand the person belongs to, and
 * for partner keys of such a brand holding `read:personal-data`. Experts, other customers and everyone else get null.
 */
export function canSeePersonalData(viewer: Viewer, user: User, memberships: readonly Membership[]): boolean {
  if (viewer.kind === 'user' && viewer.userId === user.id) return true;
  return memberships.some(
    ({ brandId }) =>
      rolesIn(viewer, brandId).some((role) => role === 'agent' || role === 'admin') ||
      hasScope(viewer, brandId, 'read:personal-data'),
  );
}
