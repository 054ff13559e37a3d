// The in-kind catalog: admins stock it, experts redeem items with their available earnings.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@peerdesk/runtime/database';
import { conflict, notFound } from '@peerdesk/runtime/errors';
import { expertId as expertIdOf } from '@peerdesk/runtime/ids';
import { requireCommunityRead, requireRole, requireUser, rolesIn, type Viewer } from '@peerdesk/runtime/viewer';
import { LedgerService } from '../ledger/ledger.service.ts';
import { LedgerAccountKind, LedgerTransactionKind, redemptionPostings } from '../ledger/ledger.rules.ts';
import { formatMoney } from '../money/money.ts';
import { WalletService } from '../wallet/wallet.service.ts';
import { Redemption, RewardItem } from './catalog.entity.ts';
import type { RedeemRewardInput, UpsertRewardItemInput } from './catalog.types.ts';

export class CatalogService {
  constructor(private readonly em: EntityManager) {}

  /** Active items, cheapest first; the brand's admins also see inactive ones. */
  catalog(viewer: Viewer, brandId: string): Promise<RewardItem[]> {
    requireCommunityRead(viewer, brandId);
    const admin = rolesIn(viewer, brandId).includes('admin');
    return this.em.find(
      RewardItem,
      { brandId, ...(admin ? {} : { active: true }) },
      { orderBy: { priceMinor: 'asc', name: 'asc', id: 'asc' } },
    );
  }

  async upsert(viewer: Viewer, input: UpsertRewardItemInput): Promise<RewardItem> {
    requireRole(viewer, input.brandId, ['admin']);
    const values = {
      name: input.name,
      description: input.description,
      priceMinor: input.priceMinor,
      currency: input.currency,
      stock: input.stock,
      active: input.active,
    };
    const existing = input.id ? await this.em.findOne(RewardItem, { id: input.id }) : null;
    // Another brand's item looks like no item at all.
    if (existing && existing.brandId !== input.brandId) throw notFound('The reward item');
    const item = existing
      ? this.em.assign(existing, values)
      : this.em.create(RewardItem, { ...(input.id ? { id: input.id } : {}), brandId: input.brandId, ...values });
    await this.em.persist(item).flush();
    return item;
  }

  /**
   * Buys one item with the expert's available earnings, in one transaction: the payable account is locked (so the
   * balance cannot be spent twice), then one unit of stock is taken atomically (so the last unit goes to exactly
   * one of any number of concurrent buyers), then a balanced REDEMPTION moves the price to REDEEMED.
   */
  async redeem(viewer: Viewer, input: RedeemRewardInput): Promise<Redemption> {
    const user = requireUser(viewer);
    return this.em.transactional(async (em) => {
      const item = await em.findOne(RewardItem, { id: input.itemId });
      if (!item || !rolesIn(user, item.brandId).length) throw notFound('The reward item');
      requireRole(user, item.brandId, ['expert']);
      if (!item.active) throw conflict('This reward is no longer offered.');
      const expertId = expertIdOf(item.brandId, user.userId);
      const wallet = await new WalletService(em).lockForSpending(item.brandId, expertId, item.currency);
      if (wallet.availableMinor < item.priceMinor) {
        throw conflict(
          `${item.name} costs ${formatMoney(item.priceMinor, item.currency)}; you have ${formatMoney(Math.max(0, wallet.availableMinor), item.currency)} available.`,
        );
      }
      // The price is re-checked in the same statement: an admin may have changed it since it was read.
      const taken = await em.execute<{ stock: number }[]>(
        `update rewards.reward_item set stock = stock - 1, updated_at = now()
          where id = ? and stock > 0 and active and price_minor = ? and currency = ? returning stock`,
        [item.id, item.priceMinor, item.currency],
      );
      if (!taken[0]) throw conflict(`${item.name} is out of stock.`);
      const ledger = new LedgerService(em);
      const redeemed = await ledger.account({ brandId: item.brandId, kind: LedgerAccountKind.REDEEMED, currency: item.currency });
      const id = randomUUID();
      const transaction = await ledger.post({
        brandId: item.brandId,
        kind: LedgerTransactionKind.REDEMPTION,
        reference: `${item.name} (${item.id})`,
        eventId: id,
        postings: redemptionPostings(item.priceMinor, { payable: wallet.payableAccountId, redeemed }),
      });
      const redemption = em.create(Redemption, {
        id,
        brandId: item.brandId,
        itemId: item.id,
        expertId,
        expertUserId: user.userId,
        priceMinor: item.priceMinor,
        currency: item.currency,
        transactionId: transaction.id,
      });
      await em.flush();
      return redemption;
    });
  }

  async items(ids: readonly string[]): Promise<(RewardItem | null)[]> {
    const found = await this.em.find(RewardItem, { id: { $in: [...ids] } });
    return ids.map((id) => found.find((item) => item.id === id) ?? null);
  }
}
