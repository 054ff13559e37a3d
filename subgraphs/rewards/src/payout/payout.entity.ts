// A payout of an expert's payable balance, and the per-brand payout settings.
import { randomUUID } from 'node:crypto';
import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ExpertRef } from '../federation/federation.types.ts';
import { Money, money } from '../money/money.type.ts';

export enum PayoutStatus {
  /** Accepted and reserved from the expert's balance; waiting for the processor. */
  REQUESTED = 'REQUESTED',
  /** Handed to the payment processor. */
  PROCESSING = 'PROCESSING',
  /** The processor paid it; the ledger moved it from the expert's payable to PAID_OUT. */
  PAID = 'PAID',
  /** The processor refused it; the reservation is released and the balance is spendable again. */
  FAILED = 'FAILED',
}
registerEnumType(PayoutStatus, { name: 'PayoutStatus' });

export const DEFAULT_PAYOUT_THRESHOLD_MINOR = 1000;

@ObjectType({ description: "A transfer of an expert's earnings out of the platform: REQUESTED → PROCESSING → PAID or FAILED." })
@Entity({ tableName: 'payout' })
export class Payout {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  brandId!: string;

  @Property({ type: 'uuid' })
  expertId!: string;

  @Property({ type: 'uuid' })
  expertUserId!: string;

  @Property({ type: new BigIntType('number') })
  amountMinor!: number;

  @Property({ type: 'string' })
  currency!: string;

  @Field(() => PayoutStatus)
  @Enum({ items: () => PayoutStatus })
  status: Opt<PayoutStatus> = PayoutStatus.REQUESTED;

  /** Given to the processor on every attempt, so a retry never pays twice. */
  @Property({ type: 'uuid', unique: true })
  idempotencyKey!: string;

  @Field(() => Int, { description: 'How many times the payment processor was called.' })
  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;

  @Field(() => String, { nullable: true, description: "The processor's reference for a paid payout." })
  @Property({ type: 'text', nullable: true })
  processorReference: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the processor refused it.' })
  @Property({ type: 'text', nullable: true })
  failureReason: string | null = null;

  /** The PAYOUT ledger transaction, once paid. */
  @Property({ type: 'uuid', nullable: true })
  transactionId: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  requestedAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  processedAt: Date | null = null;

  @Field(() => Money)
  get amount(): Opt<Money> {
    return money(this.amountMinor, this.currency);
  }

  @Field(() => ExpertRef)
  get expert(): Opt<ExpertRef> {
    return { id: this.expertId };
  }
}

@ObjectType({ description: 'How a brand pays its experts out.' })
@Entity({ tableName: 'payout_settings' })
export class PayoutSettings {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  brandId!: string;

  @Field(() => Int, { description: 'The least an expert can ask to be paid, in minor units of the payout currency.' })
  @Property({ type: new BigIntType('number') })
  thresholdMinor!: number;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
