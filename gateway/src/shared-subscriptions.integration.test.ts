// The gateway's graphql-ws subgraph transport against a real graphql-ws server that counts its live subscriptions:
// identical subscriptions of one viewer share one upstream subscription, other viewers or variables get their own,
// events and completion reach every sharer, and the last one to leave ends the upstream subscription.
import { EventEmitter, on } from 'node:events';
import { createServer, type Server } from 'node:http';
import { createLoggerFromLogging } from '@graphql-hive/gateway-runtime';
import { VIEWER_HEADER, type Viewer } from '@peerdesk/runtime/viewer';
import {
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  OperationTypeNode,
  parse,
  type ExecutionResult,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { sharedWsTransport } from './shared-subscriptions.ts';

const ticks = new EventEmitter();
/** Live upstream subscriptions, as the subgraph sees them: channel and the viewer its socket connected as. */
const live = new Set<{ channel: string; viewer: string }>();

const Tick = new GraphQLObjectType({
  name: 'Tick',
  fields: { n: { type: new GraphQLNonNull(GraphQLInt) }, viewer: { type: new GraphQLNonNull(GraphQLString) } },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt, resolve: () => 1 } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      ticks: {
        type: new GraphQLNonNull(Tick),
        args: { channel: { type: new GraphQLNonNull(GraphQLString) } },
        subscribe: (_root, { channel }: { channel: string }, context: { viewer: string }) => {
          const entry = { channel, viewer: context.viewer };
          live.add(entry);
          const events = on(ticks, channel);
          return {
            [Symbol.asyncIterator]() {
              return this;
            },
            next: async () => {
              const { value, done } = await events.next();
              const n = (value as number[] | undefined)?.[0];
              // A negative tick ends the subscription from the subgraph's side.
              if (done || n === undefined || n < 0) {
                live.delete(entry);
                return { value: undefined, done: true as const };
              }
              return { value: { ticks: { n, viewer: entry.viewer } }, done: false as const };
            },
            return: async () => {
              live.delete(entry);
              await events.return?.();
              return { value: undefined, done: true as const };
            },
          };
        },
      },
    },
  }),
});

let server: Server;
let executor: ReturnType<typeof sharedWsTransport.getSubgraphExecutor>;

