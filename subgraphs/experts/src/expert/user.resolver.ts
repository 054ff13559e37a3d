import { expertId } from '@peerdesk/runtime/ids';
import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Expert } from './expert.entity.ts';
import { expertLoader } from './expert.loaders.ts';
import { UserRef } from './federation.types.ts';

/** Contributes `User.expert(brandId)` to identity's User. */
@Resolver(() => UserRef)
export class UserResolver {
  @FieldResolver(() => Expert, { nullable: true, description: "This person's expert profile in the brand, if any." })
  expert(@Root() user: UserRef, @Arg('brandId', () => ID) brandId: string, @Ctx() ctx: ServiceContext): Promise<Expert | null> {
    return expertLoader(ctx).load(expertId(brandId, user.id));
  }
}
