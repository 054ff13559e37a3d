import { describe, expect, it } from 'vitest';
import { timeLeft } from './countdown.ts';

describe('timeLeft', () => {
  const now = Date.parse('2026-01-01T10:00:00Z');
  it('shows minutes and seconds, hours when far away, and expired at zero', () => {
    expect(timeLeft('2026-01-01T10:04:05Z', now)).toEqual({ seconds: 245, expired: false, text: '4:05' });
    expect(timeLeft('2026-01-01T11:00:09Z', now)).toEqual({ seconds: 3609, expired: false, text: '1:00:09' });
    expect(timeLeft('2026-01-01T09:59:00Z', now)).toEqual({ seconds: 0, expired: true, text: '0:00' });
  });
});
