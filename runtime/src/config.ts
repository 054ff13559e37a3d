// Platform configuration, read once from the environment and validated; nothing else reads process.env.
import { z } from 'zod';

const DEV_SECRET = 'peerdesk-dev-secret-change-me-in-production-0000';

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z.url().optional(),
    REDIS_URL: z.url().optional(),
    ELASTICSEARCH_URL: z.url().optional(),
    JWT_SECRET: z.string().min(32).default(DEV_SECRET),
    INTERNAL_SECRET: z.string().min(32).default(DEV_SECRET),
    HOST: z.string().default('127.0.0.1'),
    GATEWAY_PORT: z.coerce.number().int().default(4000),
    WEB_PORT: z.coerce.number().int().default(3000),
    IDENTITY_PORT: z.coerce.number().int().default(4001),
    QUESTIONS_PORT: z.coerce.number().int().default(4002),
    EXPERTS_PORT: z.coerce.number().int().default(4003),
    REWARDS_PORT: z.coerce.number().int().default(4004),
    SEARCH_PORT: z.coerce.number().int().default(4005),
    IDENTITY_URL: z.url().optional(),
    QUESTIONS_URL: z.url().optional(),
    EXPERTS_URL: z.url().optional(),
    REWARDS_URL: z.url().optional(),
    SEARCH_URL: z.url().optional(),
    MIGRATE_ON_START: z.stringbool().default(false),
    PEERDESK_SUPERVISED: z.stringbool().default(false),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  })
  .refine((env) => env.NODE_ENV !== 'production' || (env.JWT_SECRET !== DEV_SECRET && env.INTERNAL_SECRET !== DEV_SECRET), {
    message: 'JWT_SECRET and INTERNAL_SECRET must be set in production',
  });

export const SERVICE_NAMES = ['identity', 'questions', 'experts', 'rewards', 'search'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export interface Config {
  env: 'development' | 'test' | 'production';
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  elasticsearchUrl: string | undefined;
  jwtSecret: string;
  internalSecret: string;
  host: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Apply migrations when a service starts (containers); `npm start` migrates once before starting services. */
  migrateOnStart: boolean;
  /** Started by `npm start`: exit when the launcher dies so no process is orphaned. */
  supervised: boolean;
  ports: Record<ServiceName | 'gateway' | 'web', number>;
  /** Where each subgraph answers HTTP and graphql-ws (`/graphql`). */
  serviceUrls: Record<ServiceName, string>;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || 'env'}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const ports = {
    gateway: e.GATEWAY_PORT,
    web: e.WEB_PORT,
    identity: e.IDENTITY_PORT,
    questions: e.QUESTIONS_PORT,
    experts: e.EXPERTS_PORT,
    rewards: e.REWARDS_PORT,
    search: e.SEARCH_PORT,
  };
  const local = (service: ServiceName) => `http://${e.HOST}:${ports[service]}/graphql`;
  return {
    env: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    elasticsearchUrl: e.ELASTICSEARCH_URL,
    jwtSecret: e.JWT_SECRET,
    internalSecret: e.INTERNAL_SECRET,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    migrateOnStart: e.MIGRATE_ON_START,
    supervised: e.PEERDESK_SUPERVISED,
    ports,
    serviceUrls: {
      identity: e.IDENTITY_URL ?? local('identity'),
      questions: e.QUESTIONS_URL ?? local('questions'),
      experts: e.EXPERTS_URL ?? local('experts'),
      rewards: e.REWARDS_URL ?? local('rewards'),
      search: e.SEARCH_URL ?? local('search'),
    },
  };
}

let cached: Config | undefined;

/** The process-wide configuration, validated on first use. */
export function config(): Config {
  cached ??= readConfig();
  return cached;
}
