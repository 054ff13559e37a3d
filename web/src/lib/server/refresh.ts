// Fresh tokens after the person's roles changed (joining a brand, accepting an invitation): the access token carries
// roles as of its issue.
import type { RequestEvent } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/gql.ts';
import { GatewayError, gatewayMutation } from './gateway.ts';
import { readRefreshToken, writeSession } from './session.ts';

const RefreshSessionMutation = graphql(`
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      accessToken
      refreshToken
      user {
        id
        handle
      }
    }
  }
`);

/** Exchanges the refresh cookie for new tokens and stores them; false when that is not possible. */
export async function refreshSession(event: RequestEvent): Promise<boolean> {
  const refreshToken = readRefreshToken(event.cookies);
  if (!refreshToken) return false;
  try {
    const { refreshSession: tokens } = await gatewayMutation(event, RefreshSessionMutation, { input: { refreshToken } });
    event.locals.session = writeSession(event.cookies, event.url.protocol === 'https:', tokens);
    return true;
  } catch (cause) {
    if (cause instanceof GatewayError) return false;
    throw cause;
  }
}
