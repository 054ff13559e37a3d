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

/** Matches taken per tier: the work per query is bounded however many documents a brand has. */
export const CANDIDATES_PER_TIER = 100;
/** How many of a brand's newest documents are searched for any of the customer's words. */
export const RECENT_WINDOW = 2_000;
/** How close (pg_trgm similarity) a title word must be to a word the customer typed to stand in for it. */
const TYPO_SIMILARITY = 0.5;

// Step 1, the query: the customer's words in each language's full-text form, every word required (`*_all`) and any
// word (`*_any`). A typed word that is in none of the brand's titles but close to one of their words (a typo:
// "roamin") brings that word into the any-word query; the short word list is searched, never every title.
const QUERY_SQL = `
with params as (select ?::uuid as brand_id, search.f_unaccent(?::text) as text),
typed as (select distinct w from params p cross join search.title_words(p.text) w),
fixes as (
  select (select v.word from search.title_word v cross join params p
           where v.brand_id = p.brand_id and v.word operator(public.%) t.w and public.similarity(v.word, t.w) >= ${TYPO_SIMILARITY}
           order by public.similarity(v.word, t.w) desc, v.word limit 1) as word
  from typed t
  where not exists (select 1 from search.title_word v cross join params p where v.brand_id = p.brand_id and v.word = t.w)
), expanded as (
  select p.text as typed, p.text || coalesce(' ' || (select string_agg(word, ' ') from fixes), '') as text from params p
)
select
  plainto_tsquery('pg_catalog.spanish', e.typed)::text as es_all,
  plainto_tsquery('pg_catalog.english', e.typed)::text as en_all,
  plainto_tsquery('pg_catalog.simple', e.typed)::text as other_all,
  search.all_but_one(plainto_tsquery('pg_catalog.spanish', e.typed))::text as es_most,
  search.all_but_one(plainto_tsquery('pg_catalog.english', e.typed))::text as en_most,
  search.all_but_one(plainto_tsquery('pg_catalog.simple', e.typed))::text as other_most,
  replace(plainto_tsquery('pg_catalog.spanish', e.text)::text, ' & ', ' | ') as es_any,
  replace(plainto_tsquery('pg_catalog.english', e.text)::text, ' & ', ' | ') as en_any,
  replace(plainto_tsquery('pg_catalog.simple', e.text)::text, ' & ', ' | ') as other_any,
  lower(e.typed) as folded
from expanded e`;

interface QueryRow {
  es_all: string;
  en_all: string;
  other_all: string;
  es_most: string;
  en_most: string;
  other_most: string;
  es_any: string;
  en_any: string;
  other_any: string;
  folded: string;
}

const matches = (kind: 'all' | 'most' | 'any') => `((i.language = 'es' and i.document @@ p.es_${kind})
      or (i.language = 'en' and i.document @@ p.en_${kind})
      or (i.language not in ('es', 'en') and i.document @@ p.other_${kind}))`;

/**
 * A tier of candidates: the brand's newest documents with every word; or documents with all words but one, as the
 * full-text index yields them (ordering thousands of near matches by date would cost more than ranking them all).
 */
const tier = (kind: 'all' | 'most') => `(
  select i.question_id from search.indexed_question i cross join params p
  where i.brand_id = p.brand_id
    and (p.language is null or i.language = p.language)
    and (p.exclude_id is null or i.question_id <> p.exclude_id)
    and ${matches(kind)}
  ${kind === 'all' ? 'order by i.resolved_at desc' : ''}
  limit ${CANDIDATES_PER_TIER})`;

/** The last tier: any of the words, among the brand's newest documents (all of them in a brand of that size). */
const recentTier = `(
  select i.question_id from (
    select r.* from search.indexed_question r cross join params p
    where r.brand_id = p.brand_id order by r.resolved_at desc limit ${RECENT_WINDOW}
  ) i cross join params p
  where (p.language is null or i.language = p.language)
    and (p.exclude_id is null or i.question_id <> p.exclude_id)
    and ${matches('any')}
  limit ${CANDIDATES_PER_TIER})`;

// Step 2, the ranking of at most 3 × CANDIDATES_PER_TIER candidates: the newest documents with every word, documents
// with all words but one (paraphrases, longer texts), and documents with any word among the brand's RECENT_WINDOW
// newest. A brand with fewer documents than that has every match ranked, exactly as an exhaustive search would; a
// bigger one finds older questions through most of their words. The queries are parameters, not computed in the
// statement, so the planner sees their words and picks, per tier, between the full-text index and reading the newest
// documents until enough match. Only the returned rows pay for ts_headline.
const SIMILAR_SQL = `
with params as not materialized (
  select ?::uuid as brand_id, ?::text as language, ?::uuid as exclude_id, ?::int as first,
    ?::tsquery as es_all, ?::tsquery as en_all, ?::tsquery as other_all,
    ?::tsquery as es_most, ?::tsquery as en_most, ?::tsquery as other_most,
    ?::tsquery as es_any, ?::tsquery as en_any, ?::tsquery as other_any, ?::text as folded
), candidates as (
  select i.question_id, i.language, i.title, i.answer_id, i.answer_body, i.answer_author_id, i.resolved_at,
    case i.language when 'es' then p.es_any when 'en' then p.en_any else p.other_any end as tsq,
    ts_rank_cd(i.document, case i.language when 'es' then p.es_any when 'en' then p.en_any else p.other_any end, 32) as text_rank,
    public.word_similarity(p.folded, search.f_unaccent(lower(i.title))) as title_similarity
  from (${tier('all')} union ${tier('most')} union ${recentTier}) c
  join search.indexed_question i on i.question_id = c.question_id
  cross join params p
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
    const [words] = await this.em.execute<QueryRow[]>(QUERY_SQL, [query.brandId, query.text]);
    const rows = await this.em.execute<SimilarRow[]>(SIMILAR_SQL, [
      query.brandId,
      query.language ?? null,
      query.excludeQuestionId ?? null,
      query.first,
      words!.es_all,
      words!.en_all,
      words!.other_all,
      words!.es_most,
      words!.en_most,
      words!.other_most,
      words!.es_any,
      words!.en_any,
      words!.other_any,
      words!.folded,
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
