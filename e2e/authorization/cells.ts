// Running one cell of the matrix and saying what came of it, in the matrix's vocabulary.
import type { Client } from 'graphql-ws';
import type { GraphQLResponse } from '@peerdesk/runtime/testing/client';
import { ERRORS, type Expectation, type Outcome } from './outcomes.ts';

/** What a call answered: an error code, nothing, data showing brand A's personal data, or other data. */
export type Observed = Outcome | 'data' | 'secret' | 'silent' | `unexpected ${string}`;

const isEmpty = (value: unknown): boolean =>
  value === null ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && Object.keys(value).length === 1 && isEmpty(Object.values(value)[0]));

export function observe(result: GraphQLResponse<Record<string, unknown>>, field: string, secrets: readonly string[]): Observed {
  const code = result.errors?.[0]?.extensions?.code;
  if (result.errors?.length) {
    if (code === 'GRAPHQL_VALIDATION_FAILED') return 'UNREACHABLE';
    return (ERRORS as readonly string[]).includes(code ?? '')
      ? (code as Outcome)
      : `unexpected ${code}: ${result.errors[0]!.message}`;
  }
  const value = result.data?.[field];
  if (value === undefined) return `unexpected no data`;
  if (isEmpty(value)) return 'empty';
  const text = JSON.stringify(value);
  return secrets.some((secret) => text.includes(secret)) ? 'secret' : 'data';
}

/** Whether an observation satisfies the expected outcome of a cell of `row`. */
export function satisfies(observed: Observed, expected: Outcome, row: Expectation): boolean {
  const rowHidesSomething = Object.values(row.cells).some((cell) => cell === 'redacted');
  switch (expected) {
    case 'ok':
      return observed === 'secret' || (!rowHidesSomething && (observed === 'data' || observed === 'silent'));
    case 'redacted':
    case 'public':
    case 'self':
      return observed === 'data' || observed === 'silent';
    case 'empty':
      return observed === 'empty' || observed === 'silent';
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'UNREACHABLE':
      return observed === expected;
  }
}

/**
 * Subscribes and watches for `windowMs` (after `trigger`, when given): an error, the first event, or silence.
 * Connection-time refusals (a closed socket) count as UNAUTHENTICATED.
 */
export function subscribeCell(
  client: Client,
  document: string,
  variables: Record<string, unknown>,
  field: string,
  secrets: readonly string[],
): { settled: Promise<Observed>; latest: () => Observed; dispose: () => void } {
  let resolve!: (observed: Observed) => void;
  let latest: Observed = 'silent';
  const settled = new Promise<Observed>((r) => (resolve = r));
  const dispose = client.subscribe<Record<string, unknown>>(
    { query: document, variables },
    {
      // Other activity in the brand may arrive first: an event showing personal data settles it, others are kept.
      next: (value) => {
        const seen = observe(value as GraphQLResponse<Record<string, unknown>>, field, secrets);
        if (seen === 'secret' || !['data', 'empty'].includes(seen)) resolve(seen);
        else if (latest === 'silent') latest = seen;
      },
      error: (error) => {
        if (Array.isArray(error)) resolve(observe({ errors: error as GraphQLResponse['errors'] }, field, secrets));
        else resolve('UNAUTHENTICATED');
      },
      complete: () => resolve(latest),
    },
  );
  return { settled, latest: () => latest, dispose };
}

/** Runs `tasks` with at most `limit` at a time. */
export async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await tasks[index]!();
      }
    }),
  );
  return results;
}
