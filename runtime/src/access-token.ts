// Access tokens: short-lived JWTs issued by identity and verified by the gateway.
import { SignJWT, jwtVerify } from 'jose';
import { config } from './config.ts';
import { unauthenticated } from './errors.ts';
import type { Membership } from './viewer.ts';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

/**
 * Pub/sub topic on which identity announces revoked sessions and API keys; every gateway replica refuses them from
 * then on. Access tokens of a session stay verifiable until they expire, so a revocation matters for one token TTL.
 */
export const REVOCATIONS_TOPIC = 'revocations';
export interface Revocations {
  sessionIds: string[];
  apiKeyIds: string[];
}
const ISSUER = 'peerdesk-identity';
const key = () => new TextEncoder().encode(config().jwtSecret);

export interface AccessClaims {
  userId: string;
  sessionId: string;
  memberships: Membership[];
}

export function signAccessToken(claims: AccessClaims): Promise<string> {
  return new SignJWT({ sid: claims.sessionId, memberships: claims.memberships })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
    .sign(key());
}

export async function verifyAccessToken(token: string): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, key(), { issuer: ISSUER, algorithms: ['HS256'] });
    return { userId: payload.sub as string, sessionId: payload.sid as string, memberships: payload.memberships as Membership[] };
  } catch (error) {
    const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
    throw unauthenticated(expired ? 'The access token has expired; refresh the session.' : 'The access token is invalid.');
  }
}
