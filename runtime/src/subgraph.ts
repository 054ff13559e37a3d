// Turns a type-graphql code-first schema into an Apollo Federation 2 subgraph and serves it over HTTP and
// graphql-ws at /graphql, with the forwarded viewer verified on every request and connection.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import DataLoader from 'dataloader';
import { parse, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { WebSocketServer } from 'ws';
import type { EntityManager, Orm } from './database.ts';
import { DomainError, formatError, toGraphQLError } from './errors.ts';
import { logger } from './logger.ts';
import type { PubSub } from './pubsub.ts';
import { VIEWER_HEADER, verifyViewer, type Viewer } from './viewer.ts';

export interface ServiceContext {
  viewer: Viewer;
  /** A fresh EntityManager for this request (or, for subscriptions, this event: fork it again per event). */
  em: EntityManager;
  orm: Orm;
  pubsub: PubSub;
  requestId: string;
  loaders: Map<string, DataLoader<string, unknown>>;
}

/** Loads entities for `__resolveReference` in one batch: returns one result (or null) per id, in order. */
export type ReferenceLoader = (ids: readonly string[], context: ServiceContext) => Promise<(unknown | null)[]>;

export interface SubgraphDefinition {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** Batched reference resolvers for the entities this subgraph can resolve, by type name. */
  references?: Record<string, ReferenceLoader>;
}

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@interfaceObject"])';

export function loaderFor<V>(context: ServiceContext, name: string, load: (ids: readonly string[]) => Promise<(V | null)[]>) {
  let loader = context.loaders.get(name) as DataLoader<string, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V | null>(load);
    context.loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}

export async function buildSubgraph(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  const codeFirst = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    validate: { forbidUnknownValues: false },
    skipCheck: true,
    // type-graphql insists on a PubSub when the schema has subscriptions; ours take `ctx.pubsub` in their own
    // `subscribe`, so this one must never be reached.
    pubSub: {
      publish: () => {
        throw new Error('Publish through ctx.pubsub');
      },
      subscribe: () => {
        throw new Error('Subscriptions must declare `subscribe` and read ctx.pubsub');
      },
    },
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(codeFirst)}`);
  const resolvers = createResolversMap(codeFirst) as Record<string, Record<string, unknown>>;
  for (const [typeName, load] of Object.entries(definition.references ?? {})) {
    resolvers[typeName] = {
      ...resolvers[typeName],
      __resolveReference: (reference: { id: string }, context: ServiceContext) =>
        loaderFor(context, `reference:${typeName}`, (ids) => load(ids, context)).load(reference.id),
    };
  }
  // @apollo/subgraph's resolver map type is narrower than type-graphql's; the shapes are compatible.
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
}

/** The SDL committed as `schema.graphql`, printed with federation directives. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export interface RunningSubgraph {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function serveSubgraph(options: {
  name: string;
  schema: GraphQLSchema;
  orm: Orm;
  pubsub: PubSub;
  port: number;
  host?: string;
}): Promise<RunningSubgraph> {
  const { schema, orm, pubsub, name } = options;
  const contextFor = (viewer: Viewer): ServiceContext => ({
    viewer,
    em: orm.em.fork(),
    orm,
    pubsub,
    requestId: randomUUID(),
    loaders: new Map(),
  });

  const apollo = new ApolloServer<ServiceContext>({
    schema,
    formatError,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://subgraph');
    if (url.pathname === '/health') {
      const database = await orm.em
        .getConnection()
        .execute('select 1')
        .then(() => 'ok')
        .catch(() => 'down');
      response.writeHead(database === 'ok' ? 200 : 503, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ service: name, status: database === 'ok' ? 'ok' : 'degraded', database }));
      return;
    }
    if (url.pathname !== '/graphql') {
      response.writeHead(404).end();
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const raw = request.method === 'POST' ? await readBody(request) : '';
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: 'Request body is not JSON.', extensions: { code: 'BAD_REQUEST' } }] }));
      return;
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => {
        try {
          return contextFor(await verifyViewer(headers.get(VIEWER_HEADER)));
        } catch (error) {
          throw error instanceof DomainError ? toGraphQLError(error) : error;
        }
      },
    });
    response.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) response.setHeader(key, value);
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error('request failed', { error: (error as Error).stack });
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const sockets = new WebSocketServer({ server, path: '/graphql' });
  useServer<Record<string, unknown>, { request: IncomingMessage; viewer?: Viewer }>(
    {
      schema,
      onConnect: async (ctx) => {
        const fromParams = ctx.connectionParams?.[VIEWER_HEADER];
        const fromHeader = ctx.extra.request.headers[VIEWER_HEADER];
        try {
          ctx.extra.viewer = await verifyViewer(typeof fromParams === 'string' ? fromParams : (fromHeader as string | undefined));
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => contextFor(ctx.extra.viewer ?? { kind: 'anonymous' }),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
    },
    sockets,
  );

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port, host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    url: `http://${host}:${port}/graphql`,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await apollo.stop();
    },
  };
}

