// What travels on a person's inbox topic: the offer itself (small), so subscribers need no query per event.
import type { Offer, OfferStatus } from './offer.entity.ts';

export enum InboxEventKind {
  /** A new question for the expert. */
  OFFERED = 'OFFERED',
  /** The offer left the inbox: claimed (by someone else or by the expert), declined, or the question ended. */
  WITHDRAWN = 'WITHDRAWN',
  /** The expert let the offer lapse. */
  EXPIRED = 'EXPIRED',
}

export interface OfferSnapshot {
  id: string;
  questionId: string;
  brandId: string;
  expertId: string;
  userId: string;
  round: number;
  wave: number;
  score: number;
  status: OfferStatus;
  offeredAt: string;
  expiresAt: string;
  respondedAt: string | null;
  declineReason: string | null;
}

export interface InboxNotice {
  kind: InboxEventKind;
  offer: OfferSnapshot;
}

export const inboxTopic = (userId: string) => `expertInbox:${userId}`;

export function snapshot(offer: Offer): OfferSnapshot {
  return {
    id: offer.id,
    questionId: offer.questionId,
    brandId: offer.brandId,
    expertId: offer.expertId,
    userId: offer.userId,
    round: offer.round,
    wave: offer.wave,
    score: offer.score,
    status: offer.status,
    offeredAt: offer.offeredAt.toISOString(),
    expiresAt: offer.expiresAt.toISOString(),
    respondedAt: offer.respondedAt?.toISOString() ?? null,
    declineReason: offer.declineReason,
  };
}

export function fromSnapshot(s: OfferSnapshot): Offer {
  return {
    ...s,
    offeredAt: new Date(s.offeredAt),
    expiresAt: new Date(s.expiresAt),
    respondedAt: s.respondedAt ? new Date(s.respondedAt) : null,
  };
}

export interface OfferRow {
  id: string;
  question_id: string;
  brand_id: string;
  expert_id: string;
  user_id: string;
  round: number;
  wave: number;
  score: number;
  status: OfferStatus;
  offered_at: Date | string;
  expires_at: Date | string;
  responded_at: Date | string | null;
  decline_reason: string | null;
}

/** A raw `returning *` row of experts.offer as a snapshot. */
export function snapshotFromRow(row: OfferRow): OfferSnapshot {
  const iso = (value: Date | string) => new Date(value).toISOString();
  return {
    id: row.id,
    questionId: row.question_id,
    brandId: row.brand_id,
    expertId: row.expert_id,
    userId: row.user_id,
    round: row.round,
    wave: row.wave,
    score: row.score,
    status: row.status,
    offeredAt: iso(row.offered_at),
    expiresAt: iso(row.expires_at),
    respondedAt: row.responded_at ? iso(row.responded_at) : null,
    declineReason: row.decline_reason,
  };
}

