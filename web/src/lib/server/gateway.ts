// Server-side GraphQL calls to the gateway over HTTP, forwarding the signed-in user's token.
import { GATEWAY_URL } from '$app/env/private';
import { error, type RequestEvent } from '@sveltejs/kit';
import { Client, fetchExchange, type AnyVariables, type DocumentInput } from '@urql/core';

const TIMEOUT_MS = 8000;

/** A gateway failure with the GraphQL `extensions.code` (UNAVAILABLE when the gateway was not reached). */
export class GatewayError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** BAD_USER_INPUT: the problems per input field (`extensions.fields`), keyed by the field's last path segment. */
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

/**
 * `extensions.fields` as the runtime's validation sends it: `[{ field: 'input.title', problems: ['…'] }]`, or the single
 * `extensions.field` a service's own BAD_USER_INPUT names (`{ field: 'amountMinor' }`, the message as its problem).
 */
export function fieldProblems(extensions: Record<string, unknown> | undefined, message = ''): Record<string, string[]> {
  const raw = extensions?.fields;
  if (typeof extensions?.field === 'string') return { [extensions.field.split('.').pop() ?? extensions.field]: [message] };
  if (!Array.isArray(raw)) return {};
  const out: Record<string, string[]> = {};
  for (const entry of raw as { field?: unknown; problems?: unknown }[]) {
    if (typeof entry?.field !== 'string' || !Array.isArray(entry.problems)) continue;
    const name = entry.field.split('.').pop() ?? entry.field;
    out[name] = [...(out[name] ?? []), ...entry.problems.filter((p): p is string => typeof p === 'string')];
  }
  return out;
}

function clientFor(event: Pick<RequestEvent, 'fetch' | 'locals'>): Client {
  const headers: Record<string, string> = {};
  const token = event.locals.session?.accessToken;
  if (token) headers.authorization = `Bearer ${token}`;
  return new Client({
    url: GATEWAY_URL,
    exchanges: [fetchExchange],
    fetch: event.fetch,
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: () => ({ headers, signal: AbortSignal.timeout(TIMEOUT_MS) }),
  });
}

async function run<Data, Variables extends AnyVariables>(
  event: Pick<RequestEvent, 'fetch' | 'locals'>,
  kind: 'query' | 'mutation',
  document: DocumentInput<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const client = clientFor(event);
  const result = await (kind === 'query' ? client.query(document, variables) : client.mutation(document, variables)).toPromise();
  if (result.error) {
    if (result.error.networkError || result.error.graphQLErrors.length === 0) {
      throw new GatewayError('UNAVAILABLE', result.error.networkError?.message ?? result.error.message);
    }
    const first = result.error.graphQLErrors[0];
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    throw new GatewayError(code, first.message, fieldProblems(first.extensions, first.message));
  }
  if (!result.data) throw new GatewayError('UNAVAILABLE', 'The gateway answered without data.');
  return result.data;
}

export const gatewayQuery = <Data, Variables extends AnyVariables>(
  event: Pick<RequestEvent, 'fetch' | 'locals'>,
  document: DocumentInput<Data, Variables>,
  variables: Variables,
) => run(event, 'query', document, variables);

export const gatewayMutation = <Data, Variables extends AnyVariables>(
  event: Pick<RequestEvent, 'fetch' | 'locals'>,
  document: DocumentInput<Data, Variables>,
  variables: Variables,
) => run(event, 'mutation', document, variables);

const STATUS: Record<string, number> = {
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** Turns a failed gateway call into the page's error state (404, 503, …). */
export function failPage(cause: unknown): never {
  if (cause instanceof GatewayError) {
    error(STATUS[cause.code] ?? 502, { message: cause.message, code: cause.code });
  }
  throw cause;
}

/** A section of a page that may fail on its own without taking the page down. */
export type Section<T> = { ok: true; data: T } | { ok: false; code: string };

export async function section<T>(work: Promise<T>): Promise<Section<T>> {
  try {
    return { ok: true, data: await work };
  } catch (cause) {
    if (cause instanceof GatewayError) return { ok: false, code: cause.code };
    throw cause;
  }
}
