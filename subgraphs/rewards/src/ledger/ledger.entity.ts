// The double-entry ledger's tables. Amounts are signed minor units; see ledger.rules.ts for the sign convention.
import { randomUUID } from 'node:crypto';
import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LedgerAccountKind, LedgerTransactionKind } from './ledger.rules.ts';

registerEnumType(LedgerAccountKind, { name: 'LedgerAccountKind', description: 'What an account of the ledger holds.' });
registerEnumType(LedgerTransactionKind, { name: 'LedgerTransactionKind', description: 'Why money moved.' });

@Entity({ tableName: 'ledger_account' })
@Unique({ properties: ['brandId', 'kind', 'ownerId', 'currency'] })
export class LedgerAccount {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  brandId!: string;

  @Enum({ items: () => LedgerAccountKind })
  kind!: LedgerAccountKind;

  @Property({ type: 'uuid', nullable: true })
  ownerId: string | null = null;

  @Property({ type: 'string' })
  currency!: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}

@ObjectType({ description: 'A balanced movement of money: its entries sum to zero.' })
@Entity({ tableName: 'ledger_transaction' })
export class LedgerTransaction {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  brandId!: string;

  @Field(() => LedgerTransactionKind)
  @Enum({ items: () => LedgerTransactionKind })
  kind!: LedgerTransactionKind;

  @Field(() => String, { description: 'What it is about: a question id for earnings, a note for fundings.' })
  @Property({ type: 'text' })
  reference!: string;

  /** The event or idempotency key that caused it; unique per kind, so it is never applied twice. */
  @Property({ type: 'uuid', nullable: true })
  eventId: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}

@Entity({ tableName: 'ledger_entry' })
export class LedgerEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  transactionId!: string;

  @Property({ type: 'uuid' })
  accountId!: string;

  /** Signed minor units: positive into the account, negative out of it. */
  @Property({ type: new BigIntType('number') })
  amountMinor!: number;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
