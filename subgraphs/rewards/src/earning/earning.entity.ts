import { randomUUID } from 'node:crypto';
import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ExpertRef, QuestionRef } from '../federation/federation.types.ts';
import { Money, money } from '../money/money.type.ts';

export enum EarningStatus {
  /** Recorded, waiting for the brand's budget to cover it; no money has moved. */
  PENDING = 'PENDING',
  /** Paid from the brand's budget into the expert's payable account. */
  SETTLED = 'SETTLED',
}
registerEnumType(EarningStatus, { name: 'EarningStatus' });

@ObjectType({ description: "An expert's reward for one resolved question: earned exactly once." })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'earning' })
export class Earning {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Unique: the database refuses a second earning for a question, whatever the bus delivers. */
  @Property({ type: 'uuid', unique: true })
  questionId!: string;

  @Property({ type: 'uuid' })
  brandId!: string;

  @Property({ type: 'uuid' })
  expertId!: string;

  @Property({ type: 'uuid' })
  expertUserId!: string;

  @Property({ type: new BigIntType('number') })
  amountMinor!: number;

  @Property({ type: new BigIntType('number') })
  expertShareMinor!: number;

  @Property({ type: new BigIntType('number') })
  platformShareMinor!: number;

  @Property({ type: 'string' })
  currency!: string;

  @Field(() => EarningStatus)
  @Enum({ items: () => EarningStatus })
  status: Opt<EarningStatus> = EarningStatus.PENDING;

  @Property({ type: 'uuid', nullable: true })
  eventId: string | null = null;

  /** The EARNING ledger transaction that paid it, once settled. */
  @Property({ type: 'uuid', nullable: true })
  transactionId: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  settledAt: Date | null = null;

  @Field(() => QuestionRef)
  get question(): Opt<QuestionRef> {
    return { id: this.questionId };
  }

  @Field(() => ExpertRef)
  get expert(): Opt<ExpertRef> {
    return { id: this.expertId };
  }

  @Field(() => Money, { description: 'The whole reward.' })
  get amount(): Opt<Money> {
    return money(this.amountMinor, this.currency);
  }

  @Field(() => Money, { description: "The expert's part of the reward." })
  get expertShare(): Opt<Money> {
    return money(this.expertShareMinor, this.currency);
  }
}
