import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How a brand looks in its community and widget.' })
export class BrandTheme {
  @Field(() => String, { nullable: true })
  logoUrl!: string | null;

  @Field(() => String)
  primaryColor!: string;

  @Field(() => String)
  accentColor!: string;
}

@ObjectType({ description: 'A question category of a brand.' })
export class BrandCategory {
  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: 'A tenant: a company running its own white-label community.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'brand' })
export class Brand {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', unique: true })
  slug!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => BrandTheme)
  @Property({ type: 'json' })
  theme!: BrandTheme;

  @Field(() => String, { description: 'ISO 639-1 code of the language the community speaks first.' })
  @Property({ type: 'string' })
  defaultLanguage!: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  languages!: string[];

  @Field(() => [BrandCategory])
  @Property({ type: 'json' })
  categories!: BrandCategory[];

  @Field(() => Int, { description: 'Minutes within which a question should be answered.' })
  @Property({ type: 'integer' })
  slaMinutes: Opt<number> = 60;

  @Field(() => Int, { description: "How long an expert's claim on a question holds." })
  @Property({ type: 'integer' })
  claimMinutes: Opt<number> = 15;

  @Field(() => Int, { description: 'Minutes between routing waves (the circle of notified experts widens).' })
  @Property({ type: 'integer' })
  waveMinutes: Opt<number> = 5;

  @Field(() => Int, { description: 'How many questions one expert may hold claimed at once (besides their level limit).' })
  @Property({ type: 'integer' })
  maxClaimsPerExpert: Opt<number> = 3;

  @Field(() => Boolean, { description: 'Whether experts other than the claim holder may answer an open question.' })
  @Property({ type: 'boolean' })
  openAnswering: Opt<boolean> = true;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
