// Full reindex without downtime: a new versioned index is filled from the PostgreSQL index table (the source of
// record), the alias swapped to it in one atomic step, then whatever changed meanwhile is applied to it.
import type { Client } from '@elastic/elasticsearch';
import type { EntityManager } from '@peerdesk/runtime/database';
import { indexOperation } from './elasticsearch.adapter.ts';
import { bulkWrite, type BulkOperation } from './elasticsearch.bulk.ts';
import { createBuildIndex, swapAlias } from './elasticsearch.indices.ts';
import type { IndexedQuestion } from './search.adapter.ts';

interface Row {
  question_id: string;
  brand_id: string;
  language: string;
  title: string;
  body: string;
  answer_id: string;
  answer_body: string;
  answer_author_id: string;
  resolved_at: Date | string;
}

const COLUMNS = 'question_id, brand_id, language, title, body, answer_id, answer_body, answer_author_id, resolved_at';
const PAGE = 1_000;

const toIndexed = (row: Row): IndexedQuestion => ({
  questionId: row.question_id,
  brandId: row.brand_id,
  language: row.language,
  title: row.title,
  body: row.body,
  answerId: row.answer_id,
  answerBody: row.answer_body,
  answerAuthorId: row.answer_author_id,
  resolvedAt: new Date(row.resolved_at),
});

/** Every indexed question, read in keyset pages as the bulk writer asks for more (never all in memory). */
async function* allQuestions(em: EntityManager, since?: Date): AsyncGenerator<BulkOperation> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await em.execute<Row[]>(
      `select ${COLUMNS} from search.indexed_question
       where question_id > ? ${since ? 'and indexed_at >= ?' : ''} order by question_id limit ${PAGE}`,
      since ? [after, since] : [after],
    );
    for (const row of rows) yield indexOperation(toIndexed(row));
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.question_id;
  }
}

export interface ReindexProgress {
  total: number;
  done: number;
}

export interface ReindexResult {
  index: string;
  documents: number;
  replaced: string[];
  /** Written or deleted after the swap because they changed while the new index was being built. */
  caughtUp: number;
  seconds: number;
}

export async function reindex(
  em: EntityManager,
  client: Client,
  alias: string,
  options: { onProgress?: (progress: ReindexProgress) => void; batchSize?: number; concurrency?: number } = {},
): Promise<ReindexResult> {
  const started = Date.now();
  const [{ now, total }] = await em.execute<{ now: Date; total: string }[]>(
    'select now() as now, count(*) as total from search.indexed_question',
  );
  const progress = { total: Number(total), done: 0 };
  options.onProgress?.(progress);
  const index = await createBuildIndex(client, alias);
  const documents = await bulkWrite(client, index, allQuestions(em), {
    batchSize: options.batchSize,
    concurrency: options.concurrency,
    onBatch: (settled) => {
      progress.done += settled;
      options.onProgress?.(progress);
    },
  });
  const replaced = await swapAlias(client, alias, index);
  // Live writes went to the old index while this one was built: replay what the table says changed since we
  // started (versions make replays harmless), and drop what was removed from the table meanwhile.
  let caughtUp = await bulkWrite(client, alias, allQuestions(em, new Date(new Date(now).getTime() - 1_000)));
  caughtUp += await deleteMissing(em, client, index);
  return { index, documents, replaced, caughtUp, seconds: (Date.now() - started) / 1000 };
}

async function deleteMissing(em: EntityManager, client: Client, index: string): Promise<number> {
  const missing: BulkOperation[] = [];
  let after: string[] | undefined;
  for (;;) {
    const page = await client.search({
      index,
      size: 5_000,
      _source: false,
      sort: ['question_id'],
      search_after: after,
      query: { match_all: {} },
    });
    const hits = page.hits.hits;
    if (hits.length === 0) break;
    const ids = hits.map((hit) => hit._id!);
    const placeholders = ids.map(() => '?').join(', ');
    const present = await em.execute<{ question_id: string }[]>(
      `select question_id from search.indexed_question where question_id in (${placeholders})`,
      ids,
    );
    const known = new Set(present.map((row) => row.question_id));
    missing.push(...ids.filter((id) => !known.has(id)).map((id): BulkOperation => ({ kind: 'delete', id })));
    after = hits.at(-1)!.sort as string[];
  }
  return missing.length ? bulkWrite(client, index, missing) : 0;
}
