import { loaderFor, type ServiceContext } from '@peerdesk/runtime/subgraph';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { LedgerTransaction } from './ledger.entity.ts';
import { LedgerService } from './ledger.service.ts';
import { LedgerArgs, LedgerCsvArgs, LedgerEntryView, LedgerTransactionConnection } from './ledger.types.ts';

@Resolver(() => LedgerTransaction)
export class LedgerResolver {
  @Query(() => LedgerTransactionConnection, {
    description: "A brand's ledger, newest first: all of it for admins, an expert's own transactions for that expert.",
  })
  ledger(@Args(() => LedgerArgs) args: LedgerArgs, @Ctx() ctx: ServiceContext): Promise<LedgerTransactionConnection> {
    return new LedgerService(ctx.em).page(ctx.viewer, args);
  }

  @Query(() => String, {
    description:
      'The same ledger as `ledger` (admins: the brand; experts: their own), oldest first, as RFC 4180 CSV with one line per entry.',
  })
  ledgerCsv(@Args(() => LedgerCsvArgs) args: LedgerCsvArgs, @Ctx() ctx: ServiceContext): Promise<string> {
    return new LedgerService(ctx.em).csv(ctx.viewer, args.brandId);
  }

  @FieldResolver(() => [LedgerEntryView], { description: 'The legs of the transaction; they sum to zero.' })
  async entries(@Root() transaction: LedgerTransaction, @Ctx() ctx: ServiceContext): Promise<LedgerEntryView[]> {
    const loader = loaderFor<LedgerEntryView[]>(ctx, 'ledgerEntries', (ids) => new LedgerService(ctx.em).entries(ids));
    return (await loader.load(transaction.id)) ?? [];
  }
}
