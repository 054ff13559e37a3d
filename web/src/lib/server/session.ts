// The signed-in session, kept in httpOnly cookies set by the sign-in form action.
import type { Cookies } from '@sveltejs/kit';

export interface Session {
  accessToken: string;
  user: { id: string; handle: string };
}

const ACCESS = 'pd_access';
const REFRESH = 'pd_refresh';
const USER = 'pd_user';
const REFRESH_MAX_AGE = 60 * 60 * 24 * 30;

function cookieOptions(secure: boolean, maxAge: number) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, maxAge };
}

/** Seconds until the JWT's `exp`, or a conservative 15 minutes when it cannot be read. */
function secondsToExpiry(jwt: string): number {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as { exp?: unknown };
    if (typeof payload.exp === 'number') return Math.max(0, Math.floor(payload.exp - Date.now() / 1000));
  } catch {
    // not a JWT we can read: fall through
  }
  return 15 * 60;
}

export function readSession(cookies: Cookies): Session | null {
  const accessToken = cookies.get(ACCESS);
  const rawUser = cookies.get(USER);
  if (!accessToken || !rawUser) return null;
  try {
    const user = JSON.parse(rawUser) as Partial<Session['user']>;
    if (typeof user.id !== 'string' || typeof user.handle !== 'string') return null;
    return { accessToken, user: { id: user.id, handle: user.handle } };
  } catch {
    return null;
  }
}

export function writeSession(
  cookies: Cookies,
  secure: boolean,
  auth: { accessToken: string; refreshToken: string; user: Session['user'] },
): void {
  const maxAge = secondsToExpiry(auth.accessToken);
  cookies.set(ACCESS, auth.accessToken, cookieOptions(secure, maxAge));
  cookies.set(USER, JSON.stringify(auth.user), cookieOptions(secure, maxAge));
  cookies.set(REFRESH, auth.refreshToken, cookieOptions(secure, REFRESH_MAX_AGE));
}

export function clearSession(cookies: Cookies): void {
  for (const name of [ACCESS, USER, REFRESH]) cookies.delete(name, { path: '/' });
}

/** A same-site path to return to after signing in or out; anything else becomes `/`. */
export function safeRedirectPath(value: FormDataEntryValue | string | null | undefined): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
