import { randomUUID } from 'node:crypto';
import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DEFAULT_EXPERT_SHARE_BPS } from '../ledger/ledger.rules.ts';
import { Money, money } from '../money/money.type.ts';

@ObjectType({ description: "What a resolved question pays in a brand: per category, or the brand's default." })
@Entity({ tableName: 'reward_policy' })
@Unique({ properties: ['brandId', 'category'] })
export class RewardPolicy {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  brandId!: string;

  @Field(() => String, { nullable: true, description: "Category slug; null for the brand's default policy." })
  @Property({ type: 'string', nullable: true })
  category: string | null = null;

  @Property({ type: new BigIntType('number') })
  amountMinor!: number;

  @Property({ type: 'string' })
  currency!: string;

  @Field(() => Int, { description: 'Share of the reward the expert keeps, in basis points (7000 = 70%).' })
  @Property({ type: 'integer' })
  expertShareBps: Opt<number> = DEFAULT_EXPERT_SHARE_BPS;

  @Field(() => String, { nullable: true, description: "An in-kind alternative to cash, e.g. '500 gems'." })
  @Property({ type: 'string', nullable: true })
  inKindItem: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  @Field(() => Money, { description: 'The whole reward per resolved question.' })
  get amount(): Opt<Money> {
    return money(this.amountMinor, this.currency);
  }
}
