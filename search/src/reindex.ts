// `npx tsx search/src/reindex.ts`: rebuilds the Elasticsearch index from the search schema's index table and
// swaps the alias to it without downtime. Needs DATABASE_URL and ELASTICSEARCH_URL.
import { config } from '@peerdesk/runtime/config';
import { openDatabase } from '@peerdesk/runtime/database';
import { elasticsearchClient } from './index/elasticsearch.indices.ts';
import { QUESTIONS_ALIAS } from './index/elasticsearch.mapping.ts';
import { reindex, type ReindexProgress } from './index/elasticsearch.reindex.ts';
import { search } from './service.ts';

const { databaseUrl, elasticsearchUrl } = config();
if (!databaseUrl || !elasticsearchUrl) {
  console.error('reindex: DATABASE_URL and ELASTICSEARCH_URL must both be set');
  process.exit(2);
}

const started = Date.now();
const WIDTH = 30;
function render({ total, done }: ReindexProgress): void {
  const share = total ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * WIDTH);
  const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
  process.stderr.write(
    `\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${(share * 100).toFixed(1)}%  ${Math.round(rate)} docs/s `,
  );
}

const orm = await openDatabase({ ...search, url: databaseUrl, poolSize: 2 });
try {
  const result = await reindex(orm.em.fork(), elasticsearchClient(elasticsearchUrl), QUESTIONS_ALIAS, { onProgress: render });
  process.stderr.write('\n');
  console.log(
    `reindex: ${result.documents} documents into ${result.index} in ${result.seconds.toFixed(1)} s ` +
      `(${Math.round(result.documents / Math.max(result.seconds, 0.001))} docs/s); alias ${QUESTIONS_ALIAS} swapped` +
      `${result.replaced.length ? ` from ${result.replaced.join(', ')}` : ''}; ${result.caughtUp} caught up`,
  );
} finally {
  await orm.close();
}
