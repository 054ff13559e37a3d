// Routing score: who of a brand's experts should see a new question first. Pure functions, no I/O.
//
// score = (0.50 × skill + 0.30 × reputation + 0.20 × responsiveness) × level multiplier × load factor
//
// | Part            | Range    | How                                                                              |
// | --------------- | -------- | -------------------------------------------------------------------------------- |
// | skill           | 0 or 1   | 1 when the question's category is one of the expert's skills                     |
// | reputation      | 0–1      | log(1 + rep) / log(1 + 5000): 100 → 0.54, 1500 → 0.86, 5000+ → 1; negative → 0  |
// | responsiveness  | 0–1      | (2 + accepted) / (2 + accepted + 0.5 × declined + 1 × ignored), last 7 days      |
// | level           | 1–2      | LEVELS[].routingMultiplier (level.rules.ts)                                      |
// | load factor     | 0–1      | 1 / (1 + 0.5 × open claims + 0.1 × open offers)                                  |
// | language        | filter   | an expert who does not speak the question's language is never offered it        |
// | claim limit     | filter   | an expert holding as many claims as the level allows is not offered more          |
//
// Ties are broken by expert id so the same state always routes the same way.
import { levelFor } from '../level/level.rules.ts';

export const ROUTING_WEIGHTS = { skill: 0.5, reputation: 0.3, responsiveness: 0.2 } as const;
/** Reputation at which the reputation part is full (the top level's threshold). */
export const REPUTATION_SCALE = 5000;
/** A new expert starts fully responsive, as if with this many accepted offers. */
export const RESPONSIVENESS_PRIOR = 2;
export const DECLINE_WEIGHT = 0.5;
/** An offer left to expire costs more than an honest decline. */
export const IGNORE_WEIGHT = 1;
export const CLAIM_LOAD = 0.5;
export const OFFER_LOAD = 0.1;
/** How far back declines and ignored offers count against responsiveness. */
export const RESPONSIVENESS_WINDOW_MS = 7 * 24 * 3_600_000;

export interface RoutingCandidate {
  expertId: string;
  userId: string;
  skills: readonly string[];
  languages: readonly string[];
  reputation: number;
  /** Questions the expert holds claimed right now (in this brand). */
  openClaims: number;
  /** Offers waiting for the expert's answer right now (in this brand). */
  openOffers: number;
  /** Offers of the responsiveness window, by outcome. */
  recentAccepted: number;
  recentDeclined: number;
  recentIgnored: number;
}

export interface RoutingQuestion {
  category: string;
  language: string;
}

export interface ScoredCandidate {
  candidate: RoutingCandidate;
  score: number;
}

export const skillMatch = (skills: readonly string[], category: string): number => (skills.includes(category) ? 1 : 0);

export function reputationScore(reputation: number): number {
  if (reputation <= 0) return 0;
  return Math.min(1, Math.log1p(reputation) / Math.log1p(REPUTATION_SCALE));
}

export function responsiveness(history: { accepted: number; declined: number; ignored: number }): number {
  const good = RESPONSIVENESS_PRIOR + history.accepted;
  return good / (good + DECLINE_WEIGHT * history.declined + IGNORE_WEIGHT * history.ignored);
}

export const loadFactor = (openClaims: number, openOffers: number): number =>
  1 / (1 + CLAIM_LOAD * openClaims + OFFER_LOAD * openOffers);

/** The candidate's score, or null when the expert must not be offered the question at all. */
export function scoreCandidate(candidate: RoutingCandidate, question: RoutingQuestion): number | null {
  if (!candidate.languages.includes(question.language)) return null;
  const level = levelFor(candidate.reputation);
  if (candidate.openClaims >= level.claimLimit) return null;
  const base =
    ROUTING_WEIGHTS.skill * skillMatch(candidate.skills, question.category) +
    ROUTING_WEIGHTS.reputation * reputationScore(candidate.reputation) +
    ROUTING_WEIGHTS.responsiveness *
      responsiveness({
        accepted: candidate.recentAccepted,
        declined: candidate.recentDeclined,
        ignored: candidate.recentIgnored,
      });
  return base * level.routingMultiplier * loadFactor(candidate.openClaims, candidate.openOffers);
}

/** The best `count` eligible candidates not in `excluded`, best first. */
export function pickTop(
  candidates: readonly RoutingCandidate[],
  question: RoutingQuestion,
  count: number,
  excluded: ReadonlySet<string> = new Set(),
): ScoredCandidate[] {
  const scored: ScoredCandidate[] = [];
  for (const candidate of candidates) {
    if (excluded.has(candidate.expertId)) continue;
    const score = scoreCandidate(candidate, question);
    if (score !== null) scored.push({ candidate, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.candidate.expertId < b.candidate.expertId ? -1 : 1));
  return scored.slice(0, count);
}
