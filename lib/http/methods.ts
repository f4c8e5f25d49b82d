import { methodNotAllowed } from './problem';

/** Route handlers for every method an address does not answer, so each gets a 405 problem+json with Allow. */
export function rejectOtherMethods(allowed: string[]) {
  const handler = async () => methodNotAllowed(allowed);
  return { POST: handler, PUT: handler, PATCH: handler, DELETE: handler };
}
