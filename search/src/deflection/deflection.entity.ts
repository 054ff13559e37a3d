import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

// The typed text and the viewer stay off the GraphQL surface: they are for the brand's analytics only.
@ObjectType({ description: 'A customer found their answer in a suggested question instead of asking.' })
@Entity({ tableName: 'deflection' })
export class Deflection {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  brandId!: string;

  /** The suggested question that solved it. */
  @Property({ type: 'uuid' })
  questionId!: string;

  /** What the customer had typed. */
  @Property({ type: 'text' })
  text!: string;

  /** Null for anonymous visitors. */
  @Property({ type: 'uuid', nullable: true })
  viewerUserId: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
