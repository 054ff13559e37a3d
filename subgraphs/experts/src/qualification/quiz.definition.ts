// The shape of a brand's qualification quiz. Each brand's quiz lives in quizzes/<brand-slug>.quiz.ts.

export interface ChoiceQuestion {
  kind: 'MULTIPLE_CHOICE';
  id: string;
  prompt: string;
  choices: { id: string; text: string }[];
  correctChoiceId: string;
  points: number;
}

/**
 * A short writing prompt, scored automatically: half the points for a length within [minWords, maxWords], the other
 * half in proportion to how many of `keywords` the answer mentions (case and accents ignored). A human may still read
 * it before approving; the score only gates approval.
 */
export interface WritingQuestion {
  kind: 'WRITING';
  id: string;
  prompt: string;
  minWords: number;
  maxWords: number;
  keywords: string[];
  points: number;
}

export type QuizQuestionDefinition = ChoiceQuestion | WritingQuestion;

export interface QuizDefinition {
  brandId: string;
  /** Percentage of the total points needed to pass, set by the brand. */
  passMark: number;
  questions: QuizQuestionDefinition[];
}
