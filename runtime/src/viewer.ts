// Who is asking: the gateway authenticates the caller and forwards a signed viewer that every subgraph verifies.
import { SignJWT, jwtVerify } from 'jose';
import { config } from './config.ts';
import { forbidden, unauthenticated } from './errors.ts';

export type Role = 'customer' | 'expert' | 'agent' | 'admin';
export const ROLES: readonly Role[] = ['customer', 'expert', 'agent', 'admin'];

export interface Membership {
  brandId: string;
  roles: Role[];
}

/** What a partner API key may do (`Viewer.scopes` of a partner holds these values). */
export const SCOPES = ['read:community', 'write:questions', 'read:analytics', 'read:personal-data'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * `ip` is the caller's address as the gateway saw it (login rate limiting). `gateway` is the gateway itself calling
 * identity's internal fields (revocation feed, API key verification); no end user ever gets it.
 */
export type Viewer = (
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; sessionId: string; memberships: Membership[] }
  /** `actorId`: the admin who created the key; what the key writes (a question) is theirs. */
  | { kind: 'partner'; keyId: string; brandId: string; scopes: string[]; actorId?: string }
  | { kind: 'gateway' }
) & { ip?: string };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/** The header the gateway sets on every subgraph request (and graphql-ws connection parameter). */
export const VIEWER_HEADER = 'x-peerdesk-viewer';

const ISSUER = 'peerdesk-gateway';
const secretKey = () => new TextEncoder().encode(config().internalSecret);

export async function signViewer(viewer: Viewer): Promise<string> {
  return new SignJWT({ viewer })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(secretKey());
}

/** Verifies a forwarded viewer; anything else (missing, forged, expired) is UNAUTHENTICATED. */
export async function verifyViewer(token: string | undefined | null): Promise<Viewer> {
  if (!token) throw unauthenticated('Requests must come through the Peerdesk gateway.');
  try {
    const { payload } = await jwtVerify(token, secretKey(), { issuer: ISSUER, algorithms: ['HS256'] });
    return payload.viewer as Viewer;
  } catch {
    throw unauthenticated('The forwarded identity is invalid or expired.');
  }
}

export function rolesIn(viewer: Viewer, brandId: string): Role[] {
  if (viewer.kind !== 'user') return [];
  return viewer.memberships.find((m) => m.brandId === brandId)?.roles ?? [];
}

/** A signed-in person; a partner key (or the gateway) is authenticated but is nobody, hence FORBIDDEN. */
export function requireUser(viewer: Viewer): Extract<Viewer, { kind: 'user' }> {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (viewer.kind !== 'user') throw forbidden('Sign in as a person: an API key cannot do this.');
  return viewer;
}

/** The signed-in user must hold one of `roles` in the brand. */
export function requireRole(viewer: Viewer, brandId: string, roles: readonly Role[]): Extract<Viewer, { kind: 'user' }> {
  const user = requireUser(viewer);
  if (!rolesIn(user, brandId).some((role) => roles.includes(role))) throw forbidden();
  return user;
}

/** A partner key acts only in its own brand and only within its scopes. */
export function requireScope(viewer: Extract<Viewer, { kind: 'partner' }>, brandId: string, scope: Scope): void {
  if (viewer.brandId !== brandId) throw forbidden('This API key belongs to another brand.');
  if (!viewer.scopes.includes(scope)) throw forbidden(`This API key lacks the ${scope} scope.`);
}

/** Reading a brand's community is public for people, signed in or not; partner keys need `read:community` there. */
export function requireCommunityRead(viewer: Viewer, brandId: string): void {
  if (viewer.kind === 'partner') requireScope(viewer, brandId, 'read:community');
}

/** A person holding one of `roles` in the brand, or a partner key of the brand holding `scope`. */
export function requireRoleOrScope(viewer: Viewer, brandId: string, roles: readonly Role[], scope: Scope): void {
  if (viewer.kind === 'partner') requireScope(viewer, brandId, scope);
  else requireRole(viewer, brandId, roles);
}

/** A partner key of this brand holding `scope`. */
export function hasScope(viewer: Viewer, brandId: string, scope: Scope): boolean {
  return viewer.kind === 'partner' && viewer.brandId === brandId && viewer.scopes.includes(scope);
}
