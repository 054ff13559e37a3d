// Authenticates every operation (HTTP and graphql-ws) and puts the signed viewer on the context, from where the
// transport forwards it to subgraphs. Tokens are cached briefly so identical viewers share upstream sockets.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { verifyAccessToken } from '@peerdesk/runtime/access-token';
import { DomainError, toGraphQLError } from '@peerdesk/runtime/errors';
import { ANONYMOUS, signViewer, type Viewer } from '@peerdesk/runtime/viewer';

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

/** Resolves the `authorization` value of a request or graphql-ws connection to a viewer. */
export async function authenticate(authorization: unknown): Promise<Viewer> {
  if (authorization === undefined || authorization === null || authorization === '') return ANONYMOUS;
  if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) {
    throw new DomainError('UNAUTHENTICATED', 'Use "Authorization: Bearer <access token>".');
  }
  const claims = await verifyAccessToken(authorization.slice('Bearer '.length).trim());
  return { kind: 'user', userId: claims.userId, sessionId: claims.sessionId, memberships: claims.memberships };
}

export function useAuthentication(): GatewayPlugin<ViewerContext> {
  return {
    async onContextBuilding({ context, extendContext }) {
      const ctx = context as { connectionParams?: Record<string, unknown>; request?: Request };
      const authorization = ctx.connectionParams?.authorization ?? ctx.request?.headers.get('authorization') ?? undefined;
      try {
        const viewer = await authenticate(authorization);
        extendContext({ viewer, peerdeskViewer: await signedViewer(viewer) });
      } catch (error) {
        throw error instanceof DomainError ? toGraphQLError(error) : error;
      }
    },
  };
}
