// A payment processor for tests: records every call, answers a repeated idempotency key with its first answer (as
// real processors do), and can be told to refuse or to fail transiently.
import type { PaymentProcessor, PaymentRequest, PaymentResult } from '../payout/payment-processor.ts';

export class RecordedPaymentProcessor implements PaymentProcessor {
  /** Every call, retries included. */
  readonly calls: PaymentRequest[] = [];
  /** Final answers by idempotency key. */
  readonly results = new Map<string, PaymentResult>();
  private readonly script: ({ kind: 'refuse'; reason: string } | { kind: 'throw'; message: string })[] = [];

  /** The next new payment is refused for good. */
  refuseNext(reason = 'account closed'): this {
    this.script.push({ kind: 'refuse', reason });
    return this;
  }

  /** The next call fails transiently (a timeout): the payout stays PROCESSING and is retried. */
  throwNext(message = 'processor timed out'): this {
    this.script.push({ kind: 'throw', message });
    return this;
  }

  /** Drops scripted outcomes nobody used (e.g. the request they were meant for was refused). */
  clearScript(): void {
    this.script.length = 0;
  }

  pay(request: PaymentRequest): Promise<PaymentResult> {
    this.calls.push({ ...request });
    const known = this.results.get(request.idempotencyKey);
    if (known) return Promise.resolve(known);
    const step = this.script.shift();
    if (step?.kind === 'throw') return Promise.reject(new Error(step.message));
    const result: PaymentResult =
      step?.kind === 'refuse'
        ? { status: 'FAILED', reason: step.reason }
        : { status: 'PAID', reference: `fake:${this.results.size + 1}` };
    this.results.set(request.idempotencyKey, result);
    return Promise.resolve(result);
  }

  /** What actually left the platform, per currency. */
  paidTotals(): Record<string, number> {
    const totals: Record<string, number> = {};
    for (const [key, result] of this.results) {
      if (result.status !== 'PAID') continue;
      const request = this.calls.find((call) => call.idempotencyKey === key)!;
      totals[request.currency] = (totals[request.currency] ?? 0) + request.amountMinor;
    }
    return totals;
  }
}
