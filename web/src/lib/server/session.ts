// The signed-in session, kept in httpOnly cookies set by the sign-in and sign-up form actions.
import type { Cookies } from '@sveltejs/kit';

export type Role = 'customer' | 'expert' | 'agent' | 'admin';
export interface Membership {
  brandId: string;
  roles: Role[];
}

export interface Session {
  accessToken: string;
  user: { id: string; handle: string };
  /**
   * The roles the access token carries (as of its issue). Read without verifying the signature: only to decide what
   * to show; the gateway verifies the token on every call and the subgraphs enforce the roles.
   */
  memberships: Membership[];
}

export interface AuthTokens {
  accessToken: string;
  refreshToken: string;
  user: Session['user'];
}

const ACCESS = 'pd_access';
const REFRESH = 'pd_refresh';
const USER = 'pd_user';
const REFRESH_MAX_AGE = 60 * 60 * 24 * 30;
const ROLES: readonly string[] = ['customer', 'expert', 'agent', 'admin'];

function cookieOptions(secure: boolean, maxAge: number) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, maxAge };
}

function jwtPayload(jwt: string): Record<string, unknown> | null {
  try {
    const payload: unknown = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Seconds until the JWT's `exp`, or a conservative 15 minutes when it cannot be read. */
function secondsToExpiry(jwt: string): number {
  const exp = jwtPayload(jwt)?.exp;
  return typeof exp === 'number' ? Math.max(0, Math.floor(exp - Date.now() / 1000)) : 15 * 60;
}

/** The brand memberships an access token carries; malformed entries are dropped. */
export function membershipsOf(jwt: string): Membership[] {
  const raw = jwtPayload(jwt)?.memberships;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown) => {
    const m = entry as { brandId?: unknown; roles?: unknown };
    if (typeof m?.brandId !== 'string' || !Array.isArray(m.roles)) return [];
    const roles = m.roles.filter((role): role is Role => typeof role === 'string' && ROLES.includes(role));
    return [{ brandId: m.brandId, roles }];
  });
}

export function rolesIn(session: Session | null, brandId: string): Role[] {
  return session?.memberships.find((m) => m.brandId === brandId)?.roles ?? [];
}

export function readSession(cookies: Cookies): Session | null {
  const accessToken = cookies.get(ACCESS);
  const rawUser = cookies.get(USER);
  if (!accessToken || !rawUser) return null;
  try {
    const user = JSON.parse(rawUser) as Partial<Session['user']>;
    if (typeof user.id !== 'string' || typeof user.handle !== 'string') return null;
    return { accessToken, user: { id: user.id, handle: user.handle }, memberships: membershipsOf(accessToken) };
  } catch {
    return null;
  }
}

export function readRefreshToken(cookies: Cookies): string | null {
  return cookies.get(REFRESH) ?? null;
}

export function writeSession(cookies: Cookies, secure: boolean, auth: AuthTokens): Session {
  const maxAge = secondsToExpiry(auth.accessToken);
  const user = { id: auth.user.id, handle: auth.user.handle };
  cookies.set(ACCESS, auth.accessToken, cookieOptions(secure, maxAge));
  cookies.set(USER, JSON.stringify(user), cookieOptions(secure, maxAge));
  cookies.set(REFRESH, auth.refreshToken, cookieOptions(secure, REFRESH_MAX_AGE));
  return { accessToken: auth.accessToken, user, memberships: membershipsOf(auth.accessToken) };
}

export function clearSession(cookies: Cookies): void {
  for (const name of [ACCESS, USER, REFRESH]) cookies.delete(name, { path: '/' });
}

/** A same-site path to return to after signing in or out; anything else becomes `/`. */
export function safeRedirectPath(value: FormDataEntryValue | string | null | undefined): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
