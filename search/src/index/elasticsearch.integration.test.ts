// Elasticsearch-only behaviour: the analysis the mapping relies on, zero-downtime reindexing, bulk retries.
import { randomUUID } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@elastic/elasticsearch';
import { openDatabase, transaction, type Orm } from '@peerdesk/runtime/database';
import { migrateService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { search } from '../service.ts';
import { resolvedQuestion } from '../testing/search.harness.ts';
import { ElasticsearchSearchAdapter, indexOperation } from './elasticsearch.adapter.ts';
import { bulkWrite } from './elasticsearch.bulk.ts';
import { aliasedIndices, dropAlias, elasticsearchClient, ensureAlias } from './elasticsearch.indices.ts';
import { ANALYZERS } from './elasticsearch.mapping.ts';
import { reindex } from './elasticsearch.reindex.ts';
import { PostgresSearchAdapter } from './postgres.adapter.ts';

const url = process.env.ELASTICSEARCH_TEST_URL;

describe.skipIf(!url)(`Elasticsearch engine${url ? '' : ' — SKIPPED: ELASTICSEARCH_TEST_URL is not set'}`, () => {
  const client = url ? elasticsearchClient(url) : undefined!;
  const alias = `test-engine-${randomUUID().slice(0, 8)}`;
  let orm: Orm;

  beforeAll(async () => {
    const databaseUrl = await testDatabaseUrl('search_es_engine');
    await migrateService(search, databaseUrl);
    orm = await openDatabase({ ...search, url: databaseUrl, poolSize: 4 });
    await ensureAlias(client, alias);
  });
  afterAll(async () => {
    await dropAlias(client, alias);
    await orm?.close();
  });

  const tokens = async (group: keyof typeof ANALYZERS, text: string) =>
    (await client.indices.analyze({ index: alias, analyzer: ANALYZERS[group], text })).tokens!.map((t) => t.token);

  it('analyzes Spanish and English as the production mapping says: stop words out, accents folded, stems', async () => {
    expect(await tokens('es', 'Las facturaciones del módem están en Francia')).toEqual(['facturacion', 'modem', 'franci']);
    expect(await tokens('en', "The controller's lights are blinking")).toEqual(['control', 'light', 'blink']);
    expect(await tokens('other', 'Ça marche très bien')).toEqual(['ca', 'marche', 'tres', 'bien']);
  });

  it('reindexes from the PostgreSQL table into a new index and swaps the alias while searches keep answering', async () => {
    const brandId = randomUUID();
    const docs = Array.from({ length: 1_200 }, (_, i) => resolvedQuestion({ brandId, title: `Router número ${i} sin conexión` }));
    // In the table only (as after a mapping change or a lost cluster): the live index does not have them yet.
    await transaction(orm, (em) => new PostgresSearchAdapter(em).index(docs));
    const adapter = new ElasticsearchSearchAdapter(orm.em.fork(), client, { alias });
    const before = await aliasedIndices(client, alias);
    expect(await adapter.similar({ brandId, text: 'router conexión', first: 5 })).toEqual([]);

    let searching = true;
    let searches = 0;
    const searcher = (async () => {
      while (searching) {
        await adapter.similar({ brandId, text: 'router conexión', first: 5 }); // throws if the alias is ever missing
        searches++;
      }
    })();
    const progress: number[] = [];
    const result = await reindex(orm.em.fork(), client, alias, { batchSize: 250, onProgress: (p) => progress.push(p.done) });
    searching = false;
    await searcher;

    expect(result.documents).toBeGreaterThanOrEqual(1_200);
    expect(searches).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(result.documents);
    expect(await aliasedIndices(client, alias)).toEqual([result.index]);
    expect(result.replaced).toEqual(before);
    expect(await client.indices.exists({ index: before })).toBe(false);
    const hits = await adapter.similar({ brandId, text: 'router número 7 sin conexión', first: 5 });
    expect(hits[0]?.questionId).toBe(docs[7]!.questionId);
  });

  describe('bulk writes through a cluster that pushes back', () => {
    let proxy: Server;
    let rejections = 0;
    let bulkRequests = 0;
    beforeAll(async () => {
      // Answers 429 to the first two bulk requests, as a cluster with a full write queue does, then forwards.
      const target = new URL(url!);
      proxy = createServer((req, res) => {
        if (req.url?.includes('_bulk')) {
          bulkRequests++;
          if (rejections < 2) {
            rejections++;
            req.resume();
            res.writeHead(429, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' });
            res.end(JSON.stringify({ error: { type: 'es_rejected_execution_exception', reason: 'queue full' }, status: 429 }));
            return;
          }
        }
        const upstream = request(
          { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
          (reply) => {
            res.writeHead(reply.statusCode!, reply.headers);
            reply.pipe(res);
          },
        );
        req.pipe(upstream);
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

    it('retries rejected batches with backoff until every document is written', async () => {
      const viaProxy = new Client({ node: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, maxRetries: 0 });
      const brandId = randomUUID();
      const docs = Array.from({ length: 30 }, (_, i) => resolvedQuestion({ brandId, title: `Decodificador ${i} sin imagen` }));
      const written = await bulkWrite(viaProxy, alias, docs.map(indexOperation), {
        batchSize: 10,
        concurrency: 2,
        backoffMs: () => 20,
        refresh: true,
      });
      expect(written).toBe(30);
      expect(rejections).toBe(2);
      expect(bulkRequests).toBe(5);
      const { count } = await client.count({ index: alias, query: { term: { brand_id: brandId } } });
      expect(count).toBe(30);
      await viaProxy.close();
    });
  });
});
