import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

const CATEGORY = /^[a-z0-9-]{2,40}$/;
const LANGUAGE = /^[a-z]{2}$/;

@InputType()
export class ApplyAsExpertInput {
  @Field(() => ID)
  @IsUUID()
  brandId!: string;

  @Field(() => [String], { description: 'Category slugs of the brand the applicant wants to answer.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(CATEGORY, { each: true, message: 'each skill must be a category slug' })
  skills!: string[];

  @Field(() => [String], { description: 'ISO 639-1 codes.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Matches(LANGUAGE, { each: true, message: 'each language must be an ISO 639-1 code such as es or en' })
  languages!: string[];

  @Field(() => String)
  @MaxLength(2000)
  bio!: string;
}

@InputType()
export class UpdateExpertProfileInput {
  @Field(() => ID)
  @IsUUID()
  brandId!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(CATEGORY, { each: true, message: 'each skill must be a category slug' })
  skills?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Matches(LANGUAGE, { each: true, message: 'each language must be an ISO 639-1 code such as es or en' })
  languages?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  bio?: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether to be routed new questions right now.' })
  @IsOptional()
  @IsBoolean()
  available?: boolean;
}

@InputType()
export class ApproveExpertInput {
  @Field(() => ID)
  @IsUUID()
  expertId!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Approve without a passed qualification quiz.' })
  @IsOptional()
  @IsBoolean()
  waiveQuiz?: boolean;
}
