import { describe, expect, it } from 'vitest';
import { average, corpusUuid, judge, loadCorpus, loadQueries } from './relevance.ts';

const hits = (...ids: string[]) => ids.map((id, i) => ({ id, score: 0.9 - i * 0.1 }));

describe('judge', () => {
  it('scores the rank of the first relevant hit and discounts later ones', () => {
    expect(judge(hits('a', 'b'), ['a'], 0.5)).toEqual({ reciprocalRank: 1, ndcg10: 1, precision1: 1 });
    const second = judge(hits('x', 'a'), ['a'], 0.5);
    expect(second.reciprocalRank).toBe(0.5);
    expect(second.precision1).toBe(0);
    expect(second.ndcg10).toBeCloseTo(1 / Math.log2(3));
    expect(judge(hits('x', 'y'), ['a'], 0.5)).toEqual({ reciprocalRank: 0, ndcg10: 0, precision1: 0 });
  });

  it('normalises nDCG by the ideal ranking of every relevant question', () => {
    expect(judge(hits('a', 'b'), ['a', 'b'], 0.5).ndcg10).toBeCloseTo(1);
    expect(judge(hits('a', 'x'), ['a', 'b'], 0.5).ndcg10).toBeCloseTo(1 / (1 + 1 / Math.log2(3)));
  });

  it('counts a true negative as right only when nothing reaches the duplicate threshold', () => {
    expect(judge([{ id: 'x', score: 0.4 }], [], 0.5).precision1).toBe(1);
    expect(judge([], [], 0.5).reciprocalRank).toBe(1);
    expect(judge([{ id: 'x', score: 0.5 }], [], 0.5)).toEqual({ reciprocalRank: 0, ndcg10: 0, precision1: 0 });
  });

  it('averages per query', () => {
    expect(average([judge(hits('a'), ['a'], 0.5), judge(hits('x'), ['a'], 0.5)])).toEqual({ queries: 2, mrr: 0.5, ndcg10: 0.5, p1: 0.5 });
  });
});

describe('the committed relevance set', () => {
  it('has at least 150 queries, about half per language, judged against questions that exist', () => {
    const ids = new Set(loadCorpus().map((doc) => doc.id));
    const queries = loadQueries();
    expect(queries.length).toBeGreaterThanOrEqual(150);
    for (const language of ['es', 'en']) expect(queries.filter((q) => q.language === language).length).toBeGreaterThanOrEqual(70);
    expect(queries.filter((q) => q.relevant.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(queries.flatMap((q) => q.relevant).filter((id) => !ids.has(id))).toEqual([]);
    expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length);
  });

  it('maps corpus ids to stable, distinct UUIDs', () => {
    expect(corpusUuid('es:roaming-francia')).toBe(corpusUuid('es:roaming-francia'));
    expect(corpusUuid('es:roaming-francia')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(loadCorpus().map((doc) => corpusUuid(doc.id))).size).toBe(loadCorpus().length);
  });
});
