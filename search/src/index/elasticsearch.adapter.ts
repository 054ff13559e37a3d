// Elasticsearch: the engine for production. Searches read the alias; writes go to the PostgreSQL index table
// first (the source of record a full reindex rebuilds from, in the caller's transaction) and then to the alias.
import type { Client } from '@elastic/elasticsearch';
import type { EntityManager } from '@peerdesk/runtime/database';
import { bulkWrite, type BulkOperation } from './elasticsearch.bulk.ts';
import { ensureAlias } from './elasticsearch.indices.ts';
import { ANALYZERS, LANGUAGE_GROUPS, QUESTIONS_ALIAS, groupOf, toDocument } from './elasticsearch.mapping.ts';
import { MAX_TERMS, scoreHits, similarSearch, type AnalyzedText, type QuestionSource } from './elasticsearch.query.ts';
import { PostgresSearchAdapter } from './postgres.adapter.ts';
import type { IndexedQuestion, SearchAdapter, SimilarHit, SimilarQuery } from './search.adapter.ts';
import { excerpt, hasMark, markedHtml } from './search.text.ts';

export interface ElasticsearchAdapterOptions {
  alias?: string;
  /** `true` makes writes visible to the next search at once (tests); production relies on the 1 s refresh. */
  refresh?: boolean | 'wait_for';
}

/** Ranking is recomputed on a few more candidates than asked for (see scoreHits). */
const CANDIDATES = 20;

export const indexOperation = (doc: IndexedQuestion): BulkOperation => ({
  kind: 'index',
  id: doc.questionId,
  document: toDocument(doc),
  version: doc.resolvedAt.getTime(),
});

/** See SearchAdapter.duplicateThreshold; measured with search/relevance/evaluate.ts. */
export const ELASTICSEARCH_DUPLICATE_THRESHOLD = 0.55;

export class ElasticsearchSearchAdapter implements SearchAdapter {
  readonly duplicateThreshold = ELASTICSEARCH_DUPLICATE_THRESHOLD;
  private readonly alias: string;
  private readonly records: PostgresSearchAdapter;

  constructor(
    em: EntityManager,
    private readonly client: Client,
    private readonly options: ElasticsearchAdapterOptions = {},
  ) {
    this.alias = options.alias ?? QUESTIONS_ALIAS;
    this.records = new PostgresSearchAdapter(em);
  }

  /**
   * Outside the caller's transaction, which is safe: documents are versioned by resolution time (a late, older
   * event never overwrites a newer one) and an Elasticsearch failure fails the caller, whose event is redelivered.
   */
  async index(docs: IndexedQuestion[]): Promise<void> {
    if (docs.length === 0) return;
    await this.records.index(docs);
    await ensureAlias(this.client, this.alias);
    await bulkWrite(this.client, this.alias, docs.map(indexOperation), { refresh: this.options.refresh ?? false });
  }

  async remove(questionIds: readonly string[]): Promise<void> {
    if (questionIds.length === 0) return;
    await this.records.remove(questionIds);
    await ensureAlias(this.client, this.alias);
    const operations = questionIds.map((id): BulkOperation => ({ kind: 'delete', id }));
    await bulkWrite(this.client, this.alias, operations, { refresh: this.options.refresh ?? false });
  }

  async similar(query: SimilarQuery): Promise<SimilarHit[]> {
    await ensureAlias(this.client, this.alias);
    const groups = query.language ? [groupOf(query.language)] : [...LANGUAGE_GROUPS];
    const analyzed = await Promise.all(groups.map((group) => this.analyze(group, query.text)));
    if (analyzed.every((a) => a.terms.length === 0)) return [];
    const size = Math.max(query.first, CANDIDATES);
    const response = await this.client.search<QuestionSource>(similarSearch(this.alias, query, analyzed, size));
    return scoreHits(response.hits.hits, analyzed)
      .slice(0, query.first)
      .map(({ source, score, titleFragment, answerFragments }) => ({
        questionId: source.question_id,
        title: source.title,
        excerpt: excerpt(source.answer_body),
        highlights: [titleFragment, answerFragments.join(' … ')].filter((f): f is string => !!f && hasMark(f)).map(markedHtml),
        score,
        acceptedAnswerId: source.answer_id,
        answerAuthorId: source.answer_author_id,
        answerBody: source.answer_body,
      }));
  }

  /** The distinct terms the index's analyzer makes of the text: what coverage is measured against. */
  private async analyze(group: AnalyzedText['group'], text: string): Promise<AnalyzedText> {
    const { tokens = [] } = await this.client.indices.analyze({ index: this.alias, analyzer: ANALYZERS[group], text });
    return { group, terms: [...new Set(tokens.map((t) => t.token))].slice(0, MAX_TERMS) };
  }
}
