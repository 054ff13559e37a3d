import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Brand } from '../brand/brand.entity.ts';
import { brandById } from '../brand/brand.service.ts';
import { Invitation } from './invitation.entity.ts';
import { AcceptInvitationInput, InviteMemberInput } from './invitation.input.ts';
import { InvitationService } from './invitation.service.ts';

@Resolver(() => Invitation)
export class InvitationResolver {
  @Query(() => [Invitation], { description: 'Invitations not yet accepted nor expired, newest first. Brand admins only.' })
  invitations(@Arg('brandId', () => ID) brandId: string, @Ctx() ctx: ServiceContext): Promise<Invitation[]> {
    return new InvitationService(ctx.em).pending(ctx.viewer, brandId);
  }

  @Mutation(() => Invitation, {
    description: 'Invites an email address to be an expert, agent or admin of the brand (brand admins).',
  })
  inviteMember(@Arg('input', () => InviteMemberInput) input: InviteMemberInput, @Ctx() ctx: ServiceContext): Promise<Invitation> {
    return new InvitationService(ctx.em).invite(ctx.viewer, input);
  }

  @Mutation(() => Invitation, {
    description: 'Takes the invited role (the signed-in email must match); refresh the session to use it.',
  })
  acceptInvitation(
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
    @Ctx() ctx: ServiceContext,
  ): Promise<Invitation> {
    return new InvitationService(ctx.em).accept(ctx.viewer, input.token);
  }

  @FieldResolver(() => Brand)
  async brand(@Root() invitation: Invitation, @Ctx() ctx: ServiceContext): Promise<Brand> {
    return (await brandById(ctx, invitation.brandId))!;
  }
}
