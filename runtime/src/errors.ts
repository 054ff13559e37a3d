// Domain errors carry a machine-readable code; formatError maps them once to GraphQL `extensions.code`.
import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { logger } from './logger.ts';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) => new DomainError('BAD_USER_INPUT', message, details);
export const unauthenticated = (message = 'Sign in to do this.') => new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => new DomainError('FORBIDDEN', message);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string) => new DomainError('CONFLICT', message);

/** A GraphQLError with the code and HTTP status of a domain error (for use outside resolvers). */
export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...error.details, http: { status: HTTP_STATUS[error.code] } },
  });
}

const PASSTHROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
]);

interface ValidationProblem {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationProblem[];
}

/** type-graphql's ArgumentValidationError, duck-typed because test runners may load two builds of it. */
function validationProblems(error: unknown): ValidationProblem[] | undefined {
  const extensions = (error as { extensions?: { validationErrors?: ValidationProblem[] } } | undefined)?.extensions;
  return error instanceof Error && Array.isArray(extensions?.validationErrors) ? extensions.validationErrors : undefined;
}

function flatten(problems: ValidationProblem[], prefix = ''): { field: string; problems: string[] }[] {
  return problems.flatMap((problem) => {
    const field = prefix ? `${prefix}.${problem.property}` : problem.property;
    const own = Object.values(problem.constraints ?? {});
    return [...(own.length ? [{ field, problems: own }] : []), ...flatten(problem.children ?? [], field)];
  });
}

/** Maps any error to what a client may see: domain codes kept, validation listed, the rest hidden. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Duck-typed: a GraphQLError from another copy of graphql must unwrap the same way.
  const wrapped = error as { originalError?: unknown } | undefined;
  const original = wrapped && typeof wrapped === 'object' && wrapped.originalError ? wrapped.originalError : error;
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code, ...original.details } };
  }
  const problems = validationProblems(original);
  if (problems) {
    const fields = flatten(problems);
    const message = fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; ');
    return { message: `Invalid input: ${message}`, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', fields } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASSTHROUGH_CODES.has(code)) {
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code } };
  }
  const ref = randomUUID();
  logger.error('unexpected error', { ref, error: original instanceof Error ? original.stack : String(original) });
  return { message: `Internal error (ref ${ref}).`, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', ref } };
}

/** Starts a subscription so that a refusal reaches the client with its domain error's code. */
export function startSubscription<T>(start: () => AsyncIterableIterator<T>): AsyncIterableIterator<T> {
  try {
    return start();
  } catch (error) {
    throw error instanceof DomainError ? toGraphQLError(error) : error;
  }
}
