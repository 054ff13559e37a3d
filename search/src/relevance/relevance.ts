// Relevance evaluation: the committed labelled set (search/relevance/*.json), the metrics, and a run of one engine.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transaction, type EntityManager, type Orm } from '@peerdesk/runtime/database';
import type { IndexedQuestion, SearchAdapter } from '../index/search.adapter.ts';

export interface CorpusDocument {
  id: string;
  language: string;
  category: string;
  title: string;
  body: string;
  answer: string;
}

export interface LabelledQuery {
  id: string;
  language: string;
  kind: 'paraphrase' | 'vocabulary' | 'typo' | 'negative';
  text: string;
  /** Judged relevant corpus ids; empty for a true negative (nothing in the corpus answers it). */
  relevant: string[];
}

const dir = new URL('../../relevance/', import.meta.url);
export const loadCorpus = () => (JSON.parse(readFileSync(new URL('corpus.json', dir), 'utf8')) as { documents: CorpusDocument[] }).documents;
export const loadQueries = () => (JSON.parse(readFileSync(new URL('queries.json', dir), 'utf8')) as { queries: LabelledQuery[] }).queries;

/** Stable UUIDs for corpus ids, so hits map back to labels. */
export function corpusUuid(id: string): string {
  const hex = createHash('sha256').update(`peerdesk-relevance:${id}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface QueryOutcome {
  reciprocalRank: number;
  ndcg10: number;
  precision1: number;
}

/**
 * Binary-gain metrics over the ranked hit ids. A true negative is answered correctly (1 on every metric) when no hit
 * reaches the duplicate threshold, i.e. the asker would not be told "this was already answered".
 */
export function judge(ranked: { id: string; score: number }[], relevant: readonly string[], threshold: number): QueryOutcome {
  if (relevant.length === 0) {
    const correct = ranked.every((hit) => hit.score < threshold) ? 1 : 0;
    return { reciprocalRank: correct, ndcg10: correct, precision1: correct };
  }
  const wanted = new Set(relevant);
  const first = ranked.findIndex((hit) => wanted.has(hit.id));
  const dcg = ranked.slice(0, 10).reduce((sum, hit, i) => sum + (wanted.has(hit.id) ? 1 / Math.log2(i + 2) : 0), 0);
  let ideal = 0;
  for (let i = 0; i < Math.min(relevant.length, 10); i++) ideal += 1 / Math.log2(i + 2);
  return {
    reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
    ndcg10: dcg / ideal,
    precision1: ranked[0] && wanted.has(ranked[0].id) ? 1 : 0,
  };
}

export interface Scores {
  queries: number;
  mrr: number;
  ndcg10: number;
  p1: number;
}

export function average(outcomes: QueryOutcome[]): Scores {
  const mean = (pick: (o: QueryOutcome) => number) => (outcomes.length ? outcomes.reduce((s, o) => s + pick(o), 0) / outcomes.length : 0);
  return { queries: outcomes.length, mrr: mean((o) => o.reciprocalRank), ndcg10: mean((o) => o.ndcg10), p1: mean((o) => o.precision1) };
}

export type EvaluationReport = Record<string, Scores>;

/**
 * Indexes the corpus into a fresh brand per language (so repeated runs never meet) and runs every labelled query
 * through the adapter as the ask form does: the brand and its language, ten hits.
 */
export async function evaluateAdapter(orm: Orm, adapterFor: (em: EntityManager) => SearchAdapter): Promise<EvaluationReport> {
  const brands: Record<string, string> = { es: randomUUID(), en: randomUUID() };
  const resolvedAt = new Date();
  const docs: IndexedQuestion[] = loadCorpus().map((doc) => ({
    questionId: corpusUuid(doc.id),
    brandId: brands[doc.language]!,
    language: doc.language,
    title: doc.title,
    body: doc.body,
    answerId: corpusUuid(`${doc.id}:answer`),
    answerBody: doc.answer,
    answerAuthorId: corpusUuid('relevance-author'),
    resolvedAt,
  }));
  await transaction(orm, (em) => adapterFor(em).index(docs));
  const byUuid = new Map(loadCorpus().map((doc) => [corpusUuid(doc.id), doc.id]));
  const outcomes: Record<string, QueryOutcome[]> = { all: [] };
  for (const query of loadQueries()) {
    const adapter = adapterFor(orm.em.fork());
    const hits = await adapter.similar({ brandId: brands[query.language]!, text: query.text, language: query.language, first: 10 });
    const ranked = hits.map((hit) => ({ id: byUuid.get(hit.questionId) ?? hit.questionId, score: hit.score }));
    const outcome = judge(ranked, query.relevant, adapter.duplicateThreshold);
    for (const key of ['all', query.language]) (outcomes[key] ??= []).push(outcome);
  }
  return Object.fromEntries(Object.entries(outcomes).map(([key, list]) => [key, average(list)]));
}

/** Side-by-side table: one row per engine and language. */
export function formatReport(reports: Record<string, EvaluationReport>): string {
  const rows = [['engine', 'language', 'queries', 'MRR', 'nDCG@10', 'P@1']];
  for (const [engine, report] of Object.entries(reports)) {
    for (const language of ['es', 'en', 'all']) {
      const s = report[language];
      if (s) rows.push([engine, language, String(s.queries), s.mrr.toFixed(3), s.ndcg10.toFixed(3), s.p1.toFixed(3)]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
