import type { SearchAdapter } from '../index/search.adapter.ts';
import type { SimilarQuestionsArgs } from './similar.args.ts';
import type { SimilarQuestion } from './similar-question.type.ts';

export class SimilarService {
  constructor(private readonly adapter: SearchAdapter) {}

  /** Public read, like the community pages: resolved questions are what a brand shows everyone. */
  async similarQuestions(args: SimilarQuestionsArgs): Promise<SimilarQuestion[]> {
    const hits = await this.adapter.similar({
      brandId: args.brandId,
      text: args.text.trim(),
      language: args.language ?? undefined,
      first: args.first,
    });
    return hits.map((hit) => ({
      question: { id: hit.questionId },
      title: hit.title,
      excerpt: hit.excerpt,
      highlights: hit.highlights,
      score: hit.score,
      duplicate: hit.score >= this.adapter.duplicateThreshold,
    }));
  }
}
