// Inputs, arguments and the Relay connection of payouts.
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../ledger/ledger.types.ts';
import { IsCurrency } from '../money/money.validation.ts';
import { Payout } from './payout.entity.ts';

export const MAX_PAYOUT_MINOR = 1_000_000_000;

@InputType()
export class RequestPayoutInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;

  @Field(() => Int, { nullable: true, description: 'Minor units to pay out; everything available when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAYOUT_MINOR)
  amountMinor?: number | null;

  @Field(() => String, { description: 'ISO 4217 code of the balance to pay out, e.g. USD.' })
  @IsCurrency()
  currency!: string;

  @Field(() => ID, { nullable: true, description: 'A client-chosen UUID: retrying with the same key requests once.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  idempotencyKey?: string | null;
}

@InputType()
export class SetPayoutSettingsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;

  @Field(() => Int, { description: 'The smallest payout, in minor units: 1 to 1,000,000,000.' })
  @IsInt()
  @Min(1)
  @Max(MAX_PAYOUT_MINOR)
  thresholdMinor!: number;
}

@ArgsType()
export class PayoutSettingsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;
}

@ArgsType()
export class PayoutsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  after?: string;
}

@ObjectType()
export class PayoutEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Payout)
  node!: Payout;
}

@ObjectType()
export class PayoutConnection {
  @Field(() => [PayoutEdge])
  edges!: PayoutEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
