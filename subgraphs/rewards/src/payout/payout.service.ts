// Requesting payouts and reading them: the rules of who may be paid how much. Processing is in payout.processing.ts.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@peerdesk/runtime/database';
import { badInput, conflict, forbidden } from '@peerdesk/runtime/errors';
import { publishEvent } from '@peerdesk/runtime/events';
import { PAYOUT_REQUESTED, type PayoutRequested } from '@peerdesk/runtime/events.contract';
import { expertId as expertIdOf } from '@peerdesk/runtime/ids';
import { requireRole, requireScope, requireUser, rolesIn, type Viewer } from '@peerdesk/runtime/viewer';
import { decodeCursor, encodeCursor } from '../ledger/ledger.types.ts';
import { formatMoney } from '../money/money.ts';
import { WalletService } from '../wallet/wallet.service.ts';
import { DEFAULT_PAYOUT_THRESHOLD_MINOR, Payout, PayoutSettings } from './payout.entity.ts';
import type { PayoutConnection, PayoutsArgs, RequestPayoutInput, SetPayoutSettingsInput } from './payout.types.ts';

export class PayoutService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Reserves the amount from the expert's available balance and hands the payout to the bus, in one transaction:
   * the processor is called by the PayoutRequested consumer, never inside the request.
   */
  async request(viewer: Viewer, input: RequestPayoutInput): Promise<Payout> {
    const user = requireRole(viewer, input.brandId, ['expert']);
    const expertId = expertIdOf(input.brandId, user.userId);
    return this.em.transactional(async (em) => {
      // Locked first: a retry racing the original waits here, then finds it below.
      const wallet = await new WalletService(em).lockForSpending(input.brandId, expertId, input.currency);
      if (input.idempotencyKey) {
        const earlier = await em.findOne(Payout, { idempotencyKey: input.idempotencyKey });
        if (earlier && earlier.expertId === expertId) return earlier;
        if (earlier) throw conflict('This idempotency key was already used.');
      }
      const { thresholdMinor } = await new PayoutService(em).settings(input.brandId);
      const amountMinor = input.amountMinor ?? wallet.availableMinor;
      const min = formatMoney(thresholdMinor, input.currency);
      if (input.amountMinor != null && input.amountMinor < thresholdMinor) {
        throw badInput(`A payout must be at least ${min}.`, { field: 'amountMinor', thresholdMinor });
      }
      if (amountMinor < thresholdMinor) throw conflict(`Your available balance is below the payout threshold of ${min}.`);
      if (amountMinor > wallet.availableMinor) {
        throw conflict(`Only ${formatMoney(wallet.availableMinor, input.currency)} is available to pay out.`);
      }
      const payout = em.create(Payout, {
        brandId: input.brandId,
        expertId,
        expertUserId: user.userId,
        amountMinor,
        currency: input.currency,
        idempotencyKey: input.idempotencyKey ?? randomUUID(),
      });
      await em.flush();
      await publishEvent(em, PAYOUT_REQUESTED, {
        payoutId: payout.id,
        brandId: payout.brandId,
        expertUserId: payout.expertUserId,
        amountMinor: payout.amountMinor,
        currency: payout.currency,
        idempotencyKey: payout.idempotencyKey,
        requestedAt: payout.requestedAt.toISOString(),
      } satisfies PayoutRequested as unknown as Record<string, unknown>);
      return payout;
    });
  }

  /** The brand's settings, or the defaults when its admins never set any. */
  async settings(brandId: string): Promise<PayoutSettings> {
    const stored = await this.em.findOne(PayoutSettings, { brandId });
    return stored ?? Object.assign(new PayoutSettings(), { brandId, thresholdMinor: DEFAULT_PAYOUT_THRESHOLD_MINOR });
  }

  async setSettings(viewer: Viewer, input: SetPayoutSettingsInput): Promise<PayoutSettings> {
    requireRole(viewer, input.brandId, ['admin']);
    const existing = await this.em.findOne(PayoutSettings, { brandId: input.brandId });
    const settings = existing
      ? this.em.assign(existing, { thresholdMinor: input.thresholdMinor })
      : this.em.create(PayoutSettings, { brandId: input.brandId, thresholdMinor: input.thresholdMinor });
    await this.em.persist(settings).flush();
    return settings;
  }

  /** Newest first: the brand's admins see every payout, an expert their own, anyone else is refused. */
  async page(viewer: Viewer, args: PayoutsArgs): Promise<PayoutConnection> {
    let own: string | null = null;
    if (viewer.kind === 'partner') requireScope(viewer, args.brandId, 'read:analytics');
    else {
      const user = requireUser(viewer);
      const roles = rolesIn(user, args.brandId);
      if (!roles.includes('admin')) {
        if (!roles.includes('expert')) throw forbidden('Only brand admins and the brand’s experts can read payouts.');
        own = expertIdOf(args.brandId, user.userId);
      }
    }
    const first = args.first ?? 20;
    const after = args.after ? decodeCursor(args.after) : null;
    const rows = await this.em.find(
      Payout,
      {
        brandId: args.brandId,
        ...(own ? { expertId: own } : {}),
        ...(after
          ? { $or: [{ requestedAt: { $lt: after.createdAt } }, { requestedAt: after.createdAt, id: { $lt: after.id } }] }
          : {}),
      },
      { orderBy: { requestedAt: 'desc', id: 'desc' }, limit: first + 1 },
    );
    const nodes = rows.slice(0, first);
    const cursor = (payout: Payout) => encodeCursor({ createdAt: payout.requestedAt, id: payout.id });
    const last = nodes.at(-1);
    return {
      edges: nodes.map((node) => ({ cursor: cursor(node), node })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursor(last) : null },
    };
  }
}
