// Relevance cannot silently regress: each engine keeps its measured quality on the labelled set, per language.
// Floors sit just below the values measured with search/relevance/evaluate.ts (issue targets: MRR ≥ 0.6, P@1 ≥ 0.5).
import { randomUUID } from 'node:crypto';
import { openDatabase, type EntityManager, type Orm } from '@peerdesk/runtime/database';
import { migrateService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ElasticsearchSearchAdapter } from '../index/elasticsearch.adapter.ts';
import { dropAlias, elasticsearchClient } from '../index/elasticsearch.indices.ts';
import { PostgresSearchAdapter } from '../index/postgres.adapter.ts';
import type { SearchAdapter } from '../index/search.adapter.ts';
import { search } from '../service.ts';
import { evaluateAdapter, formatReport, type EvaluationReport } from './relevance.ts';

type Floors = Record<'es' | 'en', { mrr: number; ndcg10: number; p1: number }>;

const FLOORS: Record<'postgres' | 'elasticsearch', Floors> = {
  // measured 2026-11-24: es 0.864 / 0.891 / 0.792, en 0.899 / 0.910 / 0.870
  postgres: { es: { mrr: 0.84, ndcg10: 0.87, p1: 0.77 }, en: { mrr: 0.87, ndcg10: 0.88, p1: 0.84 } },
  // measured 2026-11-24: es 0.887 / 0.904 / 0.831, en 0.924 / 0.928 / 0.909
  elasticsearch: { es: { mrr: 0.86, ndcg10: 0.88, p1: 0.8 }, en: { mrr: 0.9, ndcg10: 0.9, p1: 0.88 } },
};

let orm: Orm;
beforeAll(async () => {
  const url = await testDatabaseUrl('search_relevance');
  await migrateService(search, url);
  orm = await openDatabase({ ...search, url, poolSize: 2 });
});
afterAll(() => orm?.close());

function expectFloors(engine: keyof typeof FLOORS, report: EvaluationReport) {
  console.log(formatReport({ [engine]: report }));
  for (const language of ['es', 'en'] as const) {
    const measured = report[language]!;
    expect(measured.queries, `${language} queries`).toBeGreaterThanOrEqual(70);
    expect.soft(measured.mrr, `${engine} ${language} MRR`).toBeGreaterThanOrEqual(FLOORS[engine][language].mrr);
    expect.soft(measured.ndcg10, `${engine} ${language} nDCG@10`).toBeGreaterThanOrEqual(FLOORS[engine][language].ndcg10);
    expect.soft(measured.p1, `${engine} ${language} P@1`).toBeGreaterThanOrEqual(FLOORS[engine][language].p1);
  }
}

const evaluate = (adapterFor: (em: EntityManager) => SearchAdapter) => evaluateAdapter(orm, adapterFor);

describe('relevance on the labelled set', () => {
  it('PostgreSQL full-text stays at or above its floors in Spanish and English', async () => {
    expectFloors('postgres', await evaluate((em) => new PostgresSearchAdapter(em)));
  });

  const url = process.env.ELASTICSEARCH_TEST_URL;
  it.skipIf(!url)(`Elasticsearch stays at or above its floors in Spanish and English${url ? '' : ' — SKIPPED: ELASTICSEARCH_TEST_URL is not set'}`, async () => {
    const client = elasticsearchClient(url!);
    const alias = `test-relevance-${randomUUID().slice(0, 8)}`;
    try {
      expectFloors('elasticsearch', await evaluate((em) => new ElasticsearchSearchAdapter(em, client, { alias, refresh: true })));
    } finally {
      await dropAlias(client, alias);
    }
  });
});
