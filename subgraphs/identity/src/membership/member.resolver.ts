import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { MembershipService } from './membership.service.ts';
import { BrandMember } from './membership.type.ts';

@Resolver()
export class MemberResolver {
  @Query(() => [BrandMember], {
    description: 'The brand’s experts, agents and admins (customers are not listed), newest first, at most 500. Brand admins only.',
  })
  brandMembers(@Arg('brandId', () => ID) brandId: string, @Ctx() ctx: ServiceContext): Promise<BrandMember[]> {
    return new MembershipService(ctx.em).staff(ctx.viewer, brandId);
  }
}
