import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { JoinBrandInput } from '../auth/auth.input.ts';
import { Brand } from './brand.entity.ts';
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

  @Mutation(() => Brand, { description: 'Joins a brand community as a customer (refresh the session to act in it).' })
  joinBrand(@Arg('input', () => JoinBrandInput) input: JoinBrandInput, @Ctx() ctx: ServiceContext): Promise<Brand> {
    return new BrandService(ctx.em).join(ctx.viewer, input.brandId);
  }
}
