import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { User } from './user.entity.ts';
import { UserService } from './user.service.ts';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: ServiceContext): Promise<User | null> {
    return new UserService(ctx.em).me(ctx.viewer);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal: visible to the person only.' })
  email(@Root() user: User, @Ctx() ctx: ServiceContext): string | null {
    return new UserService(ctx.em).canSeePersonalData(ctx.viewer, user) ? user.email : null;
  }
}
