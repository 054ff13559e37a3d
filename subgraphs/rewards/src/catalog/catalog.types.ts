import { IsBoolean, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsCurrency } from '../money/money.validation.ts';

export const MAX_PRICE_MINOR = 100_000_000;
export const MAX_STOCK = 1_000_000;

@InputType()
export class UpsertRewardItemInput {
  @Field(() => ID, { nullable: true, description: 'The item to change; a new item when omitted.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a reward item id' })
  id?: string | null;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;

  @Field(() => String)
  @Length(1, 80)
  name!: string;

  @Field(() => String, { defaultValue: '' })
  @Length(0, 500)
  description!: string;

  @Field(() => Int, { description: 'Price in minor units of the reward currency, 1 to 100,000,000.' })
  @IsInt()
  @Min(1)
  @Max(MAX_PRICE_MINOR)
  priceMinor!: number;

  @Field(() => String, { description: 'ISO 4217 code of the earnings it is bought with, e.g. USD.' })
  @IsCurrency()
  currency!: string;

  @Field(() => Int, { description: 'How many are available, 0 to 1,000,000.' })
  @IsInt()
  @Min(0)
  @Max(MAX_STOCK)
  stock!: number;

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  active!: boolean;
}

@InputType()
export class RedeemRewardInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a reward item id' })
  itemId!: string;
}

@ArgsType()
export class RewardCatalogArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;
}
