import { describe, expect, it } from 'vitest';
import {
  assertBalanced,
  earningPostings,
  fundingPostings,
  imbalance,
  LedgerRuleError,
  payoutPostings,
  redemptionPostings,
  settleInOrder,
  splitReward,
  type Posting,
} from './ledger.rules.ts';

/** A small seeded PRNG (mulberry32) so a failing property run can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (next: () => number, max: number) => Math.floor(next() * (max + 1));
const ACCOUNTS = { budget: 'budget', payable: 'payable', platform: 'platform', external: 'external' };

describe('splitReward', () => {
  it('gives the expert 70% of a $3.00 reward and the platform the rest', () => {
    expect(splitReward(300, 7000)).toEqual({ amountMinor: 300, expertShareMinor: 210, platformShareMinor: 90 });
  });

  it('rounds the expert share down and gives the odd cent to the platform', () => {
    expect(splitReward(1, 7000)).toEqual({ amountMinor: 1, expertShareMinor: 0, platformShareMinor: 1 });
    expect(splitReward(333, 3333)).toEqual({ amountMinor: 333, expertShareMinor: 110, platformShareMinor: 223 });
  });

  it('handles 0% and 100% shares', () => {
    expect(splitReward(250, 0)).toMatchObject({ expertShareMinor: 0, platformShareMinor: 250 });
    expect(splitReward(250, 10_000)).toMatchObject({ expertShareMinor: 250, platformShareMinor: 0 });
  });

  it('stays exact where amount × bps passes 2^53', () => {
    const amount = Number.MAX_SAFE_INTEGER;
    const split = splitReward(amount, 9999);
    expect(BigInt(split.expertShareMinor)).toBe((BigInt(amount) * 9999n) / 10_000n);
    expect(split.expertShareMinor + split.platformShareMinor).toBe(amount);
  });

  it('refuses fractions, negatives and shares outside 0–10 000 bps', () => {
    expect(() => splitReward(1.5, 7000)).toThrow(LedgerRuleError);
    expect(() => splitReward(-1, 7000)).toThrow(LedgerRuleError);
    expect(() => splitReward(100, 10_001)).toThrow(LedgerRuleError);
    expect(() => splitReward(100, 70.5)).toThrow(LedgerRuleError);
    expect(() => splitReward(2 ** 53, 7000)).toThrow(LedgerRuleError);
  });

  it('property: for random amounts and shares the parts always sum to the whole, expert part = floor', () => {
    const next = random(20261124);
    for (let i = 0; i < 20_000; i++) {
      const amount = i % 2 ? int(next, 1_000_000) : int(next, Number.MAX_SAFE_INTEGER);
      const bps = int(next, 10_000);
      const split = splitReward(amount, bps);
      expect(BigInt(split.expertShareMinor) + BigInt(split.platformShareMinor)).toBe(BigInt(amount));
      expect(split.expertShareMinor).toBeGreaterThanOrEqual(0);
      expect(split.platformShareMinor).toBeGreaterThanOrEqual(0);
      expect(BigInt(split.expertShareMinor)).toBe((BigInt(amount) * BigInt(bps)) / 10_000n);
    }
  });
});

describe('balance rule', () => {
  it('accepts a balanced transaction and rejects one off by a single minor unit', () => {
    expect(() => assertBalanced([{ accountId: 'a', amountMinor: 5 }, { accountId: 'b', amountMinor: -5 }])).not.toThrow();
    expect(() => assertBalanced([{ accountId: 'a', amountMinor: 5 }, { accountId: 'b', amountMinor: -4 }])).toThrow(/unbalanced by 1/);
  });

  it('rejects single-leg, empty-leg and fractional postings', () => {
    expect(() => assertBalanced([])).toThrow(LedgerRuleError);
    expect(() => assertBalanced([{ accountId: 'a', amountMinor: 0 }, { accountId: 'b', amountMinor: 0 }])).toThrow(LedgerRuleError);
    expect(() => assertBalanced([{ accountId: 'a', amountMinor: 0.5 }, { accountId: 'b', amountMinor: -0.5 }])).toThrow(LedgerRuleError);
  });

  it('drops the zero leg of a 100% share and still balances', () => {
    const postings = earningPostings(splitReward(300, 10_000), ACCOUNTS);
    expect(postings).toHaveLength(2);
    expect(() => assertBalanced(postings)).not.toThrow();
  });

  it('property: random sequences of fundings and earnings keep every transaction and the whole ledger at zero', () => {
    const next = random(42);
    for (let run = 0; run < 200; run++) {
      const ledger: Posting[] = [];
      const balances = new Map<string, bigint>();
      for (let step = 0; step < 50; step++) {
        const postings =
          next() < 0.3
            ? fundingPostings(1 + int(next, 1_000_000_000), ACCOUNTS)
            : earningPostings(splitReward(1 + int(next, 1_000_000), int(next, 10_000)), ACCOUNTS);
        assertBalanced(postings);
        ledger.push(...postings);
        for (const p of postings) balances.set(p.accountId, (balances.get(p.accountId) ?? 0n) + BigInt(p.amountMinor));
      }
      expect(imbalance(ledger)).toBe(0n);
      expect([...balances.values()].reduce((a, b) => a + b, 0n)).toBe(0n);
    }
  });
});

describe('settleInOrder', () => {
  const pending = [
    { id: 'oldest', amountMinor: 300 },
    { id: 'middle', amountMinor: 500 },
    { id: 'newest', amountMinor: 100 },
  ];

  it('pays the oldest first while the budget lasts', () => {
    expect(settleInOrder(900, pending).map((e) => e.id)).toEqual(['oldest', 'middle', 'newest']);
    expect(settleInOrder(850, pending).map((e) => e.id)).toEqual(['oldest', 'middle']);
  });

  it('never lets a smaller, newer reward jump ahead of an older one it cannot pay', () => {
    expect(settleInOrder(200, pending)).toEqual([]);
    expect(settleInOrder(350, pending).map((e) => e.id)).toEqual(['oldest']);
  });
});

describe('payouts and redemptions', () => {
  it('move value out of the expert payable, balanced', () => {
    const payout = payoutPostings(1200, { payable: 'payable', paidOut: 'paid' });
    expect(payout).toEqual([
      { accountId: 'payable', amountMinor: -1200 },
      { accountId: 'paid', amountMinor: 1200 },
    ]);
    expect(() => assertBalanced(payout)).not.toThrow();
    const redemption = redemptionPostings(300, { payable: 'payable', redeemed: 'redeemed' });
    expect(redemption.map((p) => p.amountMinor)).toEqual([-300, 300]);
  });

  it('refuse zero, negative and fractional amounts', () => {
    for (const bad of [0, -5, 1.5]) {
      expect(() => payoutPostings(bad, { payable: 'a', paidOut: 'b' })).toThrow(LedgerRuleError);
      expect(() => redemptionPostings(bad, { payable: 'a', redeemed: 'b' })).toThrow(LedgerRuleError);
    }
  });
});
