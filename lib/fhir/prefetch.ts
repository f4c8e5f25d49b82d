/**
 * Fetches the prefetch keys a CDS Hooks call lacks from the call's fhirServer (CDS Hooks 2.0: a client may fill only
 * some templates; the service fetches the rest), in parallel, within one time budget for the whole call. What cannot
 * be fetched stays lacking: the hook answer then gives 412 (patient, conditions) or a warning card (medications,
 * allergies). See docs/decisions/0005-cds-hooks-service.md.
 */
import { fetchPlan, type PrefetchReport } from '@/lib/cds/prefetch';
import type { PrefetchKey, ServiceDefinition } from '@/lib/cds/services';
import { type FhirClientLimits, FhirClientError, fhirBaseUrl, fhirRead } from './client';

export interface FillOptions {
  /** All fetches of one call together (default 3 s). */
  budgetMs?: number;
  limits?: Partial<FhirClientLimits>;
  fetch?: typeof fetch;
  /** Where a failed fetch is reported (one line, key and reason only). */
  warn?: (line: string) => void;
}

export const DEFAULT_FETCH_BUDGET_MS = 3000;

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

export interface FillResult {
  /** The request with every fetched key in its prefetch (the same object when nothing was fetched). */
  body: unknown;
  /** Null when nothing was tried. */
  report: PrefetchReport | null;
  /** Keys fetched, and how long fetching took (for the call's log line). */
  fetchedKeys: PrefetchKey[];
  ms: number;
}

/** The body with the lacking prefetch keys fetched where the server gives them. */
export async function fillPrefetch(
  service: ServiceDefinition,
  body: unknown,
  options: FillOptions = {},
): Promise<FillResult> {
  const plan = fetchPlan(service, body);
  if (!plan) return { body, report: null, fetchedKeys: [], ms: 0 };
  const started = performance.now();
  const warn = options.warn ?? ((line: string) => console.warn(line));
  const report: PrefetchReport = { failed: {}, partial: {} };
  const fetched: Partial<Record<PrefetchKey, unknown>> = {};
  const fail = (key: PrefetchKey, reason: string) => {
    report.failed[key] = reason;
    warn(`CDS ${service.id}: prefetch "${key}" could not be fetched from fhirServer: ${reason}.`);
  };

  let base: URL | null = null;
  try {
    base = fhirBaseUrl(plan.fhirServer);
    // A bearer token over plain http could be read on the way; only loopback (a local test server) is exempt.
    if (plan.accessToken && base.protocol === 'http:' && !LOOPBACK.has(base.hostname))
      throw new FhirClientError('fhirServer is plain http, and the access token is sent only over https');
  } catch (error) {
    base = null;
    const reason = error instanceof FhirClientError ? error.message : 'fhirServer is not usable';
    for (const { key } of plan.queries) fail(key, reason);
  }

  if (base) {
    const signal = AbortSignal.timeout(options.budgetMs ?? DEFAULT_FETCH_BUDGET_MS);
    await Promise.all(
      plan.queries.map(async ({ key, query }) => {
        if (!query.ok) return fail(key, query.reason);
        const result = await fhirRead(base, query.query, {
          accessToken: plan.accessToken,
          signal,
          limits: options.limits,
          fetch: options.fetch,
        });
        if (!result.ok) return fail(key, result.reason);
        if (key === 'patient' && (result.resource as { resourceType?: unknown }).resourceType !== 'Patient')
          return fail(key, "the server's answer was not a Patient");
        fetched[key] = result.resource;
        if (result.partial) {
          report.partial[key] = result.partial;
          warn(`CDS ${service.id}: prefetch "${key}" fetched only in part: ${result.partial}.`);
        }
      }),
    );
  }

  const request = body as { prefetch?: Record<string, unknown> | null };
  const fetchedKeys = Object.keys(fetched) as PrefetchKey[];
  const filled = fetchedKeys.length ? { ...request, prefetch: { ...(request.prefetch ?? {}), ...fetched } } : body;
  return { body: filled, report, fetchedKeys, ms: Math.round(performance.now() - started) };
}
