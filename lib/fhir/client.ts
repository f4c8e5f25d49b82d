/**
 * A small FHIR R4 read client: one read or search against the fhirServer a CDS client named, with every cost
 * bounded. Plain `fetch`: the npm FHIR clients considered (fhirclient, built around the SMART launch; fhir-kit-client)
 * parse whole responses with no byte or depth limit as far as their documentation shows, so these bounds would have
 * to be rebuilt around them anyway.
 *
 * - Only http(s) servers; the query must stay under the server's base URL (same origin, same path prefix).
 * - Redirects are not followed (a 3xx is a failure), so a server cannot send us, or the token, to another host.
 * - Each request has its own timeout, and all requests of one call share the caller's signal (its time budget).
 * - A response is read with a byte limit and its JSON nesting and value count are scanned before JSON.parse
 *   (lib/http/json-scan.ts); it must be declared JSON (application/fhir+json or application/json).
 * - A search follows Bundle `link[relation=next]` up to a page and entry bound; past it, the result says it is partial.
 */
import { createJsonScanner, DEFAULT_SCAN_LIMITS } from '@/lib/http/json-scan';

export interface FhirClientLimits {
  /** Per HTTP request. */
  requestTimeoutMs: number;
  /** Bytes of one response body. */
  maxResponseBytes: number;
  /** Search pages read per query (the first one included). */
  maxPages: number;
  /** Bundle entries kept per query. */
  maxEntries: number;
}

export const DEFAULT_FHIR_LIMITS: FhirClientLimits = {
  requestTimeoutMs: 2000,
  maxResponseBytes: 2 * 1024 * 1024,
  maxPages: 5,
  maxEntries: 500,
};

export interface FhirClientOptions {
  /** The access token of `fhirAuthorization`, sent as a Bearer token. */
  accessToken?: string | null;
  /** Aborts every request (the call's total time budget). */
  signal?: AbortSignal;
  limits?: Partial<FhirClientLimits>;
  /** For tests. */
  fetch?: typeof fetch;
}

export type FhirReadResult =
  { ok: true; resource: unknown; partial: string | null; pages: number } | { ok: false; reason: string };

export class FhirClientError extends Error {}

/** The server's base URL with a trailing slash, or an error when it is not a usable http(s) URL. */
export function fhirBaseUrl(server: string): URL {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new FhirClientError('fhirServer is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new FhirClientError('fhirServer is not http(s)');
  if (url.username || url.password) throw new FhirClientError('fhirServer must not carry credentials');
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** True when `url` is on the server (same origin, under its base path). */
const underBase = (url: URL, base: URL) => url.origin === base.origin && url.pathname.startsWith(base.pathname);

function jsonType(header: string | null): boolean {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/fhir+json' || type === 'application/json';
}

function describeError(error: unknown, limits: FhirClientLimits, signal?: AbortSignal): string {
  if (signal?.aborted) return 'the time budget of the call ran out';
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${limits.requestTimeoutMs} ms`;
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string'
    ? `the server could not be reached (${code.slice(0, 40)})`
    : 'the server could not be reached';
}

/** One GET of a FHIR JSON resource, bounded as the module comment says. */
async function getJson(
  url: URL,
  options: FhirClientOptions,
  limits: FhirClientLimits,
): Promise<{ ok: true; value: unknown } | { ok: false; reason: string }> {
  const timeout = AbortSignal.timeout(limits.requestTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers: Record<string, string> = { accept: 'application/fhir+json' };
  if (options.accessToken) headers.authorization = `Bearer ${options.accessToken}`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { headers, signal, redirect: 'manual', cache: 'no-store' });
  } catch (error) {
    return { ok: false, reason: describeError(error, limits, options.signal) };
  }
  const refuse = async (reason: string) => {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false as const, reason };
  };
  if (response.status >= 300 && response.status < 400)
    return refuse(`the server answered a redirect (HTTP ${response.status}), not followed`);
  if (!response.ok) return refuse(`the server answered HTTP ${response.status}`);
  if (!jsonType(response.headers.get('content-type'))) return refuse("the server's answer was not FHIR JSON");
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxResponseBytes)
    return refuse(`the server's answer was larger than ${limits.maxResponseBytes} bytes`);

  const scanner = createJsonScanner(DEFAULT_SCAN_LIMITS);
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    const reader = response.body?.getReader();
    for (;;) {
      if (!reader) break;
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > limits.maxResponseBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: `the server's answer was larger than ${limits.maxResponseBytes} bytes` };
      }
      const verdict = scanner.push(value);
      if (!verdict.ok) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: `the server's answer was refused (${verdict.detail})` };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, reason: describeError(error, limits, options.signal) };
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))) };
  } catch {
    return { ok: false, reason: "the server's answer was not valid JSON" };
  }
}

