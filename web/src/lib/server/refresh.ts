// Fresh tokens after the person's roles changed (joining a brand): the access token carries roles as of its issue.
import type { RequestEvent } from '@sveltejs/kit';
import { GatewayError, gatewayMutation } from './gateway.ts';
import { readRefreshToken, writeSession, type AuthTokens } from './session.ts';

/**
 * TODO(identity): move this into a `graphql()` document once `refreshSession` is in the composed supergraph
 * (identity's schema.graphql has it; gateway/supergraph.graphql does not yet). Until then it is a plain string that
 * codegen does not validate, and a gateway that does not know the field answers GRAPHQL_VALIDATION_FAILED.
 */
const REFRESH_SESSION =
  'mutation RefreshSession($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken user { id handle } } }';

/** Exchanges the refresh cookie for new tokens and stores them; false when that is not possible. */
export async function refreshSession(event: RequestEvent): Promise<boolean> {
  const refreshToken = readRefreshToken(event.cookies);
  if (!refreshToken) return false;
  try {
    const data = await gatewayMutation<{ refreshSession: AuthTokens }, { input: { refreshToken: string } }>(
      event,
      REFRESH_SESSION,
      { input: { refreshToken } },
    );
    event.locals.session = writeSession(event.cookies, event.url.protocol === 'https:', data.refreshSession);
    return true;
  } catch (cause) {
    if (cause instanceof GatewayError) return false;
    throw cause;
  }
}
