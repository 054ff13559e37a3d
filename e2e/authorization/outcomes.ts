// The vocabulary of the authorization matrix: who tries, and what may come of it.
import type { Scope } from '@peerdesk/runtime/viewer';

export const ACTORS = [
  'anonymous',
  'customerA',
  'expertA',
  'agentA',
  'adminA',
  'partnerWith',
  'partnerWithout',
  'customerB',
  'expertB',
  'agentB',
  'adminB',
  'partnerB',
] as const;
export type Actor = (typeof ACTORS)[number];

/** People and keys of brand B, trying brand A's objects: every one of their cells must be denied. */
export const BRAND_B: readonly Actor[] = ['customerB', 'expertB', 'agentB', 'adminB', 'partnerB'];

export const OUTCOMES = {
  ok: 'allowed: acts on or returns brand A’s data, personal data included where the field has any',
  redacted: 'allowed, but the personal data in brand A’s objects is hidden (as an anonymous visitor sees them)',
  public: 'allowed: only what anyone may see of brand A (no personal data anywhere in the answer)',
  self: 'allowed: acts only on the caller’s own account; nothing of brand A is reachable through it',
  empty: 'allowed, answers nothing (null or an empty list)',
  UNAUTHENTICATED: 'refused: sign in (or the credentials are not accepted for this field)',
  FORBIDDEN: 'refused: the caller’s role or key scope does not allow it',
  NOT_FOUND: 'refused as if the object did not exist',
  CONFLICT: 'allowed past authorization, refused by the object’s state (nothing written)',
  UNREACHABLE: 'not part of the public API (`@inaccessible`): the gateway rejects the operation',
} as const;
export type Outcome = keyof typeof OUTCOMES;

/** Outcomes that grant a brand B caller nothing of brand A beyond what an anonymous visitor gets. */
export const DENIED: readonly Outcome[] = [
  'redacted',
  'public',
  'self',
  'empty',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNREACHABLE',
];
export const ERRORS: readonly Outcome[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNREACHABLE'];

export interface Expectation {
  /** The partner scope the field needs (`partnerWith` holds only it, `partnerWithout` every other); null: none. */
  scope: Scope | null;
  /** One outcome per actor, in ACTORS order. */
  cells: Record<Actor, Outcome>;
  /** Why, when the cells alone do not say it. */
  note?: string;
}

/** Builds a row from outcomes listed in ACTORS order. */
export function row(scope: Scope | null, outcomes: string, note?: string): Expectation {
  const list = outcomes.trim().split(/\s+/) as Outcome[];
  if (list.length !== ACTORS.length) throw new Error(`a row needs ${ACTORS.length} outcomes, got ${list.length}: ${outcomes}`);
  for (const outcome of list) if (!(outcome in OUTCOMES)) throw new Error(`unknown outcome ${outcome}`);
  return {
    scope,
    cells: Object.fromEntries(ACTORS.map((actor, i) => [actor, list[i]!])) as Record<Actor, Outcome>,
    ...(note ? { note } : {}),
  };
}
