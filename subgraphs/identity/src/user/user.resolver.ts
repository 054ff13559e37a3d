import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { brandById } from '../brand/brand.service.ts';
import { membershipsOf } from '../membership/membership.service.ts';
import { BrandMembership } from '../membership/membership.type.ts';
import { User } from './user.entity.ts';
import { canSeePersonalData, UserService } from './user.service.ts';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: ServiceContext): Promise<User | null> {
    return new UserService(ctx.em).me(ctx.viewer);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Personal: the person, agents and admins of their brands, partners with READ_PERSONAL_DATA.',
  })
  async email(@Root() user: User, @Ctx() ctx: ServiceContext): Promise<string | null> {
    return canSeePersonalData(ctx.viewer, user, await membershipsOf(ctx, user.id)) ? user.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal: visible like `email`.' })
  async fullName(@Root() user: User, @Ctx() ctx: ServiceContext): Promise<string | null> {
    return canSeePersonalData(ctx.viewer, user, await membershipsOf(ctx, user.id)) ? user.fullName : null;
  }

  @FieldResolver(() => [BrandMembership], {
    nullable: true,
    description: 'The brands and roles of the person; null for anyone else.',
  })
  async memberships(@Root() user: User, @Ctx() ctx: ServiceContext): Promise<BrandMembership[] | null> {
    if (ctx.viewer.kind !== 'user' || ctx.viewer.userId !== user.id) return null;
    const rows = await membershipsOf(ctx, user.id);
    const brands = await Promise.all(rows.map((row) => brandById(ctx, row.brandId)));
    return rows.flatMap((row, i) => (brands[i] ? [{ brand: brands[i], roles: row.roles }] : []));
  }
}
