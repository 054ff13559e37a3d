// Auto-scoring of qualification quizzes. Pure functions.
import type { QuizDefinition, WritingQuestion } from './quiz.definition.ts';

export interface QuizAnswer {
  questionId: string;
  choiceId?: string | null;
  text?: string | null;
}

export interface QuizResult {
  /** Percentage of the quiz's total points, 0–100, rounded down. */
  score: number;
  passed: boolean;
}

const normalise = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export const wordCount = (text: string) => text.trim().split(/\s+/u).filter(Boolean).length;

/** Points for a writing answer: half for a fitting length, half for the share of keywords it mentions. */
export function writingPoints(question: WritingQuestion, text: string): number {
  const words = wordCount(text);
  const lengthOk = words >= question.minWords && words <= question.maxWords ? 1 : 0;
  const body = normalise(text);
  const mentioned = question.keywords.filter((keyword) => body.includes(normalise(keyword))).length;
  const keywordShare = question.keywords.length ? mentioned / question.keywords.length : 1;
  return (question.points / 2) * lengthOk + (question.points / 2) * keywordShare;
}

/** Scores answers against a quiz; unanswered or unknown questions earn nothing, a repeated answer counts once. */
export function scoreQuiz(quiz: QuizDefinition, answers: readonly QuizAnswer[]): QuizResult {
  const byQuestion = new Map<string, QuizAnswer>();
  for (const answer of answers) if (!byQuestion.has(answer.questionId)) byQuestion.set(answer.questionId, answer);
  let earned = 0;
  let total = 0;
  for (const question of quiz.questions) {
    total += question.points;
    const answer = byQuestion.get(question.id);
    if (!answer) continue;
    if (question.kind === 'MULTIPLE_CHOICE') earned += answer.choiceId === question.correctChoiceId ? question.points : 0;
    else earned += writingPoints(question, answer.text ?? '');
  }
  const score = total === 0 ? 0 : Math.floor((earned / total) * 100);
  return { score, passed: score >= quiz.passMark };
}
