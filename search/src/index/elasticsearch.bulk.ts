// Bulk writes to Elasticsearch with back-pressure (fixed-size batches, a bounded number in flight, the producer
// awaited while the pool is full) and retries with exponential backoff for what a busy cluster answers (429, 5xx).
import { errors, type Client, type estypes } from '@elastic/elasticsearch';

export type BulkOperation = { kind: 'index'; id: string; document: object; version: number } | { kind: 'delete'; id: string };

export interface BulkOptions {
  batchSize?: number;
  concurrency?: number;
  /** Attempts per batch (and per rejected item) before giving up. */
  attempts?: number;
  refresh?: boolean | 'wait_for';
  /** Called after every batch with the number of operations it settled. */
  onBatch?: (settled: number) => void;
  /** Backoff before retry n (1-based); injectable so tests need not sleep. */
  backoffMs?: (attempt: number) => number;
}

const RETRYABLE = (status: number | undefined) => status === 429 || (status !== undefined && status >= 500);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const defaultBackoff = (attempt: number) => Math.min(100 * 2 ** (attempt - 1), 5_000) * (0.5 + Math.random() / 2);

export class BulkError extends Error {
  constructor(readonly failures: { id: string; status: number; reason: string }[]) {
    super(
      `Elasticsearch rejected ${failures.length} bulk operation(s): ${failures
        .slice(0, 3)
        .map((f) => `${f.id} ${f.status} ${f.reason}`)
        .join('; ')}`,
    );
  }
}

function toBody(operations: BulkOperation[]): estypes.BulkRequest['operations'] {
  return operations.flatMap((op) =>
    op.kind === 'index'
      ? // external_gte: a later resolution (larger version) is never overwritten by an earlier, late event.
        [{ index: { _id: op.id, version: op.version, version_type: 'external_gte' as const } }, op.document]
      : [{ delete: { _id: op.id } }],
  );
}

/** Sends one batch, retrying the whole request or only its rejected items as the cluster answers. */
async function sendBatch(client: Client, index: string, batch: BulkOperation[], options: BulkOptions): Promise<void> {
  const attempts = options.attempts ?? 5;
  const backoff = options.backoffMs ?? defaultBackoff;
  let pending = batch;
  for (let attempt = 1; ; attempt++) {
    let response: estypes.BulkResponse;
    try {
      response = await client.bulk({ index, operations: toBody(pending), refresh: options.refresh ?? false });
    } catch (error) {
      const status = error instanceof errors.ResponseError ? error.statusCode : undefined;
      const transient = RETRYABLE(status) || error instanceof errors.ConnectionError || error instanceof errors.TimeoutError;
      if (!transient || attempt >= attempts) throw error;
      await sleep(backoff(attempt));
      continue;
    }
    const retry: BulkOperation[] = [];
    const failures: { id: string; status: number; reason: string }[] = [];
    response.items.forEach((item, i) => {
      const result = item.index ?? item.delete;
      if (!result?.error) return;
      const op = pending[i]!;
      // 409: a newer version is already indexed; 404 on delete: already gone. Both are the outcome we wanted.
      if (result.status === 409 || (op.kind === 'delete' && result.status === 404)) return;
      if (RETRYABLE(result.status)) retry.push(op);
      else failures.push({ id: op.id, status: result.status, reason: result.error.reason ?? result.error.type });
    });
    if (failures.length) throw new BulkError(failures);
    if (!retry.length) return;
    if (attempt >= attempts)
      throw new BulkError(retry.map((op) => ({ id: op.id, status: 429, reason: 'still rejected after retries' })));
    pending = retry;
    await sleep(backoff(attempt));
  }
}

/**
 * Writes every operation the source yields. The source is pulled only while fewer than `concurrency` batches are
 * in flight, so a slow cluster slows the reader down instead of filling memory.
 */
export async function bulkWrite(
  client: Client,
  index: string,
  source: Iterable<BulkOperation> | AsyncIterable<BulkOperation>,
  options: BulkOptions = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  const concurrency = options.concurrency ?? 2;
  const inFlight = new Set<Promise<void>>();
  let firstError: unknown;
  let written = 0;
  const launch = async (batch: BulkOperation[]) => {
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (firstError) throw firstError;
    const sent = sendBatch(client, index, batch, options).then(
      () => {
        written += batch.length;
        options.onBatch?.(batch.length);
      },
      (error: unknown) => {
        firstError ??= error;
      },
    );
    const tracked = sent.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };
  let batch: BulkOperation[] = [];
  for await (const op of source) {
    batch.push(op);
    if (batch.length >= batchSize) {
      await launch(batch);
      batch = [];
    }
  }
  if (batch.length) await launch(batch);
  await Promise.all(inFlight);
  if (firstError) throw firstError;
  return written;
}
