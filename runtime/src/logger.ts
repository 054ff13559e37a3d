// A small structured logger: one JSON line per entry on stderr, level from config.
import { config } from './config.ts';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof LEVELS, 'silent'>;

let service: string | undefined;

/** Names the service in every log line of this process. */
export function setLogService(name: string): void {
  service = name;
}

function write(level: Level, message: string, fields?: Record<string, unknown>): void {
  if (LEVELS[level] < LEVELS[config().logLevel]) return;
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, service, message, ...fields })}\n`);
}

export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => write('debug', message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
};
