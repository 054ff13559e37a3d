// The Peerdesk gateway: the Hive Gateway runtime serving the supergraph over HTTP and graphql-ws at /graphql,
// with subscriptions federated to the subgraphs over graphql-ws and the viewer forwarded on every hop.
import { createServer, type IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime, getGraphQLWSOptions } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult } from 'graphql';
import httpTransport from '@graphql-mesh/transport-http';
import wsTransport from '@graphql-mesh/transport-ws';
import { config, type ServiceName } from '@peerdesk/runtime/config';
import { logger } from '@peerdesk/runtime/logger';
import { connectPubSub, type PubSub } from '@peerdesk/runtime/pubsub';
import { VIEWER_HEADER, type Viewer } from '@peerdesk/runtime/viewer';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { ApiKeyVerifier, KeyRateLimiter } from './api-keys.ts';
import {
  Authenticator,
  credentialsOf,
  useAuthentication,
  type RequestContext,
  type ViewerContext,
} from './authentication.plugin.ts';
import { IdentityClient } from './identity-client.ts';
import { followRevocations, RevocationList } from './revocations.ts';
import { SUBGRAPHS } from './subgraphs.ts';
import { isSubscription, SharedStreams, viewerKey } from './shared-subscriptions.ts';
import { SocketRegistry } from './sockets.ts';

const SUPERGRAPH_PATH = new URL('../supergraph.graphql', import.meta.url);

/** The committed supergraph, routed to the given subgraph URLs instead of composition's placeholders. */
export function loadSupergraph(serviceUrls: Record<ServiceName, string>, supergraph?: string): string {
  let sdl = supergraph ?? readFileSync(SUPERGRAPH_PATH, 'utf8');
  for (const { name } of SUBGRAPHS) sdl = sdl.replaceAll(`http://${name}.peerdesk.internal/graphql`, serviceUrls[name]);
  return sdl;
}

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

interface SubscribeParams {
  query?: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

const forwardedViewer: [string, string][] = [[VIEWER_HEADER, '{context.peerdeskViewer}']];

export async function startGateway(options: {
  serviceUrls: Record<ServiceName, string>;
  port: number;
  host?: string;
  /** Where the revocation feed is published (defaults to the configured DATABASE_URL / REDIS_URL). */
  databaseUrl?: string;
  redisUrl?: string;
  /** A supergraph SDL to serve instead of the committed one (tests compose the current subgraph SDLs). */
  supergraph?: string;
}): Promise<RunningGateway> {
  const identity = new IdentityClient(options.serviceUrls.identity);
  const revocations = new RevocationList();
  const authenticator = new Authenticator(revocations, new ApiKeyVerifier(identity, revocations), new KeyRateLimiter());
  const databaseUrl = options.databaseUrl ?? config().databaseUrl;
  let pubsub: PubSub | undefined;
  if (databaseUrl) pubsub = await connectPubSub({ databaseUrl, redisUrl: options.redisUrl ?? config().redisUrl });
  else logger.warn('no DATABASE_URL: revocations reach this gateway only by polling identity');
  const following = followRevocations(revocations, pubsub, identity);
  await following.ready;
  const runtime = createGatewayRuntime<ViewerContext>({
    supergraph: loadSupergraph(options.serviceUrls, options.supergraph),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthcheck',
    landingPage: false,
    graphiql: false,
    logging: 'error',
    maskedErrors: false,
    transports: { http: httpTransport, ws: wsTransport },
    transportEntries: Object.fromEntries(
      SUBGRAPHS.map(({ name }) => [
        name,
        {
          headers: forwardedViewer,
          options: {
            subscriptions: {
              kind: 'ws',
              headers: forwardedViewer,
              // Upstream sockets are keyed by these values: viewers with the same signed token share one socket.
              options: { lazyCloseTimeout: 0, connectionParams: { [VIEWER_HEADER]: '{context.peerdeskViewer}' } },
            },
          },
        },
      ]),
    ),
    plugins: () => [useAuthentication(authenticator)],
  });
  // The supergraph loads lazily on the first HTTP request; a first graphql-ws subscription would find no schema.
  await runtime.getSchema();

  const server = createServer((request, response) => {
    void runtime(request, response);
  });
  const sockets = new WebSocketServer({ server, path: '/graphql' });
  const wsOptions = getGraphQLWSOptions<ViewerContext, { request: IncomingMessage; socket: unknown }>(runtime, (ctx) => ({
    req: ctx.extra.request,
    socket: ctx.extra.socket,
    request: new runtime.fetchAPI.Request(
      `http://${ctx.extra.request.headers.host ?? 'gateway'}${ctx.extra.request.url ?? '/graphql'}`,
      {
        headers: Object.entries(ctx.extra.request.headers).flatMap(([key, value]) =>
          value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => [key, v] as [string, string]),
        ),
      },
    ),
  }));
  // Sockets by session and API key, so a revocation closes the subscriptions it authorised.
  const live = new SocketRegistry();
  revocations.onRevoked((revoked) => live.close([...revoked.sessionIds, ...revoked.apiKeyIds]));
  // Identical subscriptions of the same viewer share one execution: each event is resolved once (entity fields from
  // other subgraphs included) and sent to every client that asked for it.
  const shared = new SharedStreams<ExecutionResult>();
  const subscribeAlone = wsOptions.subscribe!;
  const wsServer = useServer(
    {
      ...wsOptions,
      subscribe: async (args) => {
        const context = args.contextValue as RequestContext & { params: SubscribeParams };
        const { query, operationName, variables } = context.params;
        if (!query || !isSubscription(query, operationName)) return subscribeAlone(args);
        try {
          // Every subscriber is authenticated as if it ran alone; the one that starts the stream is charged to a
          // partner key's budget by the authentication plugin, the ones that join it here.
          const credentials = credentialsOf(context);
          const viewer = await authenticator.viewerFor(credentials, false);
          const key = [viewerKey(viewer), operationName ?? '', query, JSON.stringify(variables ?? {})].join('\n');
          if (shared.has(key)) await authenticator.viewerFor(credentials, true);
          return await shared.join(key, () => subscribeAlone(args));
        } catch {
          return subscribeAlone(args); // answers with the authentication or rate-limit error
        }
      },
      // Authenticate at connection time: a bad or revoked credential closes the socket instead of failing every operation.
      onConnect: async (ctx) => {
        const request = ctx.extra.request;
        const forwardedFor = request.headers['x-forwarded-for'];
        let viewer: Viewer;
        try {
          viewer = await authenticator.viewerFor(
            credentialsOf({
              connectionParams: ctx.connectionParams,
              request: new Request('http://gateway/graphql', {
                headers: typeof forwardedFor === 'string' ? { 'x-forwarded-for': forwardedFor } : {},
              }),
              req: request,
            }),
            false,
          );
        } catch {
          return false;
        }
        const owner = viewer.kind === 'user' ? viewer.sessionId : viewer.kind === 'partner' ? viewer.keyId : undefined;
        if (owner) live.track(owner, ctx.extra.socket as WebSocket);
        return true;
      },
    },
    sockets,
  );

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port, host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}/graphql`,
    close: async () => {
      await following.stop();
      await pubsub?.close();
      await wsServer.dispose();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}
