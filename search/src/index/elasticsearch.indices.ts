// The alias and its versioned indices: created on first use, rebuilt side by side and swapped atomically.
import { Client, errors } from '@elastic/elasticsearch';
import { indexPattern, questionsTemplate, versionedIndexName } from './elasticsearch.mapping.ts';

const clients = new Map<string, Client>();

/** One client (one connection pool) per cluster URL for the whole process. */
export function elasticsearchClient(url: string): Client {
  let client = clients.get(url);
  if (!client) {
    client = new Client({ node: url, requestTimeout: 30_000, maxRetries: 2 });
    clients.set(url, client);
  }
  return client;
}

const ready = new WeakMap<Client, Map<string, Promise<void>>>();

const alreadyExists = (error: unknown) =>
  error instanceof errors.ResponseError &&
  error.body !== null &&
  JSON.stringify(error.body).includes('resource_already_exists_exception');

/**
 * Makes sure the template exists and the alias points at an index, once per process and alias. Every process
 * races for the same first index name, so concurrent starts end with one index, not several behind one alias.
 */
export function ensureAlias(client: Client, alias: string): Promise<void> {
  let byAlias = ready.get(client);
  if (!byAlias) ready.set(client, (byAlias = new Map()));
  let done = byAlias.get(alias);
  if (!done) {
    done = (async () => {
      await client.indices.putIndexTemplate(questionsTemplate(alias));
      if (await client.indices.existsAlias({ name: alias })) return;
      try {
        await client.indices.create({ index: versionedIndexName(alias, 0), aliases: { [alias]: {} }, wait_for_active_shards: 1 });
      } catch (error) {
        if (!alreadyExists(error)) throw error;
      }
    })();
    done.catch(() => byAlias.delete(alias)); // a failed bootstrap is retried by the next caller
    byAlias.set(alias, done);
  }
  return done;
}

/** The indices the alias points at now (one, except mid-swap on a cluster that does not support atomic swaps). */
export async function aliasedIndices(client: Client, alias: string): Promise<string[]> {
  if (!(await client.indices.existsAlias({ name: alias }))) return [];
  return Object.keys(await client.indices.getAlias({ name: alias }));
}

/** A new, empty versioned index built for bulk loading: no refreshes until it is finished. */
export async function createBuildIndex(client: Client, alias: string): Promise<string> {
  await client.indices.putIndexTemplate(questionsTemplate(alias));
  const index = versionedIndexName(alias);
  await client.indices.create({ index, settings: { refresh_interval: '-1' }, wait_for_active_shards: 1 });
  return index;
}

/** Makes the built index searchable, then points the alias at it alone in one atomic step and drops the old ones. */
export async function swapAlias(client: Client, alias: string, index: string): Promise<string[]> {
  await client.indices.putSettings({ index, settings: { refresh_interval: '1s' } });
  await client.indices.refresh({ index });
  const previous = (await aliasedIndices(client, alias)).filter((name) => name !== index);
  await client.indices.updateAliases({
    actions: [{ add: { index, alias } }, ...previous.map((old) => ({ remove: { index: old, alias } }))],
  });
  if (previous.length) await client.indices.delete({ index: previous });
  return previous;
}

/** Deletes the alias's indices and template (tests clean up after themselves with this). */
export async function dropAlias(client: Client, alias: string): Promise<void> {
  // Deleting by wildcard is refused by default (action.destructive_requires_name), so name every index.
  const indices = Object.keys(await client.indices.get({ index: indexPattern(alias), allow_no_indices: true }));
  if (indices.length) await client.indices.delete({ index: indices });
  await client.indices.deleteIndexTemplate({ name: alias }, { ignore: [404] });
  ready.get(client)?.delete(alias);
}
