// Clients as a user of the platform has them: GraphQL over HTTP and graphql-ws through the gateway.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { inject } from 'vitest';
import { graphql, type GraphQLResponse } from '@peerdesk/runtime/testing/client';
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';

export const gatewayUrl = () => inject('gatewayUrl');

/** A unique word for test titles: letters only, because long digit runs look like card numbers and get redacted. */
export const uniqueWord = () => Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

export function query<T = Record<string, unknown>>(
  text: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  return graphql<T>(gatewayUrl(), text, variables, token ? { authorization: `Bearer ${token}` } : {});
}

/** Signs in a demo account through the gateway and returns its access token. */
export async function signIn(email: string, password = DEMO_PASSWORD): Promise<string> {
  const result = await query<{ signIn: { accessToken: string } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  if (!result.data) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result.errors)}`);
  return result.data.signIn.accessToken;
}

export function wsClient(token?: string): Client {
  return createClient({
    url: gatewayUrl().replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
  });
}

/** Subscribes and collects events until `until` holds or the timeout passes. */
export function collect<T>(client: Client, text: string, variables: Record<string, unknown>) {
  const events: T[] = [];
  const errors: unknown[] = [];
  let notify: (() => void) | undefined;
  const dispose = client.subscribe<T>(
    { query: text, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(value.errors);
        if (value.data) events.push(value.data as T);
        notify?.();
      },
      error: (error) => errors.push(error),
      complete: () => {},
    },
  );
  const waitFor = async (predicate: (events: T[]) => boolean, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(events)) {
      if (errors.length) throw new Error(`subscription error: ${JSON.stringify(errors)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; received ${JSON.stringify(events)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        notify = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return events;
  };
  return { events, errors, waitFor, dispose };
}
