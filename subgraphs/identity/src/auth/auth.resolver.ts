import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { SignInInput, SignUpInput } from './auth.input.ts';
import { AuthPayload } from './auth.payload.ts';
import { AuthService } from './auth.service.ts';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: ServiceContext): Promise<AuthPayload> {
    return new AuthService(ctx.em).signUp(input);
  }

  @Mutation(() => AuthPayload)
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: ServiceContext): Promise<AuthPayload> {
    return new AuthService(ctx.em).signIn(input);
  }
}
