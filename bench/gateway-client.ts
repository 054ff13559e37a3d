// What the benchmarks ask the gateway over HTTP: an operation that must succeed, and a demo account's access token.
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';

/** Runs one operation; any GraphQL error fails the benchmark (a benchmark never counts a failed answer as a fast one). */
export async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: T; errors?: unknown[] };
  if (json.errors || !json.data) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(json.errors)}`);
  return json.data;
}

/** Signs a demo account in (every demo account shares DEMO_PASSWORD). */
export const signIn = async (url: string, email: string): Promise<string> =>
  (
    await gql<{ signIn: { accessToken: string } }>(
      url,
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      {
        input: { email, password: DEMO_PASSWORD },
      },
    )
  ).signIn.accessToken;
