/** HTTP glue for the CDS Hooks routes: public origin, client authentication, CORS'd problem answers, JSON bodies. */
import { describeAuth, getAuthConfig, verifyCdsClient, warnAboutAuthOnce } from '@/lib/cds/auth';
import { withCors } from './cors';
import { type FieldError, problem } from './problem';

/**
 * The origin clients reach this app at: `APP_ORIGIN` when set (behind a proxy or TLS terminator, set it), else the
 * request's Host header with the forwarded or actual scheme. Used for absolute links in cards and for the JWT `aud`.
 */
export function publicOrigin(request: Request, env: Record<string, string | undefined> = process.env): string {
  const configured = env.APP_ORIGIN?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  const url = new URL(request.url);
  const host = request.headers.get('host');
  const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  const scheme =
    forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : url.protocol.replace(':', '');
  const safeHost = host && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? host : url.host;
  return `${scheme}://${safeHost}`;
}

/** The exact URL of the endpoint called, as a CDS Client puts it in the JWT `aud`. */
export function endpointUrl(request: Request, env: Record<string, string | undefined> = process.env): string {
  return `${publicOrigin(request, env)}${new URL(request.url).pathname}`;
}

export function cdsProblem(methods: readonly string[], init: Parameters<typeof problem>[0]): Response {
  return withCors(problem(init), methods);
}

/**
 * Checks the caller when trusted issuers are configured. Returns null when the call may go ahead, else the answer
 * to send (401 with WWW-Authenticate, or 503 when the configuration is broken).
 */
export async function authenticateCdsClient(
  request: Request,
  methods: readonly string[],
  now: Date = new Date(),
): Promise<Response | null> {
  const config = getAuthConfig();
  warnAboutAuthOnce(config);
  if (config.mode === 'disabled') return null;
  if (config.mode === 'invalid') {
    return cdsProblem(methods, {
      status: 503,
      title: 'CDS authentication misconfigured',
      detail: `${describeAuth(config)} Ask the administrator to fix CDS_TRUSTED_ISSUERS.`,
      headers: { 'Retry-After': '300' },
    });
  }
  const result = await verifyCdsClient(config.issuers, request.headers.get('authorization'), endpointUrl(request), now);
  if (result.ok) return null;
  const challenge =
    result.errorCode === 'invalid_request'
      ? 'Bearer realm="cds-services"'
      : `Bearer realm="cds-services", error="invalid_token", error_description="${result.reason.replace(/["\\]/g, "'")}"`;
  return cdsProblem(methods, {
    status: 401,
    title: 'Unauthorized',
    detail: result.reason,
    headers: { 'WWW-Authenticate': challenge },
  });
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

/** Reads a JSON body of at most `maxBytes`: 413 when larger, 400 when empty or not JSON. */
export async function readJsonBody(request: Request, maxBytes: number, methods: readonly string[]): Promise<JsonBody> {
  const tooLarge = () => ({
    ok: false as const,
    response: cdsProblem(methods, {
      status: 413,
      title: 'Payload too large',
      detail: `The body is larger than ${Math.round(maxBytes / 1024)} KB.`,
    }),
  });
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  const bad = (detail: string, errors?: FieldError[]) => ({
    ok: false as const,
    response: cdsProblem(methods, { status: 400, title: 'Invalid request', detail, errors }),
  });
  if (text.trim() === '') return bad('The body is empty; send a JSON object.');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return bad(`The body is not valid JSON (${error instanceof Error ? error.message.slice(0, 120) : 'parse error'}).`);
  }
}
