// Every brand's qualification quiz, by brand id. A brand without one cannot qualify experts by quiz (admins waive it).
import type { QuizDefinition } from './quiz.definition.ts';
import { NIMBUS_QUIZ } from './quizzes/nimbus-games.quiz.ts';
import { TELCO_QUIZ } from './quizzes/telco-sol.quiz.ts';

const QUIZZES = new Map<string, QuizDefinition>([NIMBUS_QUIZ, TELCO_QUIZ].map((quiz) => [quiz.brandId, quiz]));

export const quizFor = (brandId: string): QuizDefinition | null => QUIZZES.get(brandId) ?? null;
