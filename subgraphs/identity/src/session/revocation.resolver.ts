// Internal: the gateway's startup load of revocations it may have missed on the live feed.
import { ACCESS_TOKEN_TTL_SECONDS } from '@peerdesk/runtime/access-token';
import { forbidden } from '@peerdesk/runtime/errors';
import type { ServiceContext } from '@peerdesk/runtime/subgraph';
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { ApiKeyService } from '../api-key/api-key.service.ts';
import { SessionService } from './session.service.ts';

@ObjectType()
@Directive('@inaccessible')
export class RevocationList {
  @Field(() => [ID])
  sessionIds!: string[];

  @Field(() => [ID])
  apiKeyIds!: string[];
}

@Resolver()
export class RevocationResolver {
  @Query(() => RevocationList, {
    description: 'Internal: sessions and API keys revoked since a moment (at most one token lifetime ago).',
  })
  @Directive('@inaccessible')
  async revokedSince(@Arg('since', () => Date) since: Date, @Ctx() ctx: ServiceContext): Promise<RevocationList> {
    if (ctx.viewer.kind !== 'gateway') throw forbidden('Only the gateway reads the revocation list.');
    const earliest = new Date(Date.now() - (ACCESS_TOKEN_TTL_SECONDS + 60) * 1000);
    const from = since > earliest ? since : earliest;
    const sessionIds = await new SessionService(ctx.em).revokedSince(from);
    const apiKeyIds = await new ApiKeyService(ctx.em, ctx.pubsub).revokedSince(from);
    return { sessionIds, apiKeyIds };
  }
}
