import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import type { Role } from '@peerdesk/runtime/viewer';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RoleEnum } from '../membership/role.ts';
import { Brand } from './brand.entity.ts';
import { JoinBrandInput, UpdateBrandInput } from './brand.input.ts';
import { BrandService } from './brand.service.ts';

@Resolver(() => Brand)
export class BrandResolver {
  @Query(() => Brand, { nullable: true, description: 'A brand community by its URL slug.' })
  brand(@Arg('slug', () => String) slug: string, @Ctx() ctx: ServiceContext): Promise<Brand | null> {
    return new BrandService(ctx.em).bySlug(slug);
  }

  @Query(() => [Brand])
  brands(@Ctx() ctx: ServiceContext): Promise<Brand[]> {
    return new BrandService(ctx.em).list();
  }

  @FieldResolver(() => [RoleEnum], { description: "The signed-in viewer's roles in this brand (empty for anyone else)." })
  viewerRoles(@Root() brand: Brand, @Ctx() ctx: ServiceContext): Promise<Role[]> {
    return new BrandService(ctx.em).viewerRoles(ctx.viewer, brand.id);
  }

  @Mutation(() => Brand, { description: 'Joins a brand community as a customer (refresh the session to act in it).' })
  joinBrand(@Arg('input', () => JoinBrandInput) input: JoinBrandInput, @Ctx() ctx: ServiceContext): Promise<Brand> {
    return new BrandService(ctx.em).join(ctx.viewer, input.brandId);
  }

  @Mutation(() => Brand, { description: "Changes a brand's name, theme, languages, categories and timing (brand admins)." })
  updateBrand(@Arg('input', () => UpdateBrandInput) input: UpdateBrandInput, @Ctx() ctx: ServiceContext): Promise<Brand> {
    return new BrandService(ctx.em).update(ctx.viewer, input);
  }
}
