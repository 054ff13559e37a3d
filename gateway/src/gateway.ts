// The Peerdesk gateway: the Hive Gateway runtime serving the supergraph over HTTP and graphql-ws at /graphql,
// with subscriptions federated to the subgraphs over graphql-ws and the viewer forwarded on every hop.
import { createServer, type IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime, getGraphQLWSOptions } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import wsTransport from '@graphql-mesh/transport-ws';
import type { ServiceName } from '@peerdesk/runtime/config';
import { VIEWER_HEADER } from '@peerdesk/runtime/viewer';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { authenticate, useAuthentication, type ViewerContext } from './authentication.plugin.ts';
import { SUBGRAPHS } from './subgraphs.ts';

const SUPERGRAPH_PATH = new URL('../supergraph.graphql', import.meta.url);

/** The committed supergraph, routed to the given subgraph URLs instead of composition's placeholders. */
export function loadSupergraph(serviceUrls: Record<ServiceName, string>): string {
  let sdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
  for (const { name } of SUBGRAPHS) sdl = sdl.replaceAll(`http://${name}.peerdesk.internal/graphql`, serviceUrls[name]);
  return sdl;
}

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

const forwardedViewer: [string, string][] = [[VIEWER_HEADER, '{context.peerdeskViewer}']];

export async function startGateway(options: {
  serviceUrls: Record<ServiceName, string>;
  port: number;
  host?: string;
}): Promise<RunningGateway> {
  const runtime = createGatewayRuntime<ViewerContext>({
    supergraph: loadSupergraph(options.serviceUrls),
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
    plugins: () => [useAuthentication()],
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
    request: new runtime.fetchAPI.Request(`http://${ctx.extra.request.headers.host ?? 'gateway'}${ctx.extra.request.url ?? '/graphql'}`, {
      headers: Object.entries(ctx.extra.request.headers).flatMap(([key, value]) =>
        value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => [key, v] as [string, string]),
      ),
    }),
  }));
  const wsServer = useServer(
    {
      ...wsOptions,
      // Authenticate at connection time: a bad token closes the socket instead of failing every operation.
      onConnect: async (ctx) => {
        try {
          await authenticate(ctx.connectionParams?.authorization);
          return true;
        } catch {
          return false;
        }
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
      await wsServer.dispose();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}
