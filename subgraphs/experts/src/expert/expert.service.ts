import type { EntityManager } from '@peerdesk/runtime/database';
import { notFound } from '@peerdesk/runtime/errors';
import { expertId } from '@peerdesk/runtime/ids';
import { requireCommunityRead, requireUser, type Viewer } from '@peerdesk/runtime/viewer';
import { Expert, ExpertStatus } from './expert.entity.ts';
import type { UpdateExpertProfileInput } from './expert.input.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class ExpertService {
  constructor(private readonly em: EntityManager) {}

  /** Expert profiles are public in their community; partner keys read them in their brand with read:community. */
  async read(viewer: Viewer, loader: { load(id: string): Promise<Expert | null> }, id: string): Promise<Expert | null> {
    const expert = await loader.load(id);
    if (expert) requireCommunityRead(viewer, expert.brandId);
    return expert;
  }

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
  async ensure(brandId: string, userId: string, language: string | null): Promise<string> {
    const id = expertId(brandId, userId);
    await this.em
      .createQueryBuilder(Expert)
      .insert({
        id,
        brandId,
        userId,
        status: ExpertStatus.ACTIVE,
        skills: [],
        languages: language ? [language] : [],
        bio: '',
        available: true,
        createdAt: new Date(),
      })
      .onConflict('id')
      .ignore()
      .execute();
    return id;
  }

  /** The signed-in expert edits their own profile in one brand; fields left out stay as they are. */
  async updateProfile(viewer: Viewer, input: UpdateExpertProfileInput): Promise<Expert> {
    const user = requireUser(viewer);
    const expert = await this.em.findOne(Expert, { id: expertId(input.brandId, user.userId) });
    if (!expert) throw notFound('Your expert profile in this brand');
    if (input.skills) expert.skills = [...new Set(input.skills)];
    if (input.languages) expert.languages = [...new Set(input.languages)];
    if (input.bio !== undefined && input.bio !== null) expert.bio = input.bio.trim();
    if (input.available !== undefined && input.available !== null) expert.available = input.available;
    await this.em.flush();
    return expert;
  }
}
