// The boundary to whatever moves real money (a bank transfer API, PayPal, Stripe Connect, a person with a spreadsheet).

export interface PaymentRequest {
  payoutId: string;
  brandId: string;
  expertUserId: string;
  amountMinor: number;
  currency: string;
  /** The same for every attempt of one payout: the processor must pay a key at most once. */
  idempotencyKey: string;
}

/** A final answer. A transient problem (timeout, 5xx) is thrown instead, and the bus retries with the same key. */
export type PaymentResult = { status: 'PAID'; reference: string } | { status: 'FAILED'; reason: string };

export interface PaymentProcessor {
  pay(request: PaymentRequest): Promise<PaymentResult>;
}

/**
 * The demo's processor: accepts every payout at once and leaves the transfer to an operator, who finds it in the
 * brand's ledger (reference `manual:<idempotency key>`).
 */
export class ManualPaymentProcessor implements PaymentProcessor {
  pay(request: PaymentRequest): Promise<PaymentResult> {
    return Promise.resolve({ status: 'PAID', reference: `manual:${request.idempotencyKey}` });
  }
}
