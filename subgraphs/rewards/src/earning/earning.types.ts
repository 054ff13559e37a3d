import { IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../money/money.type.ts';
import { Payout, PayoutStatus } from '../payout/payout.entity.ts';
import { Earning } from './earning.entity.ts';

@ObjectType({ description: "An expert's earnings in the brand of the profile. Visible to the expert and the brand's admins." })
export class ExpertEarnings {
  /** Whose earnings; read by `recent`. */
  expertId!: string;

  @Field(() => Money, { description: 'Settled: credited to the expert from the brand budget.' })
  total!: Money;

  @Field(() => Money, { description: 'Earned but waiting for the brand to fund its budget.' })
  pending!: Money;

  @Field(() => Money, { description: 'What can be paid out or redeemed now: settled earnings minus payouts, redemptions and payouts in flight.' })
  available!: Money;
}

@ObjectType({ description: 'An earning of the signed-in expert was recorded or paid, or one of their payouts changed state.' })
export class EarningEvent {
  @Field(() => Earning, { nullable: true, description: 'The earning recorded or paid; null for a payout event.' })
  earning!: Earning | null;

  @Field(() => Payout, { nullable: true, description: 'The payout as it is now; null for an earning event.' })
  payout!: Payout | null;

  @Field(() => PayoutStatus, {
    nullable: true,
    description: 'The state the payout reached with this event (REQUESTED, PROCESSING, then PAID or FAILED), in order.',
  })
  payoutStatus!: PayoutStatus | null;
}

@ArgsType()
export class RecentEarningsArgs {
  @Field(() => Int, { defaultValue: 10, description: '1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first!: number;
}
