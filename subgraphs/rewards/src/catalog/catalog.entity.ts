// The in-kind catalog: items an expert can buy with earnings (gem packs, power-ups, vouchers), and what was bought.
import { randomUUID } from 'node:crypto';
import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ExpertRef } from '../federation/federation.types.ts';
import { Money, money } from '../money/money.type.ts';

@ObjectType({ description: 'Something an expert can redeem with earnings instead of a cash payout.' })
@Entity({ tableName: 'reward_item' })
export class RewardItem {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  brandId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Property({ type: new BigIntType('number') })
  priceMinor!: number;

  @Property({ type: 'string' })
  currency!: string;

  @Field(() => Int, { description: 'How many are left; redeeming the last one succeeds once.' })
  @Property({ type: 'integer' })
  stock!: number;

  @Field(() => Boolean, { description: 'Inactive items are hidden from experts and cannot be redeemed.' })
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  @Field(() => Money, { description: "What it costs, taken from the expert's earnings." })
  get price(): Opt<Money> {
    return money(this.priceMinor, this.currency);
  }
}

@ObjectType({ description: 'An in-kind reward an expert redeemed, paid from their earnings.' })
@Entity({ tableName: 'redemption' })
export class Redemption {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  brandId!: string;

  @Property({ type: 'uuid' })
  itemId!: string;

  @Property({ type: 'uuid' })
  expertId!: string;

  @Property({ type: 'uuid' })
  expertUserId!: string;

  @Property({ type: new BigIntType('number') })
  priceMinor!: number;

  @Property({ type: 'string' })
  currency!: string;

  /** The REDEMPTION ledger transaction that paid for it. */
  @Property({ type: 'uuid' })
  transactionId!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Money, { description: 'What it cost when redeemed.' })
  get price(): Opt<Money> {
    return money(this.priceMinor, this.currency);
  }

  @Field(() => ExpertRef)
  get expert(): Opt<ExpertRef> {
    return { id: this.expertId };
  }
}
