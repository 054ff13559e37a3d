// Pays a requested payout through the payment processor: consumed from the bus (PayoutRequested), at least once.
//
// 1. In its own committed transaction the payout becomes PROCESSING (visible while the processor works).
// 2. The processor is called outside any lock, always with the payout's idempotency key.
// 3. In the delivery's transaction the outcome is recorded: PAID posts EXPERT_PAYABLE → PAID_OUT (unique per key in
//    the ledger), FAILED releases the reservation. A transient error is thrown: the bus retries with backoff.
// A crash between 2 and 3 leaves it PROCESSING; the redelivery calls the processor again with the same key, and
// the processor answers with the first outcome instead of paying twice.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, Orm } from '@peerdesk/runtime/database';
import type { EventHandler, HandlerHooks } from '@peerdesk/runtime/events';
import { PAYOUT_REQUESTED, type PayoutRequested } from '@peerdesk/runtime/events.contract';
import { logger } from '@peerdesk/runtime/logger';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { announcePayout } from '../earning/earning.topics.ts';
import { LedgerService } from '../ledger/ledger.service.ts';
import { LedgerAccountKind, LedgerTransactionKind, payoutPostings } from '../ledger/ledger.rules.ts';
import { WalletService } from '../wallet/wallet.service.ts';
import type { PaymentProcessor, PaymentResult } from './payment-processor.ts';
import { Payout, PayoutStatus } from './payout.entity.ts';

type Started = Pick<Payout, 'id' | 'brandId' | 'expertId' | 'expertUserId' | 'amountMinor' | 'currency' | 'idempotencyKey'>;

export function payoutConsumers({ orm, pubsub }: { orm: Orm; pubsub: PubSub }, processor: PaymentProcessor): Record<string, EventHandler> {
  return {
    [PAYOUT_REQUESTED]: async (event, em, hooks) => {
      const { payoutId } = event.payload as unknown as PayoutRequested;
      await new PayoutProcessing(orm, processor, pubsub).process(payoutId, em, hooks);
    },
  };
}

export class PayoutProcessing {
  constructor(
    private readonly orm: Orm,
    private readonly processor: PaymentProcessor,
    private readonly pubsub?: PubSub,
  ) {}

  /**
   * Runs the payout to PAID or FAILED; `em` is the caller's (the delivery's) transaction. Each state is announced
   * on the expert's live `earnings` once it has committed.
   */
  async process(payoutId: string, em: EntityManager, hooks?: HandlerHooks): Promise<void> {
    const started = await this.orm.em.fork().transactional(async (own) => {
      const payout = await own.findOne(Payout, { id: payoutId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!payout || payout.status === PayoutStatus.PAID || payout.status === PayoutStatus.FAILED) return null;
      payout.status = PayoutStatus.PROCESSING;
      payout.attempts += 1;
      const { id, brandId, expertId, expertUserId, amountMinor, currency, idempotencyKey } = payout;
      return { id, brandId, expertId, expertUserId, amountMinor, currency, idempotencyKey } satisfies Started;
    });
    if (!started) {
      logger.debug('payout already settled or unknown; nothing to do', { payoutId });
      return;
    }
    await this.announce(started, PayoutStatus.PROCESSING);
    const result = await this.processor.pay({
      payoutId: started.id,
      brandId: started.brandId,
      expertUserId: started.expertUserId,
      amountMinor: started.amountMinor,
      currency: started.currency,
      idempotencyKey: started.idempotencyKey,
    });
    const outcome = await this.record(em, started, result);
    if (outcome) hooks?.afterCommit(() => this.announce(started, outcome));
  }

  private async announce(payout: Started, status: PayoutStatus): Promise<void> {
    if (this.pubsub) await announcePayout(this.pubsub, payout, status);
  }

  /** The state the payout reached, or null when another delivery had recorded it already. */
  private async record(em: EntityManager, started: Started, result: PaymentResult): Promise<PayoutStatus | null> {
    // The payable account first, as every spender locks it: balance and reservations change together.
    const wallet = await new WalletService(em).lockForSpending(started.brandId, started.expertId, started.currency);
    const payout = await em.findOneOrFail(Payout, { id: started.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (payout.status !== PayoutStatus.PROCESSING) return null;
    payout.processedAt = new Date();
    if (result.status === 'FAILED') {
      payout.status = PayoutStatus.FAILED;
      payout.failureReason = result.reason;
      logger.warn('payout refused by the processor; reservation released', { payoutId: payout.id, reason: result.reason });
    } else {
      const ledger = new LedgerService(em);
      const paidOut = await ledger.account({
        brandId: payout.brandId,
        kind: LedgerAccountKind.PAID_OUT,
        currency: payout.currency,
      });
      const transaction = await ledger.post({
        brandId: payout.brandId,
        kind: LedgerTransactionKind.PAYOUT,
        reference: payout.id,
        eventId: payout.idempotencyKey,
        postings: payoutPostings(payout.amountMinor, { payable: wallet.payableAccountId, paidOut }),
      });
      payout.status = PayoutStatus.PAID;
      payout.processorReference = result.reference;
      payout.transactionId = transaction.id;
    }
    await em.flush();
    return payout.status;
  }
}
