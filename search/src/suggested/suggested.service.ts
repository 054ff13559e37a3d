import type { EntityManager } from '@peerdesk/runtime/database';
import type { SearchAdapter } from '../index/search.adapter.ts';
import { isUuid } from '../validation/validators.ts';
import { QuestionText } from './question-text.entity.ts';
import type { SuggestedAnswer } from './suggested-answer.type.ts';

export interface QuestionTextInput {
  questionId: string;
  brandId: string;
  language: string;
  title: string;
  body: string;
}

export class SuggestedAnswerService {
  constructor(
    private readonly em: EntityManager,
    private readonly adapter: SearchAdapter,
  ) {}

  /** Remembers (or refreshes) a question's text; repeating it changes nothing. */
  async remember(text: QuestionTextInput): Promise<void> {
    const { questionId, brandId, language, title, body } = text;
    await this.em.upsert(QuestionText, { questionId, brandId, language, title, body, updatedAt: new Date() });
  }

  async textsByIds(ids: readonly string[]): Promise<(QuestionText | null)[]> {
    const valid = ids.filter(isUuid);
    const found = valid.length ? await this.em.find(QuestionText, { questionId: { $in: valid } }) : [];
    return ids.map((id) => found.find((text) => text.questionId === id) ?? null);
  }

  /** Accepted answers of the brand's resolved questions most like this one (never its own). */
  async suggestFor(question: QuestionText | null, first: number): Promise<SuggestedAnswer[]> {
    if (!question) return [];
    const hits = await this.adapter.similar({
      brandId: question.brandId,
      text: `${question.title}\n${question.body}`,
      language: question.language,
      first,
      excludeQuestionId: question.questionId,
    });
    return hits.map((hit) => ({
      answerId: hit.acceptedAnswerId,
      question: { id: hit.questionId },
      excerpt: hit.excerpt,
      body: hit.answerBody,
      author: { id: hit.answerAuthorId },
      score: hit.score,
    }));
  }
}
