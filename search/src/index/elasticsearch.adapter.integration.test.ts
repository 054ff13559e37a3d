import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { ElasticsearchSearchAdapter } from './elasticsearch.adapter.ts';
import { dropAlias, elasticsearchClient } from './elasticsearch.indices.ts';
import { defineSearchAdapterContract } from './search.adapter.contract.ts';

// Set by the test harness (scripts/elasticsearch.sh start). Locally without Java/Maven the suite is skipped and
// says why; in CI a missing Elasticsearch is a failure, never a silent skip.
const url = process.env.ELASTICSEARCH_TEST_URL;
const MISSING = 'ELASTICSEARCH_TEST_URL is not set (start one with `bash scripts/elasticsearch.sh start`)';

if (url) {
  defineSearchAdapterContract('elasticsearch', async () => {
    const client = elasticsearchClient(url);
    // An alias (and indices) of this file's own, so concurrent runs and other suites never meet.
    const alias = `test-questions-${randomUUID().slice(0, 8)}`;
    return {
      adapterFor: (em) => new ElasticsearchSearchAdapter(em, client, { alias, refresh: true }),
      close: () => dropAlias(client, alias),
    };
  });
} else if (process.env.CI) {
  describe('SearchAdapter contract: elasticsearch', () => {
    it('needs a real Elasticsearch in CI', () => {
      throw new Error(`${MISSING}; CI must run the Elasticsearch contract tests`);
    });
  });
} else {
  describe.skip(`SearchAdapter contract: elasticsearch — SKIPPED: ${MISSING}`, () => {
    it('runs the shared contract against a real Elasticsearch', () => {});
  });
}
