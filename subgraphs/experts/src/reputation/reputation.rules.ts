// Reputation rules (Stack Overflow style): how many points each thing an expert does is worth. Pure functions.

export const REPUTATION_REASONS = [
  'ACCEPTED_ANSWER',
  'RATING_BONUS',
  'UPVOTE',
  'DOWNVOTE',
  'SLA_BONUS',
  'PENALTY',
  'SEED',
] as const;
export type ReputationReason = (typeof REPUTATION_REASONS)[number];

export const ACCEPTED_ANSWER_POINTS = 15;
export const UPVOTE_POINTS = 10;
export const DOWNVOTE_POINTS = -2;
export const SLA_BONUS_POINTS = 5;
/** Points an expert can gain from votes in one UTC day; accepts and bonuses do not count against it. */
export const DAILY_VOTE_CAP = 200;
/**
 * The brand's SLA is not carried by QuestionResolved yet, so consumers use this until it is
 * (the demo brands use 30 and 60 minutes).
 */
export const DEFAULT_SLA_MINUTES = 60;

export interface ReputationAward {
  reason: ReputationReason;
  points: number;
}

/** The asker's 1–5 star rating of the accepted answer: great answers earn more, poor ones cost. */
export function ratingBonus(rating: number): number {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new RangeError(`rating must be 1–5, got ${rating}`);
  if (rating === 5) return 10;
  if (rating === 4) return 5;
  if (rating === 3) return 0;
  return -5;
}

/** A question first answered within the brand's SLA earns its expert a bonus. */
export function slaBonus(timeToFirstAnswerMs: number, slaMinutes: number): number {
  return timeToFirstAnswerMs >= 0 && timeToFirstAnswerMs <= slaMinutes * 60_000 ? SLA_BONUS_POINTS : 0;
}

/** What the expert of an accepted answer earns when the question is resolved; zero-point awards are left out. */
export function awardsForResolution(input: { rating: number; timeToFirstAnswerMs: number; slaMinutes: number }): ReputationAward[] {
  const awards: ReputationAward[] = [
    { reason: 'ACCEPTED_ANSWER', points: ACCEPTED_ANSWER_POINTS },
    { reason: 'RATING_BONUS', points: ratingBonus(input.rating) },
    { reason: 'SLA_BONUS', points: slaBonus(input.timeToFirstAnswerMs, input.slaMinutes) },
  ];
  return awards.filter((award) => award.points !== 0);
}

/** Reasons whose gains count against the daily cap. */
export function isCapped(reason: ReputationReason): boolean {
  return reason === 'UPVOTE';
}

/**
 * The points actually credited for a vote, given what the expert already gained from votes today (UTC).
 * Losses always apply in full; gains stop at the cap, so the last vote before it may be credited in part.
 */
export function cappedVotePoints(points: number, gainedFromVotesToday: number): number {
  if (points <= 0) return points;
  return Math.max(0, Math.min(points, DAILY_VOTE_CAP - gainedFromVotesToday));
}
