import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Role } from '@peerdesk/runtime/viewer';
import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../membership/role.ts';

/** An admin's offer of a staff or expert role to an email address; accepted by the person holding that email. */
@ObjectType({ description: 'An invitation to hold a role in a brand.' })
@Entity({ tableName: 'invitation' })
export class Invitation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  brandId!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  email!: string;

  @Field(() => RoleEnum)
  @Property({ type: 'string' })
  role!: Role;

  @Property({ type: 'string', hidden: true })
  tokenHash!: string;

  @Property({ type: 'uuid' })
  invitedBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  /** Only in `inviteMember`'s answer: the token to send to the invitee. */
  @Field(() => String, { nullable: true, description: 'Shown once, in the answer to inviteMember; null afterwards.' })
  token?: string | null;
}
