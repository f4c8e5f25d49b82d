/**
 * The one mapping from a database fault to an answer: a database that is unreachable, shutting down, full, read-only,
 * busy or misconfigured is an outage, answered 503 problem+json with Retry-After, never a 500. lib/db/client.ts decides
 * what counts as unavailable (isUnavailableError); route handlers call `answerDatabaseFault` in their catch.
 */
import { DatabaseUnavailableError } from '@/lib/db/client';
import { DatabaseConfigError } from '@/lib/db/url';
import { withCors } from './cors';
import { serviceUnavailable } from './problem';

export const DATABASE_RETRY_AFTER_SECONDS = 30;

export const isDatabaseFault = (error: unknown): error is DatabaseUnavailableError | DatabaseConfigError =>
  error instanceof DatabaseUnavailableError || error instanceof DatabaseConfigError;

/**
 * The 503 answer for a database fault (with CORS when `corsMethods` is given); any other error is rethrown, so a bug
 * still shows as one.
 */
export function answerDatabaseFault(error: unknown, detail: string, corsMethods?: readonly string[]): Response {
  if (!isDatabaseFault(error)) throw error;
  const response = serviceUnavailable(detail, DATABASE_RETRY_AFTER_SECONDS);
  return corsMethods ? withCors(response, corsMethods) : response;
}
