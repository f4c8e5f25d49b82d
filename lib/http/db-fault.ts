/**
 * The one mapping from a database fault to an answer: a database that is unreachable, shutting down, full, read-only,
 * busy or misconfigured is an outage, answered 503 problem+json with Retry-After, never a 500. lib/db/client.ts decides
 * what counts as unavailable (isUnavailableError); lib/db/url.ts throws DatabaseConfigError for a setting that cannot
 * work. Every route handler that touches the database is wrapped in `withDatabase`; nothing else catches these.
 */
import { DatabaseUnavailableError } from '@/lib/db/client';
import { DatabaseConfigError } from '@/lib/db/url';
import { withCors } from './cors';
import { problem } from './problem';

export const DATABASE_RETRY_AFTER_SECONDS = 30;
/** A misconfiguration needs an operator, not a retry in a few seconds. */
export const DATABASE_CONFIG_RETRY_AFTER_SECONDS = 60;

export type DatabaseFault = DatabaseUnavailableError | DatabaseConfigError;

export const isDatabaseFault = (error: unknown): error is DatabaseFault =>
  error instanceof DatabaseUnavailableError || error instanceof DatabaseConfigError;

export interface DatabaseAnswer {
  /** What could not be done and what to do, e.g. "…so the handout was not saved. Try again in a minute." */
  detail: string | ((fault: DatabaseFault) => string);
  /** The methods of a CORS route (CDS Hooks): the 503 carries CORS headers so browser clients can read it. */
  corsMethods?: readonly string[];
}

/** The 503 answer for a database fault; any other error is rethrown, so a bug still shows as one. */
export function answerDatabaseFault(error: unknown, answer: DatabaseAnswer): Response {
  if (!isDatabaseFault(error)) throw error;
  const config = error instanceof DatabaseConfigError;
  const response = problem({
    status: 503,
    title: config ? 'Database misconfigured' : 'Service unavailable',
    detail: typeof answer.detail === 'function' ? answer.detail(error) : answer.detail,
    headers: {
      'Retry-After': String(config ? DATABASE_CONFIG_RETRY_AFTER_SECONDS : DATABASE_RETRY_AFTER_SECONDS),
    },
  });
  return answer.corsMethods ? withCors(response, answer.corsMethods) : response;
}

/**
 * Wraps a route handler: a database fault thrown anywhere in it (or in what it awaits) becomes the 503 problem+json
 * above. `export const GET = withDatabase({ detail: '…' }, async (request) => …)`.
 */
export function withDatabase<A extends unknown[]>(
  answer: DatabaseAnswer,
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      return answerDatabaseFault(error, answer);
    }
  };
}
