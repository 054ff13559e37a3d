import { describe, expect, it } from 'vitest';
import type { QuizDefinition, WritingQuestion } from './quiz.definition.ts';
import { quizFor } from './quiz.registry.ts';
import { NIMBUS_QUIZ } from './quizzes/nimbus-games.quiz.ts';
import { TELCO_QUIZ } from './quizzes/telco-sol.quiz.ts';
import { scoreQuiz, wordCount, writingPoints } from './quiz.scoring.ts';

const writing: WritingQuestion = { kind: 'WRITING', id: 'w', prompt: '', minWords: 3, maxWords: 6, keywords: ['número', 'sim'], points: 10 };
const quiz: QuizDefinition = {
  brandId: 'b',
  passMark: 75,
  questions: [
    { kind: 'MULTIPLE_CHOICE', id: 'q1', prompt: '', choices: [], correctChoiceId: 'a', points: 10 },
    { kind: 'MULTIPLE_CHOICE', id: 'q2', prompt: '', choices: [], correctChoiceId: 'b', points: 10 },
    writing,
  ],
};

describe('writingPoints', () => {
  it('gives half for a fitting length and half for keywords, ignoring case and accents', () => {
    expect(writingPoints(writing, 'Pide la portabilidad del NUMERO con tu SIM')).toBe(0 + 5); // 8 words: keywords only
    expect(writingPoints(writing, 'Trae tu numero y SIM')).toBe(10);
    expect(writingPoints(writing, 'Trae tu número ya')).toBe(5 + 2.5);
    expect(writingPoints(writing, 'sí')).toBe(0);
  });

  it('counts words on whitespace', () => expect(wordCount('  uno  dos\ntres ')).toBe(3));
});

describe('scoreQuiz', () => {
  it('passes at the pass mark and fails below it', () => {
    expect(scoreQuiz(quiz, [{ questionId: 'q1', choiceId: 'a' }, { questionId: 'q2', choiceId: 'b' }, { questionId: 'w', text: 'Trae tu número ya' }])).toEqual({
      score: 91,
      passed: true,
    });
    expect(scoreQuiz(quiz, [{ questionId: 'q1', choiceId: 'a' }, { questionId: 'q2', choiceId: 'c' }, { questionId: 'w', text: 'Trae tu numero y SIM' }])).toEqual({
      score: 66,
      passed: false,
    });
  });

  it('gives nothing for missing, unknown or repeated answers', () => {
    expect(scoreQuiz(quiz, [])).toEqual({ score: 0, passed: false });
    expect(scoreQuiz(quiz, [{ questionId: 'zzz', choiceId: 'a' }, { questionId: 'q1', choiceId: 'x' }, { questionId: 'q1', choiceId: 'a' }]).score).toBe(0);
  });

  it('lets a perfect answer sheet pass every demo quiz', () => {
    for (const demo of [NIMBUS_QUIZ, TELCO_QUIZ]) {
      const answers = demo.questions.map((q) =>
        q.kind === 'MULTIPLE_CHOICE' ? { questionId: q.id, choiceId: q.correctChoiceId } : { questionId: q.id, text: `${q.keywords.join(' ')} ${'palabra '.repeat(q.minWords)}` },
      );
      expect(scoreQuiz(demo, answers)).toEqual({ score: 100, passed: true });
      expect(quizFor(demo.brandId)).toBe(demo);
    }
    expect(quizFor('unknown')).toBeNull();
  });
});
