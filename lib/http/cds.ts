/** HTTP glue for the CDS Hooks routes: public origin, client authentication, CORS'd problem answers, JSON bodies. */
import { authState, describeAuth, verifyCdsClient, warnAboutAuthOnce } from '@/lib/auth/cds-client';
import { claimTokenUse } from '@/lib/db/token-replay';
import { env } from '@/lib/env';
import { readJsonBody as readBody, type BodyResult, type ReadJsonOptions } from './body';
import { withCors } from './cors';
import { publicOrigin as originFromHeaders } from './origin';
import { problem } from './problem';

/**
 * 1 MiB: a real prefetch (Patient, active Conditions, active MedicationRequests, AllergyIntolerances) is a few
 * hundred resources of 1–3 KB at the very most, about 300 KB; our largest reference fixture is under 10 KB. The
 * reasoning and the heap figures are in docs/security.md ("Input").
 */
export const MAX_CDS_BODY_BYTES = 1024 * 1024;

/**
 * The origin for absolute links in cards: `APP_ORIGIN` when set, else the request's Host header (forwarded headers
 * only with TRUST_PROXY). Never used for the JWT `aud`: that comes from APP_ORIGIN alone (see authenticateCdsClient).
 */
export function publicOrigin(request: Request): string {
  return originFromHeaders(request.headers) ?? new URL(request.url).origin;
}

export function cdsProblem(methods: readonly string[], init: Parameters<typeof problem>[0]): Response {
  return withCors(problem(init), methods);
}

/** Only printable ASCII without quotes or backslashes may go into a quoted header parameter (RFC 9110 §5.6.4). */
export const headerSafe = (text: string, max = 200) =>
  text.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, '?').slice(0, max);

/**
 * Checks the caller. Returns null when the call may go ahead, else the answer to send: 401 with WWW-Authenticate for
 * a missing or bad token, 503 when authentication is on but cannot work (no trusted issuers, a broken configuration,
 * no APP_ORIGIN to check `aud` against). Fails closed: only an explicit CDS_AUTH=off lets unauthenticated calls in.
 */
export async function authenticateCdsClient(
  request: Request,
  methods: readonly string[],
  now: Date = new Date(),
): Promise<Response | null> {
  const state = authState();
  warnAboutAuthOnce(state);
  if (state.mode === 'off') return null;
  if (state.mode !== 'enabled') {
    return cdsProblem(methods, {
      status: 503,
      title: 'CDS authentication not configured',
      detail: describeAuth(state),
      headers: { 'Retry-After': '300' },
    });
  }
  const origin = env().APP_ORIGIN;
  if (!origin) {
    return cdsProblem(methods, {
      status: 503,
      title: 'CDS authentication not configured',
      detail:
        'CDS Hooks authentication is on but APP_ORIGIN is not set, so the token audience cannot be checked. ' +
        'Ask the administrator to set APP_ORIGIN to the public origin of this service.',
      headers: { 'Retry-After': '300' },
    });
  }
  const audience = `${origin}${new URL(request.url).pathname}`;
  // When the replay store (the database) is down this throws: the route's withDatabase refuses the call (503) rather
  // than accept a token that might be a replay.
  const result = await verifyCdsClient(
    state.issuers,
    request.headers.get('authorization'),
    audience,
    now,
    claimTokenUse,
  );
  if (result.ok) return null;
  const challenge =
    result.errorCode === 'invalid_request'
      ? 'Bearer realm="cds-services"'
      : `Bearer realm="cds-services", error="invalid_token", error_description="${headerSafe(result.reason)}"`;
  return cdsProblem(methods, {
    status: 401,
    title: 'Unauthorized',
    detail: result.reason,
    headers: { 'WWW-Authenticate': challenge },
  });
}

/** The shared JSON body reader (lib/http/body.ts), its refusals answered with CORS so browser clients can read them. */
export async function readJsonBody(
  request: Request,
  maxBytes: number,
  methods: readonly string[],
  options?: ReadJsonOptions,
): Promise<BodyResult> {
  const body = await readBody(request, maxBytes, options);
  return body.ok ? body : { ok: false, response: withCors(body.response, methods) };
}
