// The similarQuestions query for Elasticsearch and the 0–1 score built from its results.
import type { estypes } from '@elastic/elasticsearch';
import { fieldsOf, type LanguageGroup } from './elasticsearch.mapping.ts';
import type { SimilarQuery } from './search.adapter.ts';
import { MARK_START, MARK_STOP } from './search.text.ts';

/** The customer's text as one language's analyzer sees it (stemmed, folded, stop words gone). */
export interface AnalyzedText {
  group: LanguageGroup;
  terms: string[];
}

/** Bounds the per-term clauses a 500-character text can generate. */
export const MAX_TERMS = 32;

// How much of a query term a question "covers": in its title, in its title with a typo, only in its body/answer.
const CREDIT = { t: 1, f: 0.7, x: 0.5 } as const;
type Credit = keyof typeof CREDIT;
const FUZZINESS = 'AUTO:4,8';

const named = (group: LanguageGroup, term: number, credit: Credit) => `${group}:${term}:${credit}`;

function coverageClauses({ group, terms }: AnalyzedText): estypes.QueryDslQueryContainer[] {
  const f = fieldsOf(group);
  // Boost 0: these only tell, per hit, which query terms it contains; the BM25 clauses do the ranking.
  return terms.flatMap((value, i) => [
    { term: { [f.title]: { value, boost: 0, _name: named(group, i, 't') } } },
    { fuzzy: { [f.title]: { value, fuzziness: FUZZINESS, prefix_length: 1, boost: 0, _name: named(group, i, 'f') } } },
    { terms: { [f.body]: [value], boost: 0, _name: named(group, i, 'x') } },
    { terms: { [f.answer]: [value], boost: 0, _name: `${named(group, i, 'x')}:a` } },
  ]);
}

function textClause(group: LanguageGroup, text: string): estypes.QueryDslQueryContainer {
  const f = fieldsOf(group);
  return { multi_match: { query: text, type: 'most_fields', fields: [`${f.title}^3`, `${f.body}^1.5`, f.answer] } };
}

export function similarSearch(index: string, query: SimilarQuery, analyzed: AnalyzedText[], size: number): estypes.SearchRequest {
  const filter: estypes.QueryDslQueryContainer[] = [{ term: { brand_id: query.brandId } }];
  if (query.language) filter.push({ term: { language: query.language } });
  const groups = analyzed.filter((a) => a.terms.length > 0);
  return {
    index,
    size,
    track_total_hits: false,
    _source: ['question_id', 'title', 'answer_id', 'answer_body', 'answer_author_id', 'resolved_at'],
    query: {
      bool: {
        // The tenant wall: every search is confined to one brand, whatever else the query says.
        filter,
        must_not: query.excludeQuestionId ? [{ ids: { values: [query.excludeQuestionId] } }] : [],
        should: groups.flatMap((a) => [
          textClause(a.group, query.text),
          { match: { [fieldsOf(a.group).title]: { query: query.text, fuzziness: FUZZINESS, prefix_length: 1, boost: 0.5 } } },
          ...coverageClauses(a),
        ]),
        minimum_should_match: 1,
      },
    },
    highlight: {
      pre_tags: [MARK_START],
      post_tags: [MARK_STOP],
      // Exact (stemmed) matches only, as the PostgreSQL adapter highlights: typo-tolerant matches are not marked.
      highlight_query: { bool: { should: groups.map((a) => textClause(a.group, query.text)) } },
      fields: Object.fromEntries(
        groups.flatMap((a) => [
          [fieldsOf(a.group).title, { number_of_fragments: 0 }],
          [fieldsOf(a.group).answer, { fragment_size: 110, number_of_fragments: 2 }],
        ]),
      ),
    },
  };
}

export interface QuestionSource {
  question_id: string;
  title: string;
  answer_id: string;
  answer_body: string;
  answer_author_id: string;
  resolved_at: string;
}

export interface ScoredHit {
  source: QuestionSource;
  score: number;
  titleFragment: string | undefined;
  answerFragments: string[];
}

/**
 * 0–1 and comparable across queries: the share of the text's terms a question covers (title 1, title with a typo
 * 0.7, body or answer 0.5), scaled by its BM25 score relative to the query's best hit (from ×0.5 to ×1). A
 * question with the customer's very words in its title scores 1; one sharing a single word of five scores ≤ 0.2.
 */
export function scoreHits(hits: estypes.SearchHit<QuestionSource>[], analyzed: AnalyzedText[]): ScoredHit[] {
  const best = Math.max(0, ...hits.map((hit) => hit._score ?? 0));
  const termCount = new Map(analyzed.map((a) => [a.group, a.terms.length]));
  return hits
    .map((hit) => {
      const credits = new Map<string, number>();
      let group: LanguageGroup | undefined;
      for (const name of matchedNames(hit)) {
        const [g, term, credit] = name.split(':') as [LanguageGroup, string, Credit];
        group = g;
        const key = `${g}:${term}`;
        credits.set(key, Math.max(credits.get(key) ?? 0, CREDIT[credit]));
      }
      const terms = group ? (termCount.get(group) ?? 0) : 0;
      const coverage = terms ? [...credits.values()].reduce((sum, c) => sum + c, 0) / terms : 0;
      const relative = best > 0 ? (hit._score ?? 0) / best : 0;
      const highlight = hit.highlight ?? {};
      const titleKey = Object.keys(highlight).find((k) => k.startsWith('title_'));
      const answerKey = Object.keys(highlight).find((k) => k.startsWith('answer_'));
      return {
        source: hit._source!,
        score: Math.round(Math.min(1, coverage * (0.5 + 0.5 * relative)) * 1000) / 1000,
        titleFragment: titleKey ? highlight[titleKey]![0] : undefined,
        answerFragments: answerKey ? highlight[answerKey]! : [],
      };
    })
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || b.source.resolved_at.localeCompare(a.source.resolved_at));
}

function matchedNames(hit: estypes.SearchHit<QuestionSource>): string[] {
  const matched = hit.matched_queries;
  if (!matched) return [];
  return Array.isArray(matched) ? matched : Object.keys(matched);
}
