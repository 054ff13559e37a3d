// Badge rules: which distinctions an expert's accepted answers have earned. Pure functions.

export const BADGES = {
  FIRST_ACCEPTED: 'First accepted answer',
  TEN_ACCEPTED: '10 accepted answers',
  HUNDRED_ACCEPTED: '100 accepted answers',
  FAST_RESPONDER: 'Fast responder',
  FIVE_STAR_STREAK: 'Five-star streak',
  BILINGUAL_HELPER: 'Bilingual helper',
} as const;
export type BadgeCode = keyof typeof BADGES;

/** Answers within the SLA needed for FAST_RESPONDER. */
export const FAST_RESPONSES_NEEDED = 5;
/** Consecutive 5★ ratings needed for FIVE_STAR_STREAK. */
export const FIVE_STAR_STREAK_LENGTH = 5;

/** One of the expert's accepted answers, as the badge rules see it. */
export interface AcceptedAnswer {
  rating: number;
  language: string;
  /** The question was first answered within the brand's SLA. */
  withinSla: boolean;
}

function longestFiveStarRun(history: readonly AcceptedAnswer[]): number {
  let longest = 0;
  let run = 0;
  for (const answer of history) {
    run = answer.rating === 5 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Every badge the history (oldest first) has earned; badges are never taken back, so callers only add. */
export function earnedBadges(history: readonly AcceptedAnswer[]): BadgeCode[] {
  const earned: BadgeCode[] = [];
  if (history.length >= 1) earned.push('FIRST_ACCEPTED');
  if (history.length >= 10) earned.push('TEN_ACCEPTED');
  if (history.length >= 100) earned.push('HUNDRED_ACCEPTED');
  if (history.filter((a) => a.withinSla).length >= FAST_RESPONSES_NEEDED) earned.push('FAST_RESPONDER');
  if (longestFiveStarRun(history) >= FIVE_STAR_STREAK_LENGTH) earned.push('FIVE_STAR_STREAK');
  if (new Set(history.map((a) => a.language)).size >= 2) earned.push('BILINGUAL_HELPER');
  return earned;
}
