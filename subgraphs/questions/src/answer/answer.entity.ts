import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An expert’s answer to a question, or an agent’s private reply.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'answer' })
export class Answer {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  questionId!: string;

  @Property({ type: 'uuid' })
  brandId!: string;

  /** The expert's user id. */
  @Property({ type: 'uuid' })
  authorId!: string;

  @Field(() => String, { description: 'Markdown, as the expert wrote it.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Boolean, {
    name: 'private',
    description: 'An agent’s private reply: only the asker and the brand’s agents and admins ever see it.',
  })
  @Property({ type: 'boolean', fieldName: 'private' })
  isPrivate: Opt<boolean> = false;

  @Field(() => Boolean, { description: 'The asker accepted this answer.' })
  @Property({ type: 'boolean' })
  accepted: Opt<boolean> = false;

  @Property({ type: 'integer' })
  upvotes: Opt<number> = 0;

  @Property({ type: 'integer' })
  downvotes: Opt<number> = 0;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
