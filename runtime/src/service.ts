// The lifecycle every subgraph shares: open its database, migrate, serve, consume events, stop cleanly.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Migration } from '@mikro-orm/migrations';
import { config, type ServiceName } from './config.ts';
import { migrate, openDatabase, type EntityManager, type Orm } from './database.ts';
import { EventConsumer, registerConsumer, type TopicHandler } from './events.ts';
import { logger, setLogService } from './logger.ts';
import { connectPubSub, type PubSub } from './pubsub.ts';
import { buildSubgraph, printSubgraphSdl, serveSubgraph, type SubgraphDefinition } from './subgraph.ts';

type Constructor<T = object> = new (...args: never[]) => T;

export interface ServiceDefinition {
  name: ServiceName;
  /** PostgreSQL schema the service owns. */
  schema: string;
  entities: Constructor[];
  migrations: Constructor<Migration>[];
  subgraph: SubgraphDefinition;
  /** Event handlers by event type; each runs in the transaction that records the event as processed. */
  consumers?: (deps: { orm: Orm; pubsub: PubSub }) => Record<string, TopicHandler>;
  /** Event types consumed, known before the service starts so migrations can subscribe them. */
  consumes?: string[];
  /** Writes this service's part of the demo community (runtime/src/demo); idempotent. */
  seed?: (em: EntityManager) => Promise<void>;
}

export interface RunningService {
  url: string;
  orm: Orm;
  pubsub: PubSub;
  consumer: EventConsumer | undefined;
  close(): Promise<void>;
}

/** Applies migrations and subscribes the service's consumers on the bus; safe to repeat. */
export async function migrateService(definition: ServiceDefinition, databaseUrl?: string): Promise<void> {
  const orm = await openDatabase({ ...definition, url: databaseUrl, poolSize: 2 });
  try {
    await migrate(orm, definition.schema);
    if (definition.consumes?.length) await registerConsumer(orm, definition.name, definition.consumes);
  } finally {
    await orm.close();
  }
}

export async function startService(
  definition: ServiceDefinition,
  options: { port?: number; databaseUrl?: string; redisUrl?: string } = {},
): Promise<RunningService> {
  const databaseUrl = options.databaseUrl ?? config().databaseUrl;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const orm = await openDatabase({ ...definition, url: databaseUrl });
  const pubsub = await connectPubSub({ databaseUrl, redisUrl: options.redisUrl ?? config().redisUrl });
  const schema = await buildSubgraph(definition.subgraph);
  const subgraph = await serveSubgraph({
    name: definition.name,
    schema,
    orm,
    pubsub,
    port: options.port ?? config().ports[definition.name],
    host: config().host,
  });
  let consumer: EventConsumer | undefined;
  if (definition.consumers) {
    consumer = new EventConsumer(orm, definition.name, definition.consumers({ orm, pubsub }), databaseUrl);
    await consumer.start();
  }
  return {
    url: subgraph.url,
    orm,
    pubsub,
    consumer,
    close: async () => {
      await consumer?.stop();
      await subgraph.close();
      await pubsub.close();
      await orm.close();
    },
  };
}

/** Entry point of a service process: migrate when asked, serve, and stop cleanly on SIGINT/SIGTERM. */
export async function runService(definition: ServiceDefinition): Promise<void> {
  setLogService(definition.name);
  if (config().migrateOnStart) await migrateService(definition);
  const service = await startService(definition);
  logger.info('serving', { url: service.url });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('stop failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  watchLauncher(() => stop('launcher gone'));
}

/** Under `npm start`, stop when the launcher process is gone (re-parented), so nothing is left orphaned. */
export function watchLauncher(stop: () => void): void {
  if (!config().supervised) return;
  const launcher = process.ppid;
  setInterval(() => {
    if (process.ppid !== launcher) stop();
  }, 1000).unref();
}

/** Seeds the demo community's part owned by this service, in one transaction. */
export async function seedService(definition: ServiceDefinition, databaseUrl?: string): Promise<void> {
  if (!definition.seed) return;
  const orm = await openDatabase({ ...definition, url: databaseUrl, poolSize: 2 });
  try {
    await orm.em.fork().transactional((em) => definition.seed!(em));
  } finally {
    await orm.close();
  }
}

/**
 * CLI helper behind each service's `print-schema.ts`: writes the subgraph's SDL (printed with directives) to the
 * committed `schema.graphql`, or with `--check` exits 1 when the committed file is stale.
 */
export async function writeSubgraphSdl(definition: ServiceDefinition, path: string): Promise<void> {
  const sdl = printSubgraphSdl(await buildSubgraph(definition.subgraph));
  if (!process.argv.includes('--check')) {
    writeFileSync(path, sdl);
    return;
  }
  const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (committed !== sdl) {
    console.error(`${path} is stale: run \`npm run codegen\` and commit the result.`);
    process.exit(1);
  }
}
