// The identity subgraph: people, brands (tenants), memberships and access.
import type { ServiceDefinition } from '@peerdesk/runtime/service';
import { AuthResolver } from './auth/auth.resolver.ts';
import { Brand } from './brand/brand.entity.ts';
import { BrandResolver } from './brand/brand.resolver.ts';
import { BrandService } from './brand/brand.service.ts';
import { Membership } from './membership/membership.entity.ts';
import { Migration20261122000000 } from './migrations/Migration20261122000000.ts';
import { User } from './user/user.entity.ts';
import { UserResolver } from './user/user.resolver.ts';
import { UserService } from './user/user.service.ts';
import { seedIdentity } from './seed.ts';

export const identity: ServiceDefinition = {
  name: 'identity',
  schema: 'identity',
  entities: [User, Brand, Membership],
  migrations: [Migration20261122000000],
  subgraph: {
    resolvers: [AuthResolver, BrandResolver, UserResolver],
    references: {
      User: (ids, ctx) => new UserService(ctx.em).byIds(ids),
      Brand: (ids, ctx) => new BrandService(ctx.em).byIds(ids),
    },
  },
  seed: seedIdentity,
};
