import { type CdsDiscoveryResponse } from '@/lib/cds/schemas';
import { SERVICES } from '@/lib/cds/services';
import { authenticateCdsClient } from '@/lib/http/cds';
import { authOutcome, type CallNotes, withCallLog } from '@/lib/http/cds-log';
import { preflight, withCors } from '@/lib/http/cors';
import { withDatabase } from '@/lib/http/db-fault';
import { methodNotAllowed } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

const METHODS = ['GET'] as const;

/** CDS Hooks discovery: the services this app offers, with their prefetch templates. */
export const GET = withCallLog(
  'discovery',
  withDatabase(
    {
      detail:
        'CDS Hooks calls cannot be checked for token replay while the database is unavailable. Try again shortly.',
      corsMethods: METHODS,
    },
    async (request: Request, _ctx: unknown, notes: CallNotes) => {
      const denied = await authenticateCdsClient(request, METHODS);
      notes.auth = authOutcome(denied);
      if (denied) return denied;
      const body: CdsDiscoveryResponse = { services: [...SERVICES] };
      return withCors(Response.json(body, { headers: { 'Cache-Control': 'no-store' } }), METHODS);
    },
  ),
);

export const OPTIONS = () => preflight(METHODS);

const notAllowed = async () => withCors(methodNotAllowed([...METHODS, 'OPTIONS']), METHODS);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
