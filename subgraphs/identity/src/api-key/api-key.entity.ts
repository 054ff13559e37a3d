import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Scope } from '@peerdesk/runtime/viewer';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** GraphQL names of the partner scopes (`READ_COMMUNITY` ↔ 'read:community'). */
export const ApiScope = {
  READ_COMMUNITY: 'read:community',
  WRITE_QUESTIONS: 'write:questions',
  READ_ANALYTICS: 'read:analytics',
  READ_PERSONAL_DATA: 'read:personal-data',
} as const satisfies Record<string, Scope>;
registerEnumType(ApiScope, { name: 'ApiScope', description: 'What a partner API key may do in its brand.' });

/** A partner's key to one brand. Only the sha256 of its secret is stored; the secret is shown once. */
@ObjectType({ description: 'A partner API key of a brand (the secret itself is never shown again).' })
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  brandId!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => [ApiScope])
  @Property({ type: 'json' })
  scopes!: Scope[];

  @Field(() => Int)
  @Property({ type: 'integer' })
  rateLimitPerMinute!: number;

  @Property({ type: 'string', hidden: true })
  secretHash!: string;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
