// PostgreSQL full-text search: the embedded default engine. Writes join the caller's transaction.
import type { EntityManager } from '@peerdesk/runtime/database';
import type { IndexedQuestion, SearchAdapter, SimilarHit, SimilarQuery } from './search.adapter.ts';
import { MARK_START, MARK_STOP, excerpt, hasMark, markedHtml } from './search.text.ts';

/**
 * Weights of full-text relevance (ts_rank_cd normalised to 0–1 by rank/(rank+1), square-rooted so that
 * strong matches spread out instead of bunching near 0.5) and of the title's trigram closeness to the text.
 */
const TEXT_WEIGHT = 0.75;
const TITLE_WEIGHT = 0.25;

/** See SearchAdapter.duplicateThreshold; measured with search/relevance/evaluate.ts. */
export const POSTGRES_DUPLICATE_THRESHOLD = 0.7;

const HEADLINE_TITLE = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, HighlightAll=true`;
const HEADLINE_ANSWER = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "`;

// One statement: the customer's words become an OR query per language (paraphrases rarely share every word),
// candidates are the brand's documents matching it or whose title contains something trigram-close to the
// text (typos; `<%` uses pg_trgm.word_similarity_threshold, 0.6 by default, and the title's GIN index),
// and only the returned rows pay for ts_headline.
const SIMILAR_SQL = `
with params as (
  select ?::uuid as brand_id, ?::text as text, ?::text as language, ?::uuid as exclude_id, ?::int as first
), q as (
  select p.*,
    replace(plainto_tsquery('pg_catalog.spanish', search.f_unaccent(p.text))::text, ' & ', ' | ')::tsquery as es,
    replace(plainto_tsquery('pg_catalog.english', search.f_unaccent(p.text))::text, ' & ', ' | ')::tsquery as en,
    replace(plainto_tsquery('pg_catalog.simple', search.f_unaccent(p.text))::text, ' & ', ' | ')::tsquery as other,
    search.f_unaccent(lower(p.text)) as folded
  from params p
), candidates as (
  select i.question_id, i.language, i.title, i.answer_id, i.answer_body, i.answer_author_id, i.resolved_at,
    case i.language when 'es' then q.es when 'en' then q.en else q.other end as tsq,
    ts_rank_cd(i.document, case i.language when 'es' then q.es when 'en' then q.en else q.other end, 32) as text_rank,
    public.word_similarity(q.folded, search.f_unaccent(lower(i.title))) as title_similarity
  from search.indexed_question i cross join q
  where i.brand_id = q.brand_id
    and (q.language is null or i.language = q.language)
    and (q.exclude_id is null or i.question_id <> q.exclude_id)
    and ((i.language = 'es' and i.document @@ q.es)
      or (i.language = 'en' and i.document @@ q.en)
      or (i.language not in ('es', 'en') and i.document @@ q.other)
      or q.folded operator(public.<%) search.f_unaccent(lower(i.title)))
), ranked as (
  select c.*, least(1, ${TEXT_WEIGHT} * sqrt(c.text_rank) + ${TITLE_WEIGHT} * c.title_similarity) as score
  from candidates c
  order by score desc, c.resolved_at desc
  limit (select first from params)
)
select r.question_id, r.title, r.answer_id, r.answer_body, r.answer_author_id, r.score,
  ts_headline(search.headline_config(r.language), r.title, r.tsq, '${HEADLINE_TITLE}') as title_headline,
  ts_headline(search.headline_config(r.language), r.answer_body, r.tsq, '${HEADLINE_ANSWER}') as answer_headline
from ranked r
order by r.score desc, r.resolved_at desc`;

interface SimilarRow {
  question_id: string;
  title: string;
  answer_id: string;
  answer_body: string;
  answer_author_id: string;
  score: number | string;
  title_headline: string;
  answer_headline: string;
}

/** Control characters are stripped from indexed text so only the engine's highlight marks can appear. */
// eslint-disable-next-line no-control-regex -- the highlight marks are control characters on purpose
const clean = (text: string) => text.replace(/[\u0001\u0002]/g, '');

export class PostgresSearchAdapter implements SearchAdapter {
  readonly duplicateThreshold = POSTGRES_DUPLICATE_THRESHOLD;

  constructor(private readonly em: EntityManager) {}

  async index(docs: IndexedQuestion[]): Promise<void> {
    for (const doc of docs) {
      await this.em.execute(
        `insert into search.indexed_question
           (question_id, brand_id, language, title, body, answer_id, answer_body, answer_author_id, resolved_at, indexed_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, now())
         on conflict (question_id) do update set
           brand_id = excluded.brand_id, language = excluded.language, title = excluded.title, body = excluded.body,
           answer_id = excluded.answer_id, answer_body = excluded.answer_body,
           answer_author_id = excluded.answer_author_id, resolved_at = excluded.resolved_at, indexed_at = now()
         -- Events may arrive out of order: a later resolution is never overwritten by an earlier one.
         where excluded.resolved_at >= search.indexed_question.resolved_at`,
        [
          doc.questionId,
          doc.brandId,
          doc.language,
          clean(doc.title),
          clean(doc.body),
          doc.answerId,
          clean(doc.answerBody),
          doc.answerAuthorId,
          doc.resolvedAt,
        ],
      );
    }
  }

  async remove(questionIds: readonly string[]): Promise<void> {
    if (questionIds.length === 0) return;
    const placeholders = questionIds.map(() => '?').join(', ');
    await this.em.execute(`delete from search.indexed_question where question_id in (${placeholders})`, [...questionIds]);
  }

  async similar(query: SimilarQuery): Promise<SimilarHit[]> {
    const rows = await this.em.execute<SimilarRow[]>(SIMILAR_SQL, [
      query.brandId,
      query.text,
      query.language ?? null,
      query.excludeQuestionId ?? null,
      query.first,
    ]);
    return rows.map((row) => ({
      questionId: row.question_id,
      title: row.title,
      excerpt: excerpt(row.answer_body),
      highlights: [row.title_headline, row.answer_headline].filter(hasMark).map(markedHtml),
      score: Math.round(Number(row.score) * 1000) / 1000,
      acceptedAnswerId: row.answer_id,
      answerAuthorId: row.answer_author_id,
      answerBody: row.answer_body,
    }));
  }
}
