// Chooses the search engine. PostgreSQL full-text is the embedded default; the Elasticsearch adapter
// (used when ELASTICSEARCH_URL is set) plugs in here and must pass the same contract tests.
import type { EntityManager } from '@peerdesk/runtime/database';
import { PostgresSearchAdapter } from './postgres.adapter.ts';
import type { SearchAdapter } from './search.adapter.ts';

/** The adapter for work done with `em` (PostgreSQL writes join its transaction). */
export function searchAdapterFor(em: EntityManager): SearchAdapter {
  return new PostgresSearchAdapter(em);
}
