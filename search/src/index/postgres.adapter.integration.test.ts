import { PostgresSearchAdapter } from './postgres.adapter.ts';
import { defineSearchAdapterContract } from './search.adapter.contract.ts';

defineSearchAdapterContract('postgres', async () => ({ adapterFor: (em) => new PostgresSearchAdapter(em) }));
