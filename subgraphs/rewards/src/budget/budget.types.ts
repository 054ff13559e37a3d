import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Money } from '../money/money.type.ts';
import { IsCurrency } from '../money/money.validation.ts';

export const MAX_FUNDING_MINOR = 1_000_000_000;

@ObjectType({ description: "A brand's reward budget in one currency." })
export class BrandBudget {
  @Field(() => ID)
  brandId!: string;

  @Field(() => Money, { description: 'What is left to pay rewards with.' })
  balance!: Money;

  @Field(() => Money, { description: 'Rewards earned but waiting for funds; paid oldest first when the budget is topped up.' })
  pendingEarnings!: Money;
}

@InputType()
export class FundBrandBudgetInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;

  @Field(() => Int, { description: 'Minor units to add, 1 to 1,000,000,000.' })
  @IsInt()
  @Min(1)
  @Max(MAX_FUNDING_MINOR)
  amountMinor!: number;

  @Field(() => String, { description: 'ISO 4217 code, e.g. USD.' })
  @IsCurrency()
  currency!: string;

  @Field(() => String, { nullable: true, description: 'What the money is, e.g. an invoice number.' })
  @IsOptional()
  @Length(1, 200)
  reference?: string | null;

  @Field(() => ID, { nullable: true, description: 'A client-chosen UUID: retrying with the same key funds once.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  idempotencyKey?: string | null;
}

@ArgsType()
export class BrandBudgetArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;

  @Field(() => String)
  @IsCurrency()
  currency!: string;
}
