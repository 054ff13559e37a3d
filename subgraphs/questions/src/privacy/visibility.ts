// Who sees a question's personal data and an agent's private replies: the asker and the brand's agents and
// admins (and partner keys granted read:personal-data). Experts and other customers see redacted text.
import { hasScope, rolesIn, type Viewer } from '@peerdesk/runtime/viewer';
import type { Question } from '../question/question.entity.ts';
import { DEFAULT_ACCOUNT_PATTERNS, redactPersonalData, type PersonalDataOptions } from './personal-data.ts';

/** Account patterns per brand would come from brand settings; every brand uses the defaults for now. */
export const personalDataOptions = (_brandId: string): PersonalDataOptions => ({ accountPatterns: DEFAULT_ACCOUNT_PATTERNS });

export function isStaff(viewer: Viewer, brandId: string): boolean {
  return rolesIn(viewer, brandId).some((role) => role === 'agent' || role === 'admin');
}

export function seesPersonalData(viewer: Viewer, question: Pick<Question, 'brandId' | 'authorId'>): boolean {
  if (viewer.kind === 'user' && viewer.userId === question.authorId) return true;
  return isStaff(viewer, question.brandId) || hasScope(viewer, question.brandId, 'read:personal-data');
}

/** The text as this viewer may see it. */
export function visibleText(viewer: Viewer, question: Pick<Question, 'brandId' | 'authorId'>, text: string): string {
  return seesPersonalData(viewer, question) ? text : redactPersonalData(text, personalDataOptions(question.brandId)).text;
}

/** What experts, search and other services are told: always redacted, whoever caused the event. */
export const publicText = (brandId: string, text: string): string => redactPersonalData(text, personalDataOptions(brandId)).text;
