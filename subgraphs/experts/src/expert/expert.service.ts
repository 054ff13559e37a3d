import type { EntityManager } from '@peerdesk/runtime/database';
import { expertId } from '@peerdesk/runtime/ids';
import { Expert, ExpertStatus } from './expert.entity.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class ExpertService {
  constructor(private readonly em: EntityManager) {}

  async byId(id: string): Promise<Expert | null> {
    return (await this.byIds([id]))[0] ?? null;
  }

  /** One query for many ids (federation references, leaderboard entries); a malformed id is simply not found. */
  async byIds(ids: readonly string[]): Promise<(Expert | null)[]> {
    const wellFormed = [...new Set(ids.filter((id) => UUID.test(id)))];
    const found = wellFormed.length ? await this.em.find(Expert, { id: { $in: wellFormed } }) : [];
    const byId = new Map(found.map((expert) => [expert.id, expert]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * The profile of the user in the brand, created active if missing: whoever the questions service let answer holds
   * the expert role, and their reputation must not be lost for want of a profile here.
   */
  async ensure(brandId: string, userId: string, language: string): Promise<string> {
    const id = expertId(brandId, userId);
    await this.em
      .createQueryBuilder(Expert)
      .insert({
        id,
        brandId,
        userId,
        status: ExpertStatus.ACTIVE,
        skills: [],
        languages: [language],
        bio: '',
        available: true,
        createdAt: new Date(),
      })
      .onConflict('id')
      .ignore()
      .execute();
    return id;
  }
}
