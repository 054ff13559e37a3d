// Pure ledger math: reward splits, postings and the balance rule. No I/O, so it is tested exhaustively.
//
// Sign convention: an entry's amount is positive when value moves INTO an account (a debit) and negative when it
// moves OUT (a credit). An account's balance is the sum of its entries: what sits in it now — funds left in the
// brand's budget, what the platform owes an expert, what the platform earned. EXTERNAL stands for the world
// outside the ledger, so it goes negative by what was brought in. Every transaction sums to zero, so all
// accounts of one currency always sum to zero as well.

export const BPS_DENOMINATOR = 10_000;
export const DEFAULT_EXPERT_SHARE_BPS = 7_000;

export enum LedgerAccountKind {
  BRAND_BUDGET = 'BRAND_BUDGET',
  EXPERT_PAYABLE = 'EXPERT_PAYABLE',
  PLATFORM_REVENUE = 'PLATFORM_REVENUE',
  PAID_OUT = 'PAID_OUT',
  /** Value experts spent on in-kind rewards (gem packs, vouchers): it leaves their payable balance for good. */
  REDEEMED = 'REDEEMED',
  EXTERNAL = 'EXTERNAL',
}

export enum LedgerTransactionKind {
  FUNDING = 'FUNDING',
  EARNING = 'EARNING',
  PAYOUT = 'PAYOUT',
  REDEMPTION = 'REDEMPTION',
  /** A deleted account's unpaid balance returned to the brand's budget. */
  FORFEIT = 'FORFEIT',
}

export interface RewardSplit {
  amountMinor: number;
  expertShareMinor: number;
  platformShareMinor: number;
}

export interface Posting {
  accountId: string;
  amountMinor: number;
}

export class LedgerRuleError extends Error {
  override name = 'LedgerRuleError';
}

function assertMinor(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new LedgerRuleError(`${what} must be a whole number of minor units, got ${value}`);
}

/**
 * The expert gets floor(amount × bps / 10 000); the platform gets the remainder, so the parts always add up to
 * the whole. BigInt keeps amount × bps exact past 2^53.
 */
export function splitReward(amountMinor: number, expertShareBps: number): RewardSplit {
  assertMinor(amountMinor, 'amount');
  if (amountMinor < 0) throw new LedgerRuleError('amount must not be negative');
  if (!Number.isInteger(expertShareBps) || expertShareBps < 0 || expertShareBps > BPS_DENOMINATOR) {
    throw new LedgerRuleError(`expert share must be 0 to ${BPS_DENOMINATOR} basis points, got ${expertShareBps}`);
  }
  const expertShareMinor = Number((BigInt(amountMinor) * BigInt(expertShareBps)) / BigInt(BPS_DENOMINATOR));
  return { amountMinor, expertShareMinor, platformShareMinor: amountMinor - expertShareMinor };
}

/** Sum of the postings, exact (BigInt) so no rounding can hide an imbalance. */
export function imbalance(postings: readonly Posting[]): bigint {
  return postings.reduce((sum, posting) => {
    assertMinor(posting.amountMinor, 'posting');
    return sum + BigInt(posting.amountMinor);
  }, 0n);
}

/** A postable transaction: at least two non-zero postings that sum to zero. */
export function assertBalanced(postings: readonly Posting[]): void {
  if (postings.some((posting) => posting.amountMinor === 0)) throw new LedgerRuleError('a posting must move money');
  if (postings.length < 2) throw new LedgerRuleError('a transaction needs at least two postings');
  const off = imbalance(postings);
  if (off !== 0n) throw new LedgerRuleError(`postings are unbalanced by ${off}`);
}

/** Drops the zero legs (a 0% or 100% share) that a split can produce; the rest still balance. */
const moving = (postings: Posting[]) => postings.filter((posting) => posting.amountMinor !== 0);

/** Money brought in from outside into the brand's budget. */
export function fundingPostings(amountMinor: number, accounts: { budget: string; external: string }): Posting[] {
  assertMinor(amountMinor, 'amount');
  if (amountMinor <= 0) throw new LedgerRuleError('a funding must be positive');
  return [
    { accountId: accounts.budget, amountMinor },
    { accountId: accounts.external, amountMinor: -amountMinor },
  ];
}

/** A reward leaving the brand's budget: the expert's share owed to the expert, the rest earned by the platform. */
export function earningPostings(split: RewardSplit, accounts: { budget: string; payable: string; platform: string }): Posting[] {
  if (split.expertShareMinor + split.platformShareMinor !== split.amountMinor) throw new LedgerRuleError('split parts do not add up');
  return moving([
    { accountId: accounts.budget, amountMinor: -split.amountMinor },
    { accountId: accounts.payable, amountMinor: split.expertShareMinor },
    { accountId: accounts.platform, amountMinor: split.platformShareMinor },
  ]);
}

/**
 * Which pending earnings a budget pays, oldest first. It stops at the first one the balance cannot cover, so a
 * small later reward never jumps ahead of an older one.
 */
export function settleInOrder<T extends { amountMinor: number }>(balanceMinor: number, pendingOldestFirst: readonly T[]): T[] {
  const settled: T[] = [];
  let left = balanceMinor;
  for (const earning of pendingOldestFirst) {
    if (earning.amountMinor > left) break;
    settled.push(earning);
    left -= earning.amountMinor;
  }
  return settled;
}

/** Money owed to an expert leaving the platform: the expert's payable goes down by what was paid out. */
export function payoutPostings(amountMinor: number, accounts: { payable: string; paidOut: string }): Posting[] {
  return transfer(amountMinor, accounts.payable, accounts.paidOut, 'a payout');
}

/** An in-kind reward bought with the expert's payable balance. */
export function redemptionPostings(priceMinor: number, accounts: { payable: string; redeemed: string }): Posting[] {
  return transfer(priceMinor, accounts.payable, accounts.redeemed, 'a redemption');
}

function transfer(amountMinor: number, from: string, to: string, what: string): Posting[] {
  assertMinor(amountMinor, 'amount');
  if (amountMinor <= 0) throw new LedgerRuleError(`${what} must be positive`);
  return [
    { accountId: from, amountMinor: -amountMinor },
    { accountId: to, amountMinor },
  ];
}
