import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A person. Only the display handle is public; personal data is for the person, agents and admins.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'user' })
export class User {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Public display handle.' })
  @Property({ type: 'string', unique: true })
  handle!: string;

  @Property({ type: 'string', unique: true })
  email!: string;

  @Property({ type: 'string', nullable: true })
  fullName: string | null = null;

  @Property({ type: 'string', hidden: true })
  passwordHash!: string;

  @Field(() => String, { description: 'Preferred interface language (ISO 639-1).' })
  @Property({ type: 'string' })
  locale: Opt<string> = 'en';

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  /** Set when the person erased their account; the row stays so their contributions keep an author. */
  @Property({ type: 'datetime', nullable: true })
  deletedAt: Date | null = null;
}
