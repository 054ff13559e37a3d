import { describe, expect, it } from 'vitest';
import { KeyRateLimiter } from './api-keys.ts';

const grant = { keyId: 'k1', brandId: 'b1', scopes: [], rateLimitPerMinute: 3, createdBy: 'u1' };

describe('KeyRateLimiter', () => {
  it('allows the limit per minute window, then RATE_LIMITED with the seconds left in the window', () => {
    const limiter = new KeyRateLimiter();
    const start = Date.UTC(2026, 0, 1, 12, 0, 0);
    for (let i = 0; i < 3; i++) limiter.take(grant, start + 10_000);
    expect(() => limiter.take(grant, start + 15_000)).toThrow(
      expect.objectContaining({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 45 } }),
    );
    expect(() => limiter.take(grant, start + 60_000)).not.toThrow();
  });

  it('counts each key on its own', () => {
    const limiter = new KeyRateLimiter();
    for (let i = 0; i < 3; i++) limiter.take(grant, 0);
    expect(() => limiter.take({ ...grant, keyId: 'k2' }, 0)).not.toThrow();
  });
});
