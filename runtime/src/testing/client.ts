// A minimal GraphQL-over-HTTP client for tests and scripts.
import { VIEWER_HEADER, signViewer, type Viewer } from '../viewer.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Calls a subgraph directly as the gateway would, with a signed viewer. */
export async function asViewer(viewer: Viewer): Promise<Record<string, string>> {
  return { [VIEWER_HEADER]: await signViewer(viewer) };
}
