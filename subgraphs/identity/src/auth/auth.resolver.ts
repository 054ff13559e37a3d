import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { RefreshSessionInput, SignInInput, SignOutInput, SignUpInput } from './auth.input.ts';
import { AuthPayload, SignOutPayload } from './auth.payload.ts';
import { AuthService } from './auth.service.ts';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: ServiceContext): Promise<AuthPayload> {
    return new AuthService(ctx.em, ctx.pubsub).signUp(input, ctx.viewer);
  }

  @Mutation(() => AuthPayload, {
    description: 'Rate limited per account and per client address (RATE_LIMITED with retryAfterSeconds).',
  })
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: ServiceContext): Promise<AuthPayload> {
    return new AuthService(ctx.em, ctx.pubsub).signIn(input, ctx.viewer);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Exchanges a refresh token for new tokens (the old one is spent; presenting it again signs that sign-in out everywhere).',
  })
  refreshSession(
    @Arg('input', () => RefreshSessionInput) input: RefreshSessionInput,
    @Ctx() ctx: ServiceContext,
  ): Promise<AuthPayload> {
    return new AuthService(ctx.em, ctx.pubsub).refresh(input, ctx.viewer);
  }

  @Mutation(() => SignOutPayload, {
    description: 'Revokes this session (or all of them); its access tokens stop working at once.',
  })
  signOut(@Arg('input', () => SignOutInput) input: SignOutInput, @Ctx() ctx: ServiceContext): Promise<SignOutPayload> {
    return new AuthService(ctx.em, ctx.pubsub).signOut(ctx.viewer, input.allSessions ?? false);
  }
}
