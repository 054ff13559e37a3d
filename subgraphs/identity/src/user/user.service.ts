import type { EntityManager } from '@peerdesk/runtime/database';
import type { Viewer } from '@peerdesk/runtime/viewer';
import { User } from './user.entity.ts';

export class UserService {
  constructor(private readonly em: EntityManager) {}

  me(viewer: Viewer): Promise<User | null> {
    return viewer.kind === 'user' ? this.em.findOne(User, { id: viewer.userId }) : Promise.resolve(null);
  }

  async byIds(ids: readonly string[]): Promise<(User | null)[]> {
    const found = await this.em.find(User, { id: { $in: [...ids] } });
    return ids.map((id) => found.find((user) => user.id === id) ?? null);
  }

  canSeePersonalData(viewer: Viewer, user: User): boolean {
    return viewer.kind === 'user' && viewer.userId === user.id;
  }
}
