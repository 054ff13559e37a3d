// The comparison gateway: the same supergraph behind @apollo/server 5 + @apollo/gateway 2.14, authenticating the
// caller and forwarding the signed viewer with the very functions the Peerdesk gateway's plugin uses.
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { ServiceName } from '@peerdesk/runtime/config';
import { VIEWER_HEADER } from '@peerdesk/runtime/viewer';
import { authenticate, signedViewer } from '../gateway/src/authentication.plugin.ts';
import { loadSupergraph } from '../gateway/src/gateway.ts';

interface ApolloContext {
  viewerToken?: string;
}

export interface RunningApolloGateway {
  url: string;
  stop(): Promise<void>;
}

export async function startApolloGateway(options: { serviceUrls: Record<ServiceName, string>; port: number }): Promise<RunningApolloGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl: loadSupergraph(options.serviceUrls),
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<ApolloContext>({
        url,
        willSendRequest({ request, context }) {
          const token = (context as ApolloContext).viewerToken;
          if (token) request.http?.headers.set(VIEWER_HEADER, token);
        },
      }),
  });
  const server = new ApolloServer<ApolloContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: '127.0.0.1' },
    // Same work per request as the Hive plugin: verify the bearer token, reuse the cached signed viewer.
    context: async ({ req }) => ({ viewerToken: await signedViewer(await authenticate(req.headers.authorization)) }),
  });
  return { url, stop: () => server.stop() };
}
