import { IsInt, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsCurrency } from '../money/money.validation.ts';

export const MAX_REWARD_MINOR = 1_000_000;

@InputType()
export class SetRewardPolicyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;

  @Field(() => String, { nullable: true, description: "Category slug; omit to set the brand's default." })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'must be a category slug: 2 to 40 lowercase letters, digits or dashes' })
  category?: string | null;

  @Field(() => Int, { description: 'Reward per resolved question in minor units, 1 to 1,000,000.' })
  @IsInt()
  @Min(1)
  @Max(MAX_REWARD_MINOR)
  amountMinor!: number;

  @Field(() => String, { description: 'ISO 4217 code, e.g. USD.' })
  @IsCurrency()
  currency!: string;

  @Field(() => Int, { nullable: true, description: 'Expert share in basis points, 0 to 10000; 7000 when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  expertShareBps?: number;

  @Field(() => String, { nullable: true, description: "An in-kind alternative, e.g. '500 gems'." })
  @IsOptional()
  @Length(1, 100)
  inKindItem?: string | null;
}

@ArgsType()
export class RewardPolicyArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;

  @Field(() => String, { nullable: true, description: "Category slug; the brand's default applies when it has none." })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'must be a category slug' })
  category?: string | null;
}
