// `npx tsx bench/search.bench.ts [--sizes 10000,100000] [--reps 3] [--sample 2000]`: similarQuestions latency on
// both engines at growing index sizes, and the indexing rate of each.
//
// One brand holds every document (the tenant filter never shrinks the candidate set: the worst case). Documents
// are generated deterministically from the labelled relevance corpus (search/relevance/corpus.json): each is a
// corpus question recombined with sentences of other questions of its language and words of the language's
// vocabulary, so terms, stemming and accents are those of real questions. Queries are the 154 labelled queries
// (paraphrases, other vocabulary, typos, negatives), sent as the ask form sends them.
//
// Indexing rates: the PostgreSQL adapter's `index` (what the QuestionResolved consumer does, one document per
// event) on `--sample` documents; Elasticsearch's full reindex (scripts: search/src/reindex.ts) from the index table
// into a new index and alias swap, at each size.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, transaction, type Orm } from '@peerdesk/runtime/database';
import { startEmbeddedPostgres } from '@peerdesk/runtime/embedded-postgres';
import { migrateService } from '@peerdesk/runtime/service';
import { freePort } from '@peerdesk/runtime/testing/ports';
import { ElasticsearchSearchAdapter } from '../search/src/index/elasticsearch.adapter.ts';
import { elasticsearchClient } from '../search/src/index/elasticsearch.indices.ts';
import { QUESTIONS_ALIAS } from '../search/src/index/elasticsearch.mapping.ts';
import { reindex } from '../search/src/index/elasticsearch.reindex.ts';
import { PostgresSearchAdapter } from '../search/src/index/postgres.adapter.ts';
import type { IndexedQuestion, SearchAdapter } from '../search/src/index/search.adapter.ts';
import { loadCorpus, loadQueries, type CorpusDocument } from '../search/src/relevance/relevance.ts';
import { search } from '../search/src/service.ts';
import { fixed, median, percentile, table } from './report.ts';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    reps: { type: 'string', default: '3' },
    sample: { type: 'string', default: '2000' },
  },
});
const SIZES = flags.sizes.split(',').map(Number);
const REPS = Number(flags.reps);
const SAMPLE = Number(flags.sample);
const ROOT = new URL('..', import.meta.url).pathname;
const BRAND = randomUUID();

/** mulberry32: the same documents on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generator(corpus: CorpusDocument[]): (n: number) => IndexedQuestion {
  const rand = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const byLanguage = new Map<string, CorpusDocument[]>();
  for (const doc of corpus) byLanguage.set(doc.language, [...(byLanguage.get(doc.language) ?? []), doc]);
  const words = new Map(
    [...byLanguage].map(([language, docs]) => [
      language,
      [...new Set(docs.flatMap((d) => `${d.title} ${d.body}`.toLowerCase().match(/\p{L}{4,}/gu) ?? []))],
    ]),
  );
  return (n) => {
    const base = pick(corpus);
    const others = byLanguage.get(base.language)!;
    const vocabulary = words.get(base.language)!;
    const extra = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick(vocabulary)).join(' ');
    return {
      questionId: randomUUID(),
      brandId: BRAND,
      language: base.language,
      title: rand() < 0.5 ? base.title : `${base.title} ${extra.split(' ').slice(0, 2).join(' ')}`,
      body: `${base.body} ${pick(others).body} ${extra}`,
      answerId: randomUUID(),
      answerBody: `${base.answer} ${pick(others).answer}`,
      answerAuthorId: randomUUID(),
      resolvedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000),
    };
  };
}

/** Fills the index table to `size` documents with multi-row inserts (what is timed is the engines, not this). */
async function fillTable(orm: Orm, next: (n: number) => IndexedQuestion, from: number, size: number): Promise<void> {
  for (let start = from; start < size; start += 1_000) {
    const docs = Array.from({ length: Math.min(1_000, size - start) }, (_, i) => next(start + i));
    const rows = docs.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, now())').join(', ');
    await orm.em.fork().execute(
      `insert into search.indexed_question
         (question_id, brand_id, language, title, body, answer_id, answer_body, answer_author_id, resolved_at, indexed_at)
       values ${rows}`,
      docs.flatMap((d) => [
        d.questionId,
        d.brandId,
        d.language,
        d.title,
        d.body,
        d.answerId,
        d.answerBody,
        d.answerAuthorId,
        d.resolvedAt,
      ]),
    );
  }
  await orm.em.fork().execute('analyze search.indexed_question');
}

