// Authenticates every operation (HTTP and graphql-ws) and puts the signed viewer on the context, from where the
// transport forwards it to subgraphs. Users present a bearer JWT (refused once its session is revoked), partners an
// API key (`x-api-key` header or `apiKey` connection parameter). Signed viewers are cached briefly so identical
// viewers share upstream sockets.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { verifyAccessToken } from '@peerdesk/runtime/access-token';
import { DomainError, badInput, toGraphQLError, unauthenticated } from '@peerdesk/runtime/errors';
import { ANONYMOUS, signViewer, type Viewer } from '@peerdesk/runtime/viewer';
import type { ApiKeyVerifier, KeyRateLimiter } from './api-keys.ts';
import type { RevocationList } from './revocations.ts';

export interface ViewerContext {
  /** The signed viewer forwarded to subgraphs (`x-peerdesk-viewer`). */
  peerdeskViewer?: string;
  viewer?: Viewer;
}

const SIGNED_TTL_MS = 60_000;
const signed = new Map<string, { token: string; until: number }>();

/** Signs a viewer, reusing a recent signature for the same viewer (subgraph tokens live 5 minutes). */
export async function signedViewer(viewer: Viewer): Promise<string> {
  const key = JSON.stringify(viewer);
  const cached = signed.get(key);
  if (cached && cached.until > Date.now()) return cached.token;
  const token = await signViewer(viewer);
  if (signed.size > 10_000) signed.clear();
  signed.set(key, { token, until: Date.now() + SIGNED_TTL_MS });
  return token;
}

/** Resolves the `authorization` value of a request or graphql-ws connection to a viewer (signature and expiry only). */
export async function authenticate(authorization: unknown): Promise<Viewer> {
  if (authorization === undefined || authorization === null || authorization === '') return ANONYMOUS;
  if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) {
    throw new DomainError('UNAUTHENTICATED', 'Use "Authorization: Bearer <access token>".');
  }
  const claims = await verifyAccessToken(authorization.slice('Bearer '.length).trim());
  return { kind: 'user', userId: claims.userId, sessionId: claims.sessionId, memberships: claims.memberships };
}

export interface Credentials {
  authorization?: unknown;
  apiKey?: unknown;
  /** The client's address (login rate limiting in identity). */
  ip?: string;
}

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

export class Authenticator {
  constructor(
    private readonly revocations: RevocationList,
    private readonly apiKeys: ApiKeyVerifier,
    private readonly rateLimiter: KeyRateLimiter,
  ) {}

  /** The viewer for these credentials; `operation` spends one request of a partner key's per-minute budget. */
  async viewerFor(credentials: Credentials, operation: boolean): Promise<Viewer> {
    const ip = credentials.ip ? { ip: credentials.ip } : {};
    if (present(credentials.apiKey)) {
      if (present(credentials.authorization)) throw badInput('Send either a bearer token or an API key, not both.');
      if (typeof credentials.apiKey !== 'string') throw unauthenticated('The API key is invalid or revoked.');
      const grant = await this.apiKeys.verify(credentials.apiKey);
      if (operation) this.rateLimiter.take(grant);
      return { kind: 'partner', keyId: grant.keyId, brandId: grant.brandId, scopes: grant.scopes, actorId: grant.createdBy, ...ip };
    }
    const viewer = await authenticate(credentials.authorization);
    if (viewer.kind === 'user' && this.revocations.isSessionRevoked(viewer.sessionId)) {
      throw unauthenticated('This session was signed out; sign in again.');
    }
    return { ...viewer, ...ip };
  }
}

/** The first hop of `x-forwarded-for` (set by the proxy in front of the gateway), else the socket's peer address. */
export function clientIp(forwardedFor: string | null | undefined, socketAddress: string | undefined): string | undefined {
  const first = forwardedFor?.split(',')[0]?.trim();
  return first || socketAddress || undefined;
}

export interface RequestContext {
  connectionParams?: Record<string, unknown>;
  request?: Request;
  req?: { socket?: { remoteAddress?: string } };
}

export function credentialsOf(context: RequestContext): Credentials {
  const headers = context.request?.headers;
  return {
    authorization: context.connectionParams?.authorization ?? headers?.get('authorization') ?? undefined,
    apiKey: context.connectionParams?.apiKey ?? headers?.get('x-api-key') ?? undefined,
    ip: clientIp(headers?.get('x-forwarded-for'), context.req?.socket?.remoteAddress),
  };
}

export function useAuthentication(authenticator: Authenticator): GatewayPlugin<ViewerContext> {
  return {
    async onContextBuilding({ context, extendContext }) {
      try {
        const viewer = await authenticator.viewerFor(credentialsOf(context as RequestContext), true);
        extendContext({ viewer, peerdeskViewer: await signedViewer(viewer) });
      } catch (error) {
        throw error instanceof DomainError ? toGraphQLError(error) : error;
      }
    },
  };
}
