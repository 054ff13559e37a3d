import { IsIn, IsInt, IsOptional, IsUUID, Length, Max, Min, ArrayMinSize } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Scope } from '@peerdesk/runtime/viewer';
import { ApiKey, ApiScope } from './api-key.entity.ts';
import { PageInfo } from '../page-info.ts';

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;

  @Field(() => String, { description: 'What the key is for, e.g. "Helpdesk sync".' })
  @Length(1, 80)
  name!: string;

  @Field(() => [ApiScope])
  @ArrayMinSize(1)
  @IsIn(Object.values(ApiScope), { each: true })
  scopes!: Scope[];

  @Field(() => Int, { nullable: true, description: 'Requests per minute before RATE_LIMITED (1 to 10000, default 600).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  rateLimitPerMinute?: number;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an API key id' })
  id!: string;
}

@ObjectType({ description: 'A new key and its secret: store the secret now, it is not shown again.' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String, { description: 'Send as the `x-api-key` header (HTTP) or `apiKey` connection parameter (graphql-ws).' })
  secret!: string;
}

@ObjectType()
export class ApiKeyEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => ApiKey)
  node!: ApiKey;
}

@ObjectType()
export class ApiKeyConnection {
  @Field(() => [ApiKeyEdge])
  edges!: ApiKeyEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

/** What the gateway learns about a presented key (internal: hidden from the public API). */
@ObjectType()
@Directive('@inaccessible')
export class ApiKeyGrant {
  @Field(() => ID)
  keyId!: string;

  @Field(() => ID)
  brandId!: string;

  @Field(() => [String])
  scopes!: string[];

  @Field(() => Int)
  rateLimitPerMinute!: number;

  @Field(() => ID, { description: 'The admin who created the key: what the key writes is theirs.' })
  createdBy!: string;
}
