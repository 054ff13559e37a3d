import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { Money, money } from '../money/money.type.ts';

/**
 * What one resolution by the brand's own agents costs, as the brand's admin enters it. Kept here, beside the
 * rewards it is compared with: both are money in minor units, validated and formatted the same way.
 */
@ObjectType({ description: 'What the brand says one resolution by its own agents costs.' })
@Entity({ tableName: 'agent_cost' })
export class AgentCost {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  brandId!: string;

  @Property({ type: new BigIntType('number') })
  amountMinor!: number;

  @Property({ type: 'string' })
  currency!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();

  @Field(() => Money, { description: 'Per resolution.' })
  get perResolution(): Opt<Money> {
    return money(this.amountMinor, this.currency);
  }
}
