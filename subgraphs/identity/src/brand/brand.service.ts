import type { EntityManager } from '@peerdesk/runtime/database';
import { BRAND_UPDATED, type BrandUpdated } from '@peerdesk/runtime/events.contract';
import { publishEvent } from '@peerdesk/runtime/events';
import { badInput, notFound } from '@peerdesk/runtime/errors';
import { loaderFor, type ServiceContext } from '@peerdesk/runtime/subgraph';
import { requireRole, requireUser, type Role, type Viewer } from '@peerdesk/runtime/viewer';
import { Membership } from '../membership/membership.entity.ts';
import { Brand } from './brand.entity.ts';
import type { UpdateBrandInput } from './brand.input.ts';

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

  /** The brand, or NOT_FOUND: checked before roles so an unknown id says so. */
  async require(brandId: string): Promise<Brand> {
    const brand = await this.em.findOne(Brand, { id: brandId });
    if (!brand) throw notFound('Brand');
    return brand;
  }

  /** Anyone signed in may join a brand's community as a customer. */
  async join(viewer: Viewer, brandId: string): Promise<Brand> {
    const user = requireUser(viewer);
    const brand = await this.require(brandId);
    const existing = await this.em.findOne(Membership, { userId: user.userId, brandId });
    if (!existing)
      await this.em.persist(this.em.create(Membership, { userId: user.userId, brandId, roles: ['customer'] })).flush();
    return brand;
  }

  /** The viewer's current roles in the brand (from the database: a fresh join shows before the token refreshes). */
  async viewerRoles(viewer: Viewer, brandId: string): Promise<Role[]> {
    if (viewer.kind !== 'user') return [];
    return (await this.em.findOne(Membership, { userId: viewer.userId, brandId }))?.roles ?? [];
  }

  /** Brand admins change settings; other services learn them from `BrandUpdated`, committed with the change. */
  async update(viewer: Viewer, input: UpdateBrandInput): Promise<Brand> {
    const brand = await this.require(input.brandId);
    requireRole(viewer, brand.id, ['admin']);
    const languages = input.languages ? [...new Set(input.languages)] : brand.languages;
    const defaultLanguage = input.defaultLanguage ?? brand.defaultLanguage;
    if (!languages.includes(defaultLanguage)) throw badInput('defaultLanguage must be one of the brand languages.');
    if (input.categories && new Set(input.categories.map((c) => c.slug)).size !== input.categories.length) {
      throw badInput('Category slugs must be unique.');
    }
    return this.em.transactional(async (em) => {
      const current = await em.findOneOrFail(Brand, { id: brand.id });
      em.assign(current, {
        name: input.name ?? current.name,
        description: input.description ?? current.description,
        theme: {
          primaryColor: input.primaryColor ?? current.theme.primaryColor,
          accentColor: input.accentColor ?? current.theme.accentColor,
          logoUrl: input.logoUrl === undefined ? current.theme.logoUrl : input.logoUrl,
        },
        languages,
        defaultLanguage,
        categories: input.categories?.map(({ slug, name }) => ({ slug, name })) ?? current.categories,
        slaMinutes: input.slaMinutes ?? current.slaMinutes,
        claimMinutes: input.claimMinutes ?? current.claimMinutes,
        waveMinutes: input.waveMinutes ?? current.waveMinutes,
        maxClaimsPerExpert: input.maxClaimsPerExpert ?? current.maxClaimsPerExpert,
        openAnswering: input.openAnswering ?? current.openAnswering,
        updatedAt: new Date(),
      });
      await em.flush();
      await publishEvent(em, BRAND_UPDATED, { ...brandUpdated(current) });
      return current;
    });
  }
}

/** What the other services learn of a brand's settings, whenever they change (and when the demo seed creates one). */
export function brandUpdated(brand: Brand): BrandUpdated {
  return {
    brandId: brand.id,
    slug: brand.slug,
    name: brand.name,
    defaultLanguage: brand.defaultLanguage,
    languages: brand.languages,
    categories: brand.categories,
    slaMinutes: brand.slaMinutes,
    claimMinutes: brand.claimMinutes,
    waveMinutes: brand.waveMinutes,
    maxClaimsPerExpert: brand.maxClaimsPerExpert,
    openAnswering: brand.openAnswering,
    updatedAt: brand.updatedAt.toISOString(),
  };
}

/** Brands by id, batched per request. */
export const brandById = (ctx: ServiceContext, id: string) =>
  loaderFor(ctx, 'brandById', (ids) => new BrandService(ctx.em).byIds(ids)).load(id);
