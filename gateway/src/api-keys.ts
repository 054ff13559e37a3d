// Partner API keys at the gateway: verified by identity, positive answers cached for a few seconds (the revocation
// feed overrides the cache at once), and a per-key request budget per minute.
import { createHash } from 'node:crypto';
import { DomainError, unauthenticated } from '@peerdesk/runtime/errors';
import type { ApiKeyGrant, IdentityClient } from './identity-client.ts';
import type { RevocationList } from './revocations.ts';

const CACHE_MS = 5_000;
const WINDOW_MS = 60_000;

export class ApiKeyVerifier {
  private readonly cache = new Map<string, { grant: ApiKeyGrant; until: number }>();

  constructor(
    private readonly identity: IdentityClient,
    private readonly revocations: RevocationList,
  ) {}

  async verify(secret: string): Promise<ApiKeyGrant> {
    // Cached by the secret's hash so no plaintext secret sits in memory longer than the request.
    const digest = createHash('sha256').update(secret).digest('hex');
    const cached = this.cache.get(digest);
    let grant = cached && cached.until > Date.now() ? cached.grant : undefined;
    if (!grant) {
      grant = (await this.identity.verifyApiKey(secret)) ?? undefined;
      if (!grant) throw unauthenticated('The API key is invalid or revoked.');
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(digest, { grant, until: Date.now() + CACHE_MS });
    }
    if (this.revocations.isApiKeyRevoked(grant.keyId)) {
      this.cache.delete(digest);
      throw unauthenticated('The API key is invalid or revoked.');
    }
    return grant;
  }
}

/**
 * Fixed one-minute windows per key, in this gateway's memory: with N replicas a key may get up to N× its limit.
 * Good enough until a shared counter (Redis INCR with expiry) is worth its round trip.
 */
export class KeyRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  take(grant: ApiKeyGrant, now = Date.now()): void {
    const start = now - (now % WINDOW_MS);
    const window = this.windows.get(grant.keyId);
    if (!window || window.start !== start) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(grant.keyId, { start, count: 1 });
      return;
    }
    if (window.count >= grant.rateLimitPerMinute) {
      const retryAfterSeconds = Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000));
      throw new DomainError('RATE_LIMITED', `This API key is limited to ${grant.rateLimitPerMinute} requests per minute.`, {
        retryAfterSeconds,
      });
    }
    window.count++;
  }
}