const typeOf = (value: unknown) =>
  value !== null && typeof value === 'object' ? (value as { resourceType?: unknown }).resourceType : undefined;

/**
 * Reads `query` (a relative FHIR URL such as `Patient/123` or `Condition?patient=123`) from the server at `base`.
 * A search answers one searchset Bundle with the entries of every page read; `partial` says when paging stopped at
 * the bound with more pages left.
 */
export async function fhirRead(base: URL, query: string, options: FhirClientOptions = {}): Promise<FhirReadResult> {
  const limits = { ...DEFAULT_FHIR_LIMITS, ...options.limits };
  let url: URL;
  try {
    url = new URL(query, base);
  } catch {
    return { ok: false, reason: 'the query is not a valid URL' };
  }
  if (!underBase(url, base)) return { ok: false, reason: 'the query leaves the FHIR server' };

  const first = await getJson(url, options, limits);
  if (!first.ok) return first;
  const type = typeOf(first.value);
  if (type === 'OperationOutcome') return { ok: false, reason: 'the server answered an OperationOutcome' };
  if (type !== 'Bundle') {
    return typeof type === 'string'
      ? { ok: true, resource: first.value, partial: null, pages: 1 }
      : { ok: false, reason: "the server's answer was not a FHIR resource" };
  }

  const entries: unknown[] = [];
  let page: unknown = first.value;
  let pages = 1;
  let partial: string | null = null;
  for (;;) {
    const bundle = page as { entry?: unknown; link?: unknown };
    const pageEntries = Array.isArray(bundle.entry) ? bundle.entry : [];
    const room = limits.maxEntries - entries.length;
    entries.push(...pageEntries.slice(0, room));
    const next = Array.isArray(bundle.link)
      ? (bundle.link as { relation?: unknown; url?: unknown }[]).find((l) => l?.relation === 'next')?.url
      : undefined;
    if (pageEntries.length > room) {
      partial = `more than ${limits.maxEntries} entries; the first ${limits.maxEntries} were read`;
      break;
    }
    if (typeof next !== 'string' || next === '') break;
    if (pages >= limits.maxPages) {
      partial = `more than ${limits.maxPages} pages; the first ${pages} were read`;
      break;
    }
    let nextUrl: URL;
    try {
      nextUrl = new URL(next, base);
    } catch {
      partial = 'a next link was not a valid URL; the pages before it were read';
      break;
    }
    if (!underBase(nextUrl, base)) {
      partial = 'a next link pointed away from the FHIR server; the pages before it were read';
      break;
    }
    const more = await getJson(nextUrl, options, limits);
    if (!more.ok || typeOf(more.value) !== 'Bundle') {
      partial = `page ${pages + 1} could not be read (${more.ok ? 'not a Bundle' : more.reason}); the pages before it were read`;
      break;
    }
    page = more.value;
    pages += 1;
  }
  const firstBundle = first.value as Record<string, unknown>;
  return {
    ok: true,
    resource: { resourceType: 'Bundle', type: firstBundle.type ?? 'searchset', entry: entries },
    partial,
    pages,
  };
}
