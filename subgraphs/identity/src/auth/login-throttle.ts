// Login rate limiting: failed sign-ins per account and per client address in a sliding window.
import type { EntityManager } from '@peerdesk/runtime/database';
import { DomainError } from '@peerdesk/runtime/errors';
import { LoginAttempt } from './login-attempt.entity.ts';

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export class LoginThrottle {
  constructor(private readonly em: EntityManager) {}

  /** RATE_LIMITED (with `retryAfterSeconds`) when the account or the address has failed too often lately. */
  async check(email: string, ip: string | undefined): Promise<void> {
    await this.limit({ email }, MAX_FAILURES_PER_ACCOUNT, 'this account');
    if (ip) await this.limit({ ip }, MAX_FAILURES_PER_ADDRESS, 'your address');
  }

  async recordFailure(email: string, ip: string | undefined): Promise<void> {
    await this.em.persist(this.em.create(LoginAttempt, { email, ip: ip ?? null })).flush();
  }

  /** A successful sign-in proves the owner is back: their account's failure count starts over. */
  async clear(email: string): Promise<void> {
    await this.em.nativeDelete(LoginAttempt, { email });
  }

  private async limit(where: { email: string } | { ip: string }, max: number, who: string): Promise<void> {
    const recent = await this.em.find(
      LoginAttempt,
      { ...where, attemptedAt: { $gt: new Date(Date.now() - LOGIN_WINDOW_MS) } },
      {
        orderBy: { attemptedAt: 'desc' },
        limit: max,
        fields: ['attemptedAt'],
      },
    );
    if (recent.length < max) return;
    // The window frees up when the oldest of the last `max` failures leaves it.
    const oldest = recent[recent.length - 1]!.attemptedAt.getTime();
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest + LOGIN_WINDOW_MS - Date.now()) / 1000));
    throw new DomainError('RATE_LIMITED', `Too many failed sign-ins for ${who}; try again later.`, { retryAfterSeconds });
  }
}
