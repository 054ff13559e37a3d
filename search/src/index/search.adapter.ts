// The contract every search engine behind the subgraph fulfils (PostgreSQL full-text now, Elasticsearch later).

/** A resolved question with its accepted answer, as the index stores it. */
export interface IndexedQuestion {
  questionId: string;
  brandId: string;
  /** ISO 639-1: picks the language analysis (stemming, stop words). */
  language: string;
  title: string;
  body: string;
  answerId: string;
  answerBody: string;
  answerAuthorId: string;
  resolvedAt: Date;
}

export interface SimilarQuery {
  /** Tenant wall: only this brand's questions are ever considered. */
  brandId: string;
  text: string;
  /** Restricts hits to questions written in this language; all languages when omitted. */
  language?: string;
  first: number;
  excludeQuestionId?: string;
}

export interface SimilarHit {
  questionId: string;
  title: string;
  /** The accepted answer as plain text, shortened. */
  excerpt: string;
  /** Title and answer fragments, HTML-escaped, with matched terms wrapped in `<mark>`…`</mark>`. */
  highlights: string[];
  /** Relevance from 0 (unrelated) to 1 (same question). Comparable across queries, not across engines. */
  score: number;
  acceptedAnswerId: string;
  answerAuthorId: string;
  /** The accepted answer in full (markdown). */
  answerBody: string;
}

/**
 * Storage-neutral: the PostgreSQL adapter writes in the caller's transaction; an Elasticsearch adapter writes
 * outside it, which is safe because indexing is an idempotent upsert keyed by question id and events are
 * delivered at least once.
 */
export interface SearchAdapter {
  /**
   * Scores at or above this mean "very likely the same question": duplicates are flagged from it, and an unrelated
   * text must never reach it. Calibrated per engine on the relevance set (search/relevance), since scores are not
   * comparable across engines.
   */
  readonly duplicateThreshold: number;
  /** Inserts or replaces documents by question id; repeating a call changes nothing. */
  index(docs: IndexedQuestion[]): Promise<void>;
  remove(questionIds: readonly string[]): Promise<void>;
  /** Best matches first; at most `first`. */
  similar(query: SimilarQuery): Promise<SimilarHit[]>;
}
