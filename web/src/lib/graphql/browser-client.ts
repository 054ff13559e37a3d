// The browser's urql client: HTTP through fetchExchange, subscriptions over one lazy graphql-ws
// connection that retries forever with capped, jittered backoff and reports its state to liveConnection.
import { PUBLIC_GATEWAY_URL } from '$app/env/public';
import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { liveConnection } from './connection.svelte.ts';

const MAX_BACKOFF_MS = 30_000;

let current: { token: string | null; client: Client; ws: WsClient } | undefined;

export function websocketUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

function backoff(retries: number): Promise<void> {
  const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(retries, 5));
  const wait = base / 2 + Math.random() * (base / 2);
  return new Promise((resolve) => setTimeout(resolve, wait));
}

function createWs(token: string | null): WsClient {
  let everConnected = false;
  return createWsClient({
    url: websocketUrl(PUBLIC_GATEWAY_URL),
    lazy: true,
    lazyCloseTimeout: 3000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: backoff,
    connectionParams: () => (token ? { authorization: `Bearer ${token}` } : {}),
    on: {
      connecting: (isRetry) => {
        liveConnection.status = isRetry || everConnected ? 'reconnecting' : 'connecting';
      },
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry || everConnected) liveConnection.reconnections += 1;
        everConnected = true;
        liveConnection.status = 'connected';
      },
      closed: () => {
        liveConnection.status = liveConnection.active > 0 ? 'reconnecting' : 'idle';
      },
    },
  });
}

/** The client for the current viewer; a new token (sign-in, sign-out) opens a new connection. */
export function browserClient(token: string | null): Client {
  if (current && current.token === token) return current.client;
  void current?.ws.dispose();
  const ws = createWs(token);
  const client = new Client({
    url: PUBLIC_GATEWAY_URL,
    fetchOptions: () => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              liveConnection.active += 1;
              const dispose = ws.subscribe(input, sink);
              return {
                unsubscribe() {
                  liveConnection.active -= 1;
                  dispose();
                },
              };
            },
          };
        },
      }),
    ],
  });
  current = { token, client, ws };
  return client;
}
