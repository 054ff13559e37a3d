import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Max, Min } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Brand } from '../brand/brand.entity.ts';
import { brandById } from '../brand/brand.service.ts';
import { ApiKey } from './api-key.entity.ts';
import { ApiKeyService } from './api-key.service.ts';
import { ApiKeyConnection, ApiKeyGrant, CreateApiKeyInput, CreatedApiKey, RevokeApiKeyInput } from './api-key.types.ts';

@ArgsType()
class ApiKeysArgs {
  @Field(() => ID)
  brandId!: string;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, { description: "A brand's partner API keys, newest first (brand admins)." })
  apiKeys(@Args(() => ApiKeysArgs) args: ApiKeysArgs, @Ctx() ctx: ServiceContext): Promise<ApiKeyConnection> {
    return new ApiKeyService(ctx.em, ctx.pubsub).list(ctx.viewer, args.brandId, args.first, args.after);
  }

  @Mutation(() => CreatedApiKey, {
    description: 'Creates a partner API key (brand admins); the secret is shown only in this answer.',
  })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() ctx: ServiceContext,
  ): Promise<CreatedApiKey> {
    return new ApiKeyService(ctx.em, ctx.pubsub).create(ctx.viewer, input);
  }

  @Mutation(() => ApiKey, { description: 'Revokes a key; every gateway refuses it within a second.' })
  revokeApiKey(@Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput, @Ctx() ctx: ServiceContext): Promise<ApiKey> {
    return new ApiKeyService(ctx.em, ctx.pubsub).revoke(ctx.viewer, input.id);
  }

  @Query(() => ApiKeyGrant, { nullable: true, description: 'Internal: the gateway verifies a presented secret.' })
  @Directive('@inaccessible')
  verifyApiKey(@Arg('secret', () => String) secret: string, @Ctx() ctx: ServiceContext): Promise<ApiKeyGrant | null> {
    return new ApiKeyService(ctx.em, ctx.pubsub).verify(ctx.viewer, secret);
  }

  @FieldResolver(() => Brand)
  async brand(@Root() apiKey: ApiKey, @Ctx() ctx: ServiceContext): Promise<Brand> {
    return (await brandById(ctx, apiKey.brandId))!;
  }
}
