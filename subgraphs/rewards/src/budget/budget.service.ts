// Funding a brand's reward budget from outside the ledger, and reading what is left and what waits for funds.
import type { EntityManager } from '@peerdesk/runtime/database';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { requireRole, requireRoleOrScope, type Viewer } from '@peerdesk/runtime/viewer';
import { Earning } from '../earning/earning.entity.ts';
import { EarningService } from '../earning/earning.service.ts';
import { earningsTopic, type EarningMessage } from '../earning/earning.topics.ts';
import { LedgerTransaction } from '../ledger/ledger.entity.ts';
import { LedgerService } from '../ledger/ledger.service.ts';
import { fundingPostings, LedgerAccountKind, LedgerTransactionKind } from '../ledger/ledger.rules.ts';
import { money } from '../money/money.type.ts';
import type { BrandBudget, FundBrandBudgetInput } from './budget.types.ts';

export interface Funding {
  brandId: string;
  amountMinor: number;
  currency: string;
  reference?: string | null;
  idempotencyKey?: string | null;
}

export class BudgetService {
  constructor(private readonly em: EntityManager) {}

  /** Admin action: funds the budget and announces the earnings it settles, after commit. */
  async fundAsAdmin(viewer: Viewer, input: FundBrandBudgetInput, pubsub: PubSub): Promise<BrandBudget> {
    requireRole(viewer, input.brandId, ['admin']);
    const settled = await this.em.transactional((em) => new BudgetService(em).fund(input));
    for (const earning of settled) {
      await pubsub.publish(earningsTopic(earning.expertUserId), { earningId: earning.id } satisfies EarningMessage);
    }
    return this.budget(input.brandId, input.currency);
  }

  /**
   * In the caller's transaction: one FUNDING transaction (EXTERNAL → BRAND_BUDGET), then pending earnings paid
   * oldest first. A repeated idempotency key funds nothing.
   */
  async fund(funding: Funding): Promise<Earning[]> {
    const { brandId, currency } = funding;
    const ledger = new LedgerService(this.em);
    // Lock first: a retry racing the original waits here, then sees its transaction below.
    const budget = await ledger.account({ brandId, kind: LedgerAccountKind.BRAND_BUDGET, currency }, { lock: true });
    if (funding.idempotencyKey && (await this.em.count(LedgerTransaction, { kind: LedgerTransactionKind.FUNDING, eventId: funding.idempotencyKey }))) {
      return [];
    }
    const external = await ledger.account({ brandId, kind: LedgerAccountKind.EXTERNAL, currency });
    await ledger.post({
      brandId,
      kind: LedgerTransactionKind.FUNDING,
      reference: funding.reference ?? 'budget top-up',
      eventId: funding.idempotencyKey ?? null,
      postings: fundingPostings(funding.amountMinor, { budget, external }),
    });
    return new EarningService(this.em).settlePending(brandId, currency);
  }

  async budgetAsAdmin(viewer: Viewer, brandId: string, currency: string): Promise<BrandBudget> {
    requireRoleOrScope(viewer, brandId, ['admin'], 'read:analytics');
    return this.budget(brandId, currency);
  }

  async budget(brandId: string, currency: string): Promise<BrandBudget> {
    const ledger = new LedgerService(this.em);
    const account = await ledger.account({ brandId, kind: LedgerAccountKind.BRAND_BUDGET, currency });
    const pending = await new EarningService(this.em).pendingTotal(brandId, currency);
    return { brandId, balance: money(await ledger.balance(account), currency), pendingEarnings: money(pending, currency) };
  }
}
