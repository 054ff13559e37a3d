import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Money } from '../money/money.type.ts';
import { IsCurrency } from '../money/money.validation.ts';

@InputType()
export class SetAgentCostInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;

  @Field(() => Int, { description: 'Minor units per resolution by an agent, 1 to 1,000,000.' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  amountMinor!: number;

  @Field(() => String, { description: 'ISO 4217 code, e.g. USD.' })
  @IsCurrency()
  currency!: string;
}

@ObjectType({
  description:
    'What resolutions by experts cost the brand over a date range (whole rewards of the questions resolved in it) against what the brand says an agent resolution costs, in one currency: the agent cost’s, else the default reward policy’s.',
})
export class CostAnalytics {
  @Field(() => String, { nullable: true, description: 'Null when the brand has neither an agent cost nor a reward policy.' })
  currency!: string | null;

  @Field(() => Int, { description: 'Resolutions that earned a reward in the range.' })
  paidResolutions!: number;

  @Field(() => Money, { nullable: true, description: 'Rewards of those resolutions, expert and platform shares together.' })
  expertCost!: Money | null;

  @Field(() => Money, { nullable: true, description: 'expertCost / paidResolutions, rounded to the minor unit; null without resolutions.' })
  expertCostPerResolution!: Money | null;

  @Field(() => Money, { nullable: true, description: 'The brand’s agent cost per resolution; null until set.' })
  agentCostPerResolution!: Money | null;
}