interface Latency {
  p50: number;
  p99: number;
}

/** Every labelled query once per repetition (after one warm-up pass); p50/p99 per repetition, then medians. */
async function latency(adapter: () => SearchAdapter, texts: string[]): Promise<Latency & { runs: Latency[] }> {
  for (const text of texts) await adapter().similar({ brandId: BRAND, text, first: 5 });
  const runs: Latency[] = [];
  for (let rep = 0; rep < REPS; rep++) {
    const times: number[] = [];
    for (const text of texts) {
      const started = performance.now();
      await adapter().similar({ brandId: BRAND, text, first: 5 });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    runs.push({ p50: percentile(times, 50), p99: percentile(times, 99) });
  }
  return { p50: median(runs.map((r) => r.p50)), p99: median(runs.map((r) => r.p99)), runs };
}

const elasticsearch = (command: string) =>
  execFileSync('bash', [join(ROOT, 'scripts/elasticsearch.sh'), command], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();

const workDir = mkdtempSync(join(tmpdir(), 'peerdesk-search-bench-'));
const postgres = await startEmbeddedPostgres({ dataDir: join(workDir, 'data'), port: await freePort(), persistent: false });
let orm: Orm | undefined;
let startedElasticsearch = false;
try {
  await migrateService(search, postgres.url);
  orm = await openDatabase({ ...search, url: postgres.url, poolSize: 4 });
  const db = orm;
  const elasticsearchUrl = elasticsearch('start').split('\n').at(-1)!;
  startedElasticsearch = true;
  const client = elasticsearchClient(elasticsearchUrl);
  const corpus = loadCorpus();
  const texts = loadQueries().map((q) => q.text);
  const next = generator(corpus);
  console.log(
    `${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${texts.length} queries × ${REPS} reps`,
  );

  // PostgreSQL adapter indexing rate: the consumer's path, one document per call, one transaction per batch of 100.
  const sample = Array.from({ length: SAMPLE }, (_, i) => next(i));
  const indexStarted = performance.now();
  for (let i = 0; i < sample.length; i += 100) {
    await transaction(db, (em) => new PostgresSearchAdapter(em).index(sample.slice(i, i + 100)));
  }
  const postgresRate = SAMPLE / ((performance.now() - indexStarted) / 1000);
  console.log(`PostgreSQL adapter index: ${fixed(postgresRate)} docs/s over ${SAMPLE}`);

  const rows: (string | number)[][] = [];
  const rates: (string | number)[][] = [['PostgreSQL adapter `index` (consumer path)', SAMPLE, fixed(postgresRate)]];
  let filled = SAMPLE;
  for (const size of SIZES) {
    await fillTable(db, next, filled, size);
    filled = size;
    const result = await reindex(db.em.fork(), client, QUESTIONS_ALIAS);
    const esRate = result.documents / result.seconds;
    rates.push([`Elasticsearch full reindex at ${size}`, result.documents, fixed(esRate)]);
    console.log(`Elasticsearch reindex: ${result.documents} docs in ${fixed(result.seconds, 1)} s = ${fixed(esRate)} docs/s`);
    await client.indices.refresh({ index: QUESTIONS_ALIAS });

    const pg = await latency(() => new PostgresSearchAdapter(db.em.fork()), texts);
    const es = await latency(() => new ElasticsearchSearchAdapter(db.em.fork(), client), texts);
    for (const [engine, measured] of [
      ['PostgreSQL', pg],
      ['Elasticsearch', es],
    ] as const) {
      console.log(
        `${engine} at ${size}: ${measured.runs.map((r) => `p50 ${fixed(r.p50, 1)} / p99 ${fixed(r.p99, 1)}`).join('; ')} ms`,
      );
      rows.push([engine, size, fixed(measured.p50, 1), fixed(measured.p99, 1), fixed(measured.p99 / 50, 2)]);
    }
  }
  console.log('\nsimilarQuestions through the adapter (medians of the repetitions):\n');
  console.log(table(['engine', 'indexed', 'p50 ms', 'p99 ms', 'p99 / 50 ms target'], rows));
  console.log('\nindexing rate:\n');
  console.log(table(['path', 'documents', 'docs/s'], rates));
  console.log(
    `\nload after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  await orm?.close();
  if (startedElasticsearch) elasticsearch('stop');
  await postgres.stop();
  rmSync(workDir, { recursive: true, force: true });
}
