import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { User } from '../user/user.entity.ts';
import { AccountService } from './account.service.ts';
import { DataExport, DeleteMyAccountInput, ExportMyDataInput } from './account.types.ts';

@Resolver()
export class AccountResolver {
  @Mutation(() => DataExport, { description: 'A JSON document of everything identity holds about me.' })
  exportMyData(
    @Arg('input', () => ExportMyDataInput) _input: ExportMyDataInput,
    @Ctx() ctx: ServiceContext,
  ): Promise<DataExport> {
    return new AccountService(ctx.em, ctx.pubsub).export(ctx.viewer);
  }

  @Mutation(() => User, {
    description: 'Erases my personal data and signs me out everywhere; my contributions stay as "deleted user".',
  })
  deleteMyAccount(
    @Arg('input', () => DeleteMyAccountInput) input: DeleteMyAccountInput,
    @Ctx() ctx: ServiceContext,
  ): Promise<User> {
    return new AccountService(ctx.em, ctx.pubsub).delete(ctx.viewer, input.password);
  }
}