beforeAll(async () => {
  server = createServer();
  useServer<Record<string, unknown>>(
    { schema, context: (ctx) => ({ viewer: String(ctx.connectionParams?.[VIEWER_HEADER]) }) },
    new WebSocketServer({ server, path: '/graphql' }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  executor = sharedWsTransport.getSubgraphExecutor({
    subgraphName: 'ticks',
    transportEntry: {
      kind: 'ws',
      subgraph: 'ticks',
      location: `http://127.0.0.1:${port}/graphql`,
      headers: [[VIEWER_HEADER, '{context.peerdeskViewer}']],
      options: { lazyCloseTimeout: 0, connectionParams: { [VIEWER_HEADER]: '{context.peerdeskViewer}' } },
    },
    log: createLoggerFromLogging(false),
  } as unknown as Parameters<typeof sharedWsTransport.getSubgraphExecutor>[0]);
});
afterAll(async () => {
  await (executor as unknown as AsyncDisposable)[Symbol.asyncDispose]?.();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const TICKS = parse('subscription ($channel: String!) { ticks(channel: $channel) { n viewer } }');
const alice: Viewer = { kind: 'user', userId: 'u-alice', sessionId: 's-alice', memberships: [], ip: '10.0.0.1' };
const bob: Viewer = { kind: 'user', userId: 'u-bob', sessionId: 's-bob', memberships: [] };

type Tick = { ticks: { n: number; viewer: string } };

/** Subscribes through the shared transport as `viewer` (forwarded as `token`); collects what arrives. */
async function subscribe(viewer: Viewer, token: string, channel: string) {
  const result = await executor({
    document: TICKS,
    variables: { channel },
    operationType: OperationTypeNode.SUBSCRIPTION,
    context: { viewer, peerdeskViewer: token },
  });
  const iterator = (result as AsyncIterable<ExecutionResult<Tick>>)[Symbol.asyncIterator]();
  const received: Tick['ticks'][] = [];
  const ended = (async () => {
    for (;;) {
      const { value, done } = await iterator.next();
      if (done) return;
      received.push(value.data!.ticks);
    }
  })();
  return { received, ended, leave: () => iterator.return?.() };
}

const waitFor = async (check: () => boolean) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > 5000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
const liveOn = (channel: string) => [...live].filter((entry) => entry.channel === channel);

describe('shared graphql-ws subgraph subscriptions', () => {
  it('share one upstream subscription only among identical ones of the same viewer, until the last leaves', async () => {
    // Alice twice (her second connection from another address and with a newer signature of the same viewer), Bob
    // with the same document and variables, Alice once more on another channel.
    const alice1 = await subscribe(alice, 'alice-token-1', 'leaderboard');
    const alice2 = await subscribe({ ...alice, ip: '10.0.0.2' }, 'alice-token-2', 'leaderboard');
    const bob1 = await subscribe(bob, 'bob-token', 'leaderboard');
    const aliceOther = await subscribe(alice, 'alice-token-1', 'other');
    await waitFor(() => live.size === 3);
    expect(liveOn('leaderboard').map((entry) => entry.viewer).sort()).toEqual(['alice-token-1', 'bob-token']);
    expect(liveOn('other').map((entry) => entry.viewer)).toEqual(['alice-token-1']);

    ticks.emit('leaderboard', 1);
    await waitFor(() => alice1.received.length === 1 && alice2.received.length === 1 && bob1.received.length === 1);
    // Each viewer's events were produced for that viewer: nothing of Bob's reaches Alice or the other way round.
    expect(alice1.received).toEqual([{ n: 1, viewer: 'alice-token-1' }]);
    expect(alice2.received).toEqual([{ n: 1, viewer: 'alice-token-1' }]);
    expect(bob1.received).toEqual([{ n: 1, viewer: 'bob-token' }]);
    expect(aliceOther.received).toEqual([]);

    // One of Alice's two leaves: her upstream subscription stays for the other, who still gets events.
    await alice1.leave();
    await alice1.ended;
    ticks.emit('leaderboard', 2);
    await waitFor(() => alice2.received.length === 2 && bob1.received.length === 2);
    expect(alice1.received).toHaveLength(1);
    expect(liveOn('leaderboard')).toHaveLength(2);

    // The last of Alice's leaves: her upstream subscription ends; Bob's and the other channel's stay.
    await alice2.leave();
    await waitFor(() => liveOn('leaderboard').length === 1);
    expect(liveOn('leaderboard')[0]!.viewer).toBe('bob-token');
    expect(liveOn('other')).toHaveLength(1);

    // A newcomer after everyone of a key left starts a new upstream subscription.
    const alice3 = await subscribe(alice, 'alice-token-3', 'leaderboard');
    await waitFor(() => liveOn('leaderboard').length === 2);
    for (const subscription of [alice3, bob1, aliceOther]) await subscription.leave();
    await waitFor(() => live.size === 0);
  });

  it('ends every sharer when the upstream subscription completes', async () => {
    const first = await subscribe(bob, 'bob-token', 'closing');
    const second = await subscribe(bob, 'bob-token', 'closing');
    await waitFor(() => liveOn('closing').length === 1);
    ticks.emit('closing', 7);
    // The subgraph completes the subscription: both sharers get the last event and then the end.
    ticks.emit('closing', -1);
    await Promise.all([first.ended, second.ended]);
    expect(first.received).toEqual([{ n: 7, viewer: 'bob-token' }]);
    expect(second.received).toEqual([{ n: 7, viewer: 'bob-token' }]);
    expect(liveOn('closing')).toHaveLength(0);
  });
});
