import 'server-only';
/**
 * Reads the launched patient's chart with the access token: the same four reads as the CDS services' prefetch
 * templates (patient, active conditions, active medication requests, allergies), through the bounded FHIR client,
 * in parallel within one time budget. Nothing read is logged or stored; it goes to the mapping and is dropped.
 */
import type { ChartRead } from '@/lib/cds/chart-view';
import { PREFETCH_KEYS, PREFETCH_TEMPLATES } from '@/lib/cds/services';
import { fhirBaseUrl, fhirRead } from '@/lib/fhir/client';

export const CHART_BUDGET_MS = 5000;

/** A FHIR resource id (FHIR R4 `id`: 1–64 of A–Z a–z 0–9 - .). */
export const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;

export interface ChartResult {
  chart: ChartRead;
  /** Some read was answered 401: the token is no longer accepted (expired or revoked). */
  unauthorized: boolean;
}

export async function readChart(
  iss: string,
  patientId: string,
  accessToken: string,
  options: { fetch?: typeof fetch; budgetMs?: number } = {},
): Promise<ChartResult> {
  if (!FHIR_ID.test(patientId)) throw new Error('not a FHIR id');
  const base = fhirBaseUrl(iss);
  const signal = AbortSignal.timeout(options.budgetMs ?? CHART_BUDGET_MS);
  let unauthorized = false;
  const parts = await Promise.all(
    PREFETCH_KEYS.map(async (key) => {
      const query = PREFETCH_TEMPLATES[key].replace('{{context.patientId}}', encodeURIComponent(patientId));
      const result = await fhirRead(base, query, { accessToken, signal, fetch: options.fetch });
      if (!result.ok) {
        if (result.reason === 'the server answered HTTP 401') unauthorized = true;
        return [key, { ok: false, reason: result.reason }] as const;
      }
      const resource = result.resource as { resourceType?: unknown; id?: unknown };
      if (key === 'patient' && (resource.resourceType !== 'Patient' || resource.id !== patientId))
        return [key, { ok: false, reason: "the server's answer was not this Patient" }] as const;
      return [key, { ok: true, value: result.resource, partial: result.partial }] as const;
    }),
  );
  return { chart: Object.fromEntries(parts) as ChartRead, unauthorized };
}
