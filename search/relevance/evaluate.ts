// `npx tsx search/relevance/evaluate.ts`: MRR, nDCG@10 and P@1 of every engine on the labelled set, side by side.
// PostgreSQL runs on a throwaway embedded server; Elasticsearch too when ELASTICSEARCH_TEST_URL is set
// (`bash scripts/elasticsearch.sh start` prints one).
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@peerdesk/runtime/database';
import { startEmbeddedPostgres } from '@peerdesk/runtime/embedded-postgres';
import { migrateService } from '@peerdesk/runtime/service';
import { freePort } from '@peerdesk/runtime/testing/ports';
import { ElasticsearchSearchAdapter } from '../src/index/elasticsearch.adapter.ts';
import { dropAlias, elasticsearchClient } from '../src/index/elasticsearch.indices.ts';
import { PostgresSearchAdapter } from '../src/index/postgres.adapter.ts';
import { evaluateAdapter, formatReport, type EvaluationReport } from '../src/relevance/relevance.ts';
import { search } from '../src/service.ts';

const root = mkdtempSync(join(process.cwd(), '.data', 'relevance-'));
const postgres = await startEmbeddedPostgres({ dataDir: join(root, 'data'), port: await freePort(), database: 'postgres', persistent: false });
const reports: Record<string, EvaluationReport> = {};
try {
  await migrateService(search, postgres.url);
  const orm = await openDatabase({ ...search, url: postgres.url, poolSize: 2 });
  try {
    reports.postgres = await evaluateAdapter(orm, (em) => new PostgresSearchAdapter(em));
    const url = process.env.ELASTICSEARCH_TEST_URL;
    if (url) {
      const client = elasticsearchClient(url);
      const alias = `relevance-${Date.now()}`;
      try {
        reports.elasticsearch = await evaluateAdapter(orm, (em) => new ElasticsearchSearchAdapter(em, client, { alias, refresh: true }));
      } finally {
        await dropAlias(client, alias);
      }
    } else console.error('evaluate: ELASTICSEARCH_TEST_URL is not set; Elasticsearch skipped');
  } finally {
    await orm.close();
  }
} finally {
  await postgres.stop();
  rmSync(root, { recursive: true, force: true });
}
console.log(formatReport(reports));
