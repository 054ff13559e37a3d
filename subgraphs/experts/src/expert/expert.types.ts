import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "An expert's standing, from reputation thresholds." })
export class ExpertLevel {
  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: '1 for the first level, increasing.' })
  rank!: number;

  @Field(() => Int)
  minReputation!: number;

  @Field(() => Int, { nullable: true, description: 'Reputation at which the next level starts; null at the top level.' })
  nextLevelAt!: number | null;

  @Field(() => Float, { description: 'Progress from this level towards the next, 0–1.' })
  progress!: number;
}

@ObjectType({ description: 'A distinction an expert has earned.' })
export class Badge {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Date)
  earnedAt!: Date;
}
