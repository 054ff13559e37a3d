import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ExpertStatus {
  ACTIVE = 'ACTIVE',
  PENDING = 'PENDING',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(ExpertStatus, { name: 'ExpertStatus', description: 'Whether the expert is routed questions.' });

@ObjectType({ description: "A person's expert profile in one brand; its id is derived from the brand and the user." })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'expert' })
@Unique({ properties: ['brandId', 'userId'] })
export class Expert {
  /** expertId(brandId, userId) from @peerdesk/runtime/ids. */
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'uuid' })
  brandId!: string;

  @Field(() => ExpertStatus)
  @Enum({ items: () => ExpertStatus })
  status: Opt<ExpertStatus> = ExpertStatus.PENDING;

  @Field(() => [String], { description: 'Category slugs of the brand the expert answers.' })
  @Property({ type: 'json' })
  skills: Opt<string[]> = [];

  @Field(() => [String], { description: 'ISO 639-1 codes.' })
  @Property({ type: 'json' })
  languages: Opt<string[]> = [];

  @Field(() => String)
  @Property({ type: 'text' })
  bio: Opt<string> = '';

  @Field(() => Boolean, { description: 'Whether the expert accepts routed questions right now.' })
  @Property({ type: 'boolean' })
  available: Opt<boolean> = true;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  /** Latest qualification quiz score (percent); null until the quiz is taken. Shown through `qualification`. */
  @Property({ type: 'integer', nullable: true })
  qualificationScore: number | null = null;

  @Property({ type: 'boolean', nullable: true })
  qualificationPassed: boolean | null = null;

  @Property({ type: 'datetime', nullable: true })
  qualifiedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When an admin of the brand approved the profile.' })
  @Property({ type: 'datetime', nullable: true })
  approvedAt: Date | null = null;
}
