// One MikroORM instance per service, on its own PostgreSQL schema, with migrations listed in code.
import 'reflect-metadata';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migration, Migrator } from '@mikro-orm/migrations';
import { config } from './config.ts';
import { BUS_SCHEMA_SQL } from './bus.schema.ts';

export type { EntityManager };
export type Orm = MikroORM;
type Constructor<T = object> = new (...args: never[]) => T;

export interface DatabaseOptions {
  /** The PostgreSQL schema this service owns. */
  schema: string;
  entities: Constructor[];
  migrations: Constructor<Migration>[];
  url?: string;
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Orm> {
  const url = options.url ?? config().databaseUrl;
  if (!url) throw new Error('DATABASE_URL is not set (npm start sets it to the embedded PostgreSQL).');
  return MikroORM.init({
    clientUrl: url,
    schema: options.schema,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolSize ?? 10 },
    migrations: {
      // MikroORM's Constructor type differs nominally from ours; the classes are the same.
      migrationsList: options.migrations.map((migration) => ({ name: migration.name, class: migration as never })),
      schema: options.schema,
      snapshot: false,
      silent: true,
    },
    debug: false,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: false },
  });
}

/** Applies the event bus schema and then this service's committed migrations. Safe to run repeatedly. */
export async function migrate(orm: Orm, schema: string): Promise<void> {
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  await orm.em.getConnection().execute(BUS_SCHEMA_SQL);
  await orm.migrator.up();
}

/** Runs `work` in one transaction on a fresh EntityManager. */
export function transaction<T>(orm: Orm, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return orm.em.fork().transactional(work);
}
