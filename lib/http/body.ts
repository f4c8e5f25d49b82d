/**
 * The one JSON body reader of every route. Its cost is bounded before JSON.parse runs:
 * - the media type must be `application/json` or `application/fhir+json` (optionally `; charset=utf-8`): a form or
 *   `text/plain` body is answered 415, which also means a web page cannot send one without a CORS preflight;
 * - the declared Content-Length, then the bytes actually received, are held to `limit` (413);
 * - nesting depth and the number of values are counted on the byte stream as it arrives (lib/http/json-scan.ts), so a
 *   body of `[[[[…` is refused after 65 bytes instead of exhausting the heap inside JSON.parse (400);
 * - the bytes being read and parsed by all requests at once are held to an in-flight budget: past it, 503 with
 *   Retry-After, so many large bodies at once queue at the client instead of filling the heap.
 */
import { createJsonScanner, DEFAULT_SCAN_LIMITS, type JsonScanLimits } from './json-scan';
import { badRequest, problem } from './problem';

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

export interface ReadJsonOptions {
  /** Nesting and value-count limits (default: depth 64, 200,000 values). */
  scan?: JsonScanLimits;
}

/**
 * Bytes of request bodies being read or parsed by this process at once. Four CDS calls of the 1 MiB maximum fit; a
 * worst-case 1 MiB body (200,000 empty objects) takes about 20 MB of heap to parse (docs/security.md), so the budget
 * keeps parsing well inside the 160 MB production heap.
 */
export const IN_FLIGHT_BUDGET_BYTES = 4 * 1024 * 1024;
let inFlight = 0;

/** For tests: bytes currently reserved. */
export const inFlightBytes = () => inFlight;

const tooLarge = (limit: number, size: string) =>
  problem({
    status: 413,
    title: 'Request body too large',
    detail: `The request body is ${size}; at most ${limit} bytes (${Math.round(limit / 1024)} KB) are accepted.`,
  });

const busy = () =>
  problem({
    status: 503,
    title: 'Service busy',
    detail: 'Too many large requests are being processed at once. Send this one again in a moment.',
    headers: { 'Retry-After': '1' },
  });

const JSON_TYPES = new Set(['application/json', 'application/fhir+json']);

/** null when the Content-Type is JSON in UTF-8, else the 415 answer. */
export function checkJsonContentType(header: string | null): Response | null {
  const [rawType = '', ...params] = (header ?? '').split(';');
  const type = rawType.trim().toLowerCase();
  const charset = params
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"|"$/g, '');
  if (JSON_TYPES.has(type) && (charset === undefined || charset === 'utf-8' || charset === 'utf8')) return null;
  const shown = type.replace(/[^\x20-\x7e]/g, '?').slice(0, 60);
  return problem({
    status: 415,
    title: 'Unsupported media type',
    detail:
      `Send the body as JSON with "Content-Type: application/json" (or application/fhir+json), in UTF-8` +
      `${type ? ` (got "${shown}"${charset ? ` with charset "${charset.replace(/[^\x20-\x7e]/g, '?').slice(0, 20)}"` : ''})` : ''}.`,
  });
}

type Refused = { ok: false; response: Response };

/** Answers without reading the body, and lets the client's stream go. */
async function refuse(request: Request, response: Response): Promise<Refused> {
  await request.body?.cancel().catch(() => undefined);
  return { ok: false, response };
}

/**
 * The body's bytes, at most `limit` of them, whether declared (Content-Length) or counted as they arrive: past it, 413
 * and the stream cancelled. `inspect` sees each chunk as it arrives and may refuse the body with an answer. Throws when
 * the stream breaks mid-body.
 */
async function readBoundedBytes(
  request: Request,
  limit: number,
  inspect?: (chunk: Uint8Array) => Response | undefined,
): Promise<{ ok: true; bytes: Uint8Array } | Refused> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit)
    return refuse(request, tooLarge(limit, `${declared.trim()} bytes`));
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = request.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      const refusal = received > limit ? tooLarge(limit, `more than ${limit} bytes`) : inspect?.(value);
      if (refusal) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, response: refusal };
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** Reads a JSON request body; see the module comment for the limits and the answers. */
export async function readJsonBody(
  request: Request,
  limit: number,
  options: ReadJsonOptions = {},
): Promise<BodyResult> {
  const unsupported = checkJsonContentType(request.headers.get('content-type'));
  if (unsupported) return refuse(request, unsupported);

  const scanner = createJsonScanner(options.scan ?? DEFAULT_SCAN_LIMITS);
  let reserved = 0;
  try {
    const read = await readBoundedBytes(request, limit, (chunk) => {
      if (inFlight + chunk.byteLength > IN_FLIGHT_BUDGET_BYTES) return busy();
      inFlight += chunk.byteLength;
      reserved += chunk.byteLength;
      const verdict = scanner.push(chunk);
      return verdict.ok ? undefined : badRequest(`The request body is refused: ${verdict.detail}`);
    });
    if (!read.ok) return read;

    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
    } catch {
      return { ok: false, response: badRequest('The request body is not valid UTF-8 text.') };
    }
    if (text.trim() === '')
      return { ok: false, response: badRequest('The request body is empty: send a JSON object.') };
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (error) {
      const reason = error instanceof SyntaxError ? `: ${error.message.slice(0, 120)}` : '';
      return { ok: false, response: badRequest(`The request body is not valid JSON${reason}.`) };
    }
  } catch {
    // The client went away or the stream broke mid-body.
    return { ok: false, response: badRequest('The request body could not be read completely.') };
  } finally {
    inFlight -= reserved;
  }
}

export type FormResult = { ok: true; form: URLSearchParams } | { ok: false; response: Response };

/** Reads a small `application/x-www-form-urlencoded` body (a sign-in form), held to `limit` bytes before parsing. */
export async function readFormBody(request: Request, limit: number): Promise<FormResult> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return refuse(
      request,
      problem({
        status: 415,
        title: 'Unsupported media type',
        detail: 'Send the form as application/x-www-form-urlencoded.',
      }),
    );
  }
  try {
    const read = await readBoundedBytes(request, limit);
    if (!read.ok) return read;
    const text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
    return { ok: true, form: new URLSearchParams(text) };
  } catch {
    return { ok: false, response: badRequest('The form could not be read (incomplete or not UTF-8).') };
  }
}
