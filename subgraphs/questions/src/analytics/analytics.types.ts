import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One UTC day of a brand’s questions.' })
export class QuestionDay {
  @Field(() => String, { description: 'YYYY-MM-DD (UTC).' })
  day!: string;

  @Field(() => Int, { description: 'Questions asked that day.' })
  asked!: number;

  @Field(() => Int, { description: 'Questions resolved that day (whenever asked).' })
  resolved!: number;

  @Field(() => Int, { description: 'Questions escalated to agents that day (whenever asked).' })
  escalated!: number;
}

@ObjectType({ description: 'How many questions of the range fell in one category.' })
export class CategoryCount {
  @Field(() => String, { description: 'Category slug (names are the brand’s, in identity).' })
  category!: string;

  @Field(() => Int)
  asked!: number;

  @Field(() => Int)
  resolved!: number;
}

@ObjectType({
  description:
    'A brand’s questions over a date range. Rates, time to first answer and satisfaction are over the questions asked in the range; rates are null when none was asked.',
})
export class QuestionAnalytics {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => Int)
  asked!: number;

  @Field(() => Int, { description: 'Of the questions asked in the range, how many are resolved now.' })
  resolved!: number;

  @Field(() => Int, { description: 'Of the questions asked in the range, how many went to agents.' })
  escalated!: number;

  @Field(() => Int, { description: 'Of the questions asked in the range, how many got an expert answer.' })
  answered!: number;

  @Field(() => Float, { nullable: true, description: 'resolved / asked, 0 to 1.' })
  resolutionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'escalated / asked, 0 to 1.' })
  escalationRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median seconds from asking to the first expert answer.' })
  medianFirstAnswerSeconds!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile seconds from asking to the first expert answer.' })
  p90FirstAnswerSeconds!: number | null;

  @Field(() => Int, { description: 'Questions rated by their asker.' })
  rated!: number;

  @Field(() => Float, { nullable: true, description: 'Mean rating, 1 to 5 (CSAT).' })
  meanRating!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of ratings that are 4 or 5, 0 to 1.' })
  satisfiedRate!: number | null;

  @Field(() => [QuestionDay], { description: 'Every day of the range, oldest first, zeros included.' })
  days!: QuestionDay[];

  @Field(() => [CategoryCount], { description: 'The ten categories with most questions asked in the range.' })
  topCategories!: CategoryCount[];
}
