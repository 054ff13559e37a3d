// GraphQL shapes of the ledger: entries with their account, and the Relay connection of transactions.
import { badInput } from '@peerdesk/runtime/errors';
import { IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ArgsType, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../money/money.type.ts';
import { LedgerTransaction } from './ledger.entity.ts';
import { LedgerAccountKind } from './ledger.rules.ts';

@ObjectType('LedgerAccount', { description: 'An account of the ledger, as seen from an entry.' })
export class LedgerAccountView {
  @Field(() => ID)
  id!: string;

  @Field(() => LedgerAccountKind)
  kind!: LedgerAccountKind;

  @Field(() => ID, { nullable: true, description: 'The expert id for an EXPERT_PAYABLE account.' })
  ownerId!: string | null;

  @Field(() => String)
  currency!: string;
}

@ObjectType('LedgerEntry', { description: 'One leg of a transaction: positive moves money into the account, negative out of it.' })
export class LedgerEntryView {
  @Field(() => ID)
  id!: string;

  @Field(() => LedgerAccountView)
  account!: LedgerAccountView;

  @Field(() => Money)
  amount!: Money;
}

// Other subgraphs define the same PageInfo value type: shareable keeps composition valid.
@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class LedgerTransactionEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => LedgerTransaction)
  node!: LedgerTransaction;
}

@ObjectType()
export class LedgerTransactionConnection {
  @Field(() => [LedgerTransactionEdge])
  edges!: LedgerTransactionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ArgsType()
export class LedgerArgs {
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

@ArgsType()
export class LedgerCsvArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;
}

export interface LedgerCursor {
  createdAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const encodeCursor = (tx: LedgerCursor) => Buffer.from(`${tx.createdAt.toISOString()}|${tx.id}`).toString('base64url');

export function decodeCursor(cursor: string): LedgerCursor {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || !UUID.test(id) || Number.isNaN(createdAt.getTime())) throw badInput('The cursor is not valid.', { field: 'after' });
  return { createdAt, id };
}
