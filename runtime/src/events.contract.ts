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
