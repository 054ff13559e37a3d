// Chooses the search engine: Elasticsearch when ELASTICSEARCH_URL is set, PostgreSQL full-text (the embedded
// default) otherwise. Both pass the same contract tests (search.adapter.contract.ts).
import { config } from '@peerdesk/runtime/config';
import type { EntityManager } from '@peerdesk/runtime/database';
import { ElasticsearchSearchAdapter } from './elasticsearch.adapter.ts';
import { elasticsearchClient } from './elasticsearch.indices.ts';
import { PostgresSearchAdapter } from './postgres.adapter.ts';
import type { SearchAdapter } from './search.adapter.ts';

/** The adapter for work done with `em` (PostgreSQL writes join its transaction). */
export function searchAdapterFor(em: EntityManager): SearchAdapter {
  const url = config().elasticsearchUrl;
  return url ? new ElasticsearchSearchAdapter(em, elasticsearchClient(url)) : new PostgresSearchAdapter(em);
}
