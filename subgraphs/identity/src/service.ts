// The identity subgraph: people, brands (tenants), memberships, sessions, partner API keys and access.
import type { ServiceDefinition } from '@peerdesk/runtime/service';
import { AccountResolver } from './account/account.resolver.ts';
import { ApiKey } from './api-key/api-key.entity.ts';
import { ApiKeyResolver } from './api-key/api-key.resolver.ts';
import { AuthResolver } from './auth/auth.resolver.ts';
import { LoginAttempt } from './auth/login-attempt.entity.ts';
import { Brand } from './brand/brand.entity.ts';
import { BrandResolver } from './brand/brand.resolver.ts';
import { BrandService } from './brand/brand.service.ts';
import { Invitation } from './invitation/invitation.entity.ts';
import { InvitationResolver } from './invitation/invitation.resolver.ts';
import { MemberResolver } from './membership/member.resolver.ts';
import { Membership } from './membership/membership.entity.ts';
import { Migration20261122000000 } from './migrations/Migration20261122000000.ts';
import { Migration20261201000000 } from './migrations/Migration20261201000000.ts';
import { Migration20261203000000 } from './migrations/Migration20261203000000.ts';
import { RevocationResolver } from './session/revocation.resolver.ts';
import { Session } from './session/session.entity.ts';
import { User } from './user/user.entity.ts';
import { UserResolver } from './user/user.resolver.ts';
import { UserService } from './user/user.service.ts';
import { seedIdentity } from './seed.ts';

export const identity: ServiceDefinition = {
  name: 'identity',
  schema: 'identity',
  entities: [User, Brand, Membership, Session, ApiKey, Invitation, LoginAttempt],
  migrations: [Migration20261122000000, Migration20261201000000, Migration20261203000000],
  subgraph: {
    resolvers: [
      AuthResolver,
      BrandResolver,
      UserResolver,
      ApiKeyResolver,
      InvitationResolver,
      MemberResolver,
      AccountResolver,
      RevocationResolver,
    ],
    references: {
      User: (ids, ctx) => new UserService(ctx.em).byIds(ids),
      Brand: (ids, ctx) => new BrandService(ctx.em).byIds(ids),
    },
  },
  seed: seedIdentity,
};
