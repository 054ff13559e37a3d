// The expert's side of offers: the current inbox and declining.
import { LockMode } from '@mikro-orm/core';
import { badInput, conflict, forbidden, notFound } from '@peerdesk/runtime/errors';
import type { EntityManager } from '@peerdesk/runtime/database';
import type { Viewer } from '@peerdesk/runtime/viewer';
import { requireUser } from '@peerdesk/runtime/viewer';
import { InboxEventKind, snapshot, type InboxNotice } from './inbox.topics.ts';
import type { DeclineOfferInput, MyOffersArgs, OfferConnection } from './inbox.types.ts';
import { Offer, OfferStatus } from './offer.entity.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(offer: Pick<Offer, 'offeredAt' | 'id'>): string {
  return Buffer.from(`${offer.offeredAt.toISOString()}|${offer.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { offeredAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const offeredAt = new Date(iso ?? '');
  if (!id || !UUID.test(id) || Number.isNaN(offeredAt.getTime())) throw badInput('The cursor is not valid.', { field: 'after' });
  return { offeredAt, id };
}

export class InboxService {
  constructor(private readonly em: EntityManager) {}

  /** The viewer's open offers, newest first: what an inbox shows before live events arrive. */
  async myOffers(viewer: Viewer, args: MyOffersArgs): Promise<OfferConnection> {
    const user = requireUser(viewer);
    const first = args.first ?? 20;
    const after = args.after ? decodeCursor(args.after) : null;
    const offers = await this.em.find(
      Offer,
      {
        userId: user.userId,
        status: OfferStatus.OFFERED,
        expiresAt: { $gt: new Date() },
        ...(args.brandId ? { brandId: args.brandId } : {}),
        ...(after ? { $or: [{ offeredAt: { $lt: after.offeredAt } }, { offeredAt: after.offeredAt, id: { $lt: after.id } }] } : {}),
      },
      { orderBy: [{ offeredAt: 'desc' }, { id: 'desc' }], limit: first + 1 },
    );
    const page = offers.slice(0, first);
    const edges = page.map((node) => ({ cursor: encodeCursor(node), node }));
    return { edges, pageInfo: { hasNextPage: offers.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** The offer's expert turns it down; routing counts it against their responsiveness. */
  async decline(viewer: Viewer, input: DeclineOfferInput): Promise<{ offer: Offer; notices: InboxNotice[] }> {
    const user = requireUser(viewer);
    return this.em.transactional(async (em) => {
      const offer = await em.findOne(Offer, { id: input.offerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!offer) throw notFound('Offer');
      if (offer.userId !== user.userId) throw forbidden('Only the expert it was offered to may decline an offer.');
      if (offer.status !== OfferStatus.OFFERED) throw conflict(`The offer is no longer open (${offer.status}).`);
      offer.status = OfferStatus.DECLINED;
      offer.respondedAt = new Date();
      offer.declineReason = input.reason.trim();
      await em.flush();
      return { offer, notices: [{ kind: InboxEventKind.WITHDRAWN, offer: snapshot(offer) }] };
    });
  }
}
