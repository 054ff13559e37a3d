// The events services exchange over the bus, with their payloads. Producers and consumers both import these.

export const QUESTION_ASKED = 'QuestionAsked';
export interface QuestionAsked {
  questionId: string;
  brandId: string;
  authorId: string;
  title: string;
  body: string;
  category: string;
  language: string;
  askedAt: string;
}

export const ANSWER_POSTED = 'AnswerPosted';
export interface AnswerPosted {
  questionId: string;
  answerId: string;
  brandId: string;
  expertUserId: string;
  postedAt: string;
}

export const QUESTION_RESOLVED = 'QuestionResolved';
export interface QuestionResolved {
  questionId: string;
  brandId: string;
  category: string;
  language: string;
  title: string;
  body: string;
  answerId: string;
  answerBody: string;
  expertUserId: string;
  rating: number;
  askedAt: string;
  firstAnswerAt: string;
  resolvedAt: string;
  timeToFirstAnswerMs: number;
  timeToResolutionMs: number;
}

/** An expert won the claim on a question (questions); the lock lasts until `expiresAt`. */
export const QUESTION_CLAIMED = 'QuestionClaimed';
export interface QuestionClaimed {
  questionId: string;
  brandId: string;
  expertUserId: string;
  claimedAt: string;
  expiresAt: string;
}

/** A claim expired or was released (questions): the question needs routing again. */
export const QUESTION_RETURNED_TO_ROUTING = 'QuestionReturnedToRouting';
export interface QuestionReturnedToRouting {
  questionId: string;
  brandId: string;
  category: string;
  language: string;
  reason: string;
}

/** A question closed without resolution (questions): by its author, an agent, or after N days. */
export const QUESTION_CLOSED = 'QuestionClosed';
export interface QuestionClosed {
  questionId: string;
  brandId: string;
  closedAt: string;
}

/** An answer's vote by one user changed (questions); `previousValue` lets consumers reverse the earlier vote. */
export const ANSWER_VOTED = 'AnswerVoted';
export type VoteValue = 'UP' | 'DOWN' | 'NONE';
export interface AnswerVoted {
  answerId: string;
  questionId: string;
  brandId: string;
  authorUserId: string;
  voterUserId: string;
  value: VoteValue;
  previousValue: VoteValue;
  votedAt: string;
}

/** Scheduled by experts for itself: widen the circle of a question's offers if nobody has claimed it yet. */
export const ROUTING_WAVE = 'RoutingWave';
export interface RoutingWave {
  questionId: string;
  wave: number;
}

/** An admin approved an expert profile (experts); identity may grant the brand's expert role on it. */
export const EXPERT_APPROVED = 'ExpertApproved';
export interface ExpertApproved {
  brandId: string;
  userId: string;
  expertId: string;
}

/** A brand's settings changed (identity): the settings other services route, time and label by. */
export const BRAND_UPDATED = 'BrandUpdated';
export interface BrandUpdated {
  brandId: string;
  slug: string;
  name: string;
  defaultLanguage: string;
  languages: string[];
  categories: { slug: string; name: string }[];
  /** Minutes within which a question should be answered. */
  slaMinutes: number;
  /** How long an expert's claim on a question holds. */
  claimMinutes: number;
  /** Minutes between routing waves (the circle of notified experts widens). */
  waveMinutes: number;
  /** Questions one expert may hold claimed at once (absent from events published before it existed). */
  maxClaimsPerExpert?: number;
  /** Whether experts other than the claim holder may answer (absent from events published before it existed). */
  openAnswering?: boolean;
  updatedAt: string;
}

/** A person erased their account (identity): drop or anonymise personal data; contributions stay. */
export const ACCOUNT_DELETED = 'AccountDeleted';
export interface AccountDeleted {
  userId: string;
  deletedAt: string;
}

/** An expert asked to be paid (rewards); rewards itself consumes it to call the payment processor, once per payout. */
export const PAYOUT_REQUESTED = 'PayoutRequested';
export interface PayoutRequested {
  payoutId: string;
  brandId: string;
  expertUserId: string;
  amountMinor: number;
  currency: string;
  /** Passed to the payment processor: a retry with the same key never pays twice. */
  idempotencyKey: string;
  requestedAt: string;
}

/** A question went to the brand's agents (questions): asked for by the asker, SLA passed, or personal data in it. */
export const QUESTION_ESCALATED = 'QuestionEscalated';
export type EscalationReason = 'ASKER_REQUEST' | 'SLA_BREACH' | 'PERSONAL_DATA';
export interface QuestionEscalated {
  questionId: string;
  brandId: string;
  reason: EscalationReason;
  escalatedAt: string;
}

/** Scheduled by questions for itself at a claim's expiry: releases the claim if it is still the same one. */
export const CLAIM_EXPIRED = 'ClaimExpired';
export interface ClaimExpired {
  questionId: string;
  claimId: string;
}

/** Scheduled by questions for itself at a question's SLA deadline: escalates it if still unresolved. */
export const SLA_DEADLINE = 'SlaDeadline';
export interface SlaDeadline {
  questionId: string;
}
