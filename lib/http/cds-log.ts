import 'server-only';
/** The per-call log line of the CDS Hooks routes (lib/log.ts): who called which service, with what result, how fast. */
import { decodeJwt } from 'jose';
import { authState } from '@/lib/auth/cds-client';
import { logger } from '@/lib/log';

export interface CallNotes {
  /** How the caller was checked: a verified token, authentication off (CDS_AUTH=off), or refused. */
  auth?: 'verified' | 'off' | 'refused';
  hookInstance?: string;
  cards?: number;
  ignoredResources?: number;
  /** Prefetch keys fetched from fhirServer (lib/fhir/prefetch.ts) and how long fetching took, when it was tried. */
  fetch?: { fetched: string[]; ms: number };
}

/** How a call's caller was checked, from what authenticateCdsClient answered (null: let in). */
export function authOutcome(denied: Response | null): NonNullable<CallNotes['auth']> {
  return denied ? 'refused' : authState().mode === 'off' ? 'off' : 'verified';
}

const UUIDISH = /^[0-9A-Za-z-]{1,64}$/;

/** The token's issuer, read without verification (the log says whether the call was authenticated), as plain ASCII. */
function issuerOf(request: Request): string | null {
  const token = /^Bearer\s+(\S{1,8192})\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!token) return null;
  try {
    const iss = decodeJwt(token).iss;
    return typeof iss === 'string' ? iss.replace(/[^\x20-\x7e]/g, '?').slice(0, 200) : null;
  } catch {
    return null;
  }
}

/**
 * Wraps a CDS route handler: the handler may add notes (the hookInstance once the body is read, the number of cards);
 * one line is logged when it answers, 401s and 5xx included.
 */
export function withCallLog<C>(
  route: string,
  handler: (request: Request, ctx: C, notes: CallNotes) => Promise<Response>,
): (request: Request, ctx?: C) => Promise<Response> {
  // ctx is optional for routes without parameters (discovery), which Next calls with a context all the same.
  return async (request, ctx) => {
    const started = performance.now();
    const notes: CallNotes = {};
    let status = 500;
    try {
      const response = await handler(request, ctx as C, notes);
      status = response.status;
      return response;
    } finally {
      const line = {
        event: 'cds-call',
        route,
        service: new URL(request.url).pathname.split('/')[2] ?? null,
        issuer: issuerOf(request),
        auth: notes.auth ?? null,
        hookInstance: notes.hookInstance && UUIDISH.test(notes.hookInstance) ? notes.hookInstance : null,
        status,
        cards: notes.cards ?? null,
        ignoredResources: notes.ignoredResources ?? null,
        fetched: notes.fetch?.fetched ?? null,
        fetchMs: notes.fetch?.ms ?? null,
        ms: Math.round((performance.now() - started) * 10) / 10,
      };
      if (status >= 500) logger().error(line);
      else if (status === 401 || status === 403) logger().warn(line);
      else logger().info(line);
    }
  };
}
