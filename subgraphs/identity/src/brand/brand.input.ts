import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
export const LANGUAGES = ['en', 'es'] as const;

@InputType()
export class JoinBrandInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;
}

@InputType()
export class BrandCategoryInput {
  @Field(() => String)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lowercase letters, digits and dashes' })
  @Length(1, 40)
  slug!: string;

  @Field(() => String)
  @Length(1, 80)
  name!: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateBrandInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 80)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'Hex colour, e.g. #4338ca.' })
  @IsOptional()
  @Matches(HEX_COLOUR, { message: 'must be a hex colour like #4338ca' })
  primaryColor?: string;

  @Field(() => String, { nullable: true, description: 'Hex colour, e.g. #f59e0b.' })
  @IsOptional()
  @Matches(HEX_COLOUR, { message: 'must be a hex colour like #f59e0b' })
  accentColor?: string;

  @Field(() => String, { nullable: true, description: 'An https URL; null removes the logo.' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'must be an https URL' })
  @Length(0, 500)
  logoUrl?: string;

  @Field(() => [String], { nullable: true, description: 'Subset of en, es.' })
  @IsOptional()
  @ArrayMinSize(1)
  @IsIn(LANGUAGES, { each: true, message: 'each must be en or es' })
  languages?: string[];

  @Field(() => String, { nullable: true, description: 'One of `languages`.' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'must be en or es' })
  defaultLanguage?: string;

  @Field(() => [BrandCategoryInput], { nullable: true, description: 'Replaces the categories; slugs unique.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  categories?: BrandCategoryInput[];

  @Field(() => Int, { nullable: true, description: '5 to 10080 (one week).' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(10_080)
  slaMinutes?: number;

  @Field(() => Int, { nullable: true, description: '1 to 240.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(240)
  claimMinutes?: number;

  @Field(() => Int, { nullable: true, description: '1 to 1440.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  waveMinutes?: number;

  @Field(() => Int, { nullable: true, description: '1 to 20.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  maxClaimsPerExpert?: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  openAnswering?: boolean;
}
