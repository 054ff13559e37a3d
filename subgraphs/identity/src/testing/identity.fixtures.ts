// Factories for the identity integration tests: a running service, fresh brands and people, calls as a viewer.
import { randomUUID } from 'node:crypto';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { asViewer, graphql, type GraphQLResponse } from '@peerdesk/runtime/testing/client';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { ANONYMOUS, type Role, type Viewer } from '@peerdesk/runtime/viewer';
import { hashPassword } from '../auth/password.ts';
import { Brand } from '../brand/brand.entity.ts';
import { Membership } from '../membership/membership.entity.ts';
import { User } from '../user/user.entity.ts';
import { identity } from '../service.ts';

export const PASSWORD = 'violet-harbour-tram-42';

export async function startIdentity(suffix = 'identity'): Promise<RunningService> {
  const databaseUrl = await testDatabaseUrl(suffix);
  await migrateService(identity, databaseUrl);
  return startService(identity, { port: 0, databaseUrl });
}

let passwordHash: Promise<string> | undefined;
const unique = () => randomUUID().slice(0, 8);

export async function makeBrand(service: RunningService): Promise<Brand> {
  const em = service.orm.em.fork();
  const slug = `brand-${unique()}`;
  const brand = em.create(Brand, {
    slug,
    name: `Brand ${slug}`,
    description: 'A test brand',
    theme: { logoUrl: null, primaryColor: '#112233', accentColor: '#445566' },
    defaultLanguage: 'en',
    languages: ['en'],
    categories: [{ slug: 'general', name: 'General' }],
  });
  await em.persist(brand).flush();
  return brand;
}

export interface Person {
  user: User;
  email: string;
  viewer: Extract<Viewer, { kind: 'user' }>;
}

/** A person with a password (`PASSWORD`) holding `roles` in each given brand. */
export async function makePerson(
  service: RunningService,
  memberships: { brandId: string; roles: Role[] }[] = [],
): Promise<Person> {
  const em = service.orm.em.fork();
  const handle = `p${unique()}`;
  const email = `${handle}@example.test`;
  passwordHash ??= hashPassword(PASSWORD);
  const user = em.create(User, { email, handle, fullName: `Full ${handle}`, passwordHash: await passwordHash });
  await em.persist(user).flush();
  for (const m of memberships) em.create(Membership, { userId: user.id, brandId: m.brandId, roles: m.roles });
  await em.flush();
  return { user, email, viewer: { kind: 'user', userId: user.id, sessionId: randomUUID(), memberships } };
}

export async function call<T = Record<string, unknown>>(
  service: RunningService,
  viewer: Viewer,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  return graphql<T>(service.url, query, variables, await asViewer(viewer));
}

export const anonymous = (ip?: string): Viewer => (ip ? { ...ANONYMOUS, ip } : ANONYMOUS);

export const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.code;
