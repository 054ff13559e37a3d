// Form actions: a failed gateway call becomes a problem the page can word (and field problems to show per field).
import { fail } from '@sveltejs/kit';
import { GatewayError } from './gateway.ts';

export type Problem = 'invalid' | 'unavailable' | 'rateLimited' | 'signedOut' | 'forbidden' | 'conflict' | 'notFound' | 'generic';

const PROBLEMS: Record<string, Problem> = {
  BAD_USER_INPUT: 'invalid',
  UNAVAILABLE: 'unavailable',
  RATE_LIMITED: 'rateLimited',
  UNAUTHENTICATED: 'signedOut',
  FORBIDDEN: 'forbidden',
  CONFLICT: 'conflict',
  NOT_FOUND: 'notFound',
};

const STATUS: Record<Problem, number> = {
  invalid: 400,
  unavailable: 503,
  rateLimited: 429,
  signedOut: 401,
  forbidden: 403,
  conflict: 409,
  notFound: 404,
  generic: 502,
};

/** `fail()` for a gateway error, carrying what the person typed back to the form. */
export function failWith<T extends Record<string, unknown>>(cause: unknown, extra: T) {
  if (!(cause instanceof GatewayError)) throw cause;
  const problem = PROBLEMS[cause.code] ?? 'generic';
  return fail(STATUS[problem], { ...extra, problem, fields: cause.fields });
}

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
