/**
 * Which prefetch keys a call lacks, and the FHIR query that would fetch each one (CDS Hooks 2.0 "Prefetch
 * tokens"). Pure: the fetching itself is in lib/fhir/prefetch.ts.
 *
 * A key is lacking when it is absent or holds an OperationOutcome (the client's query failed). A key that is `null`
 * is the client's answer "no data" (spec 2.0: null is sent "rather than a bundle with zero entries"), so it is
 * taken as such and not fetched again.
 */
import { legacyFhirReason, resourcesIn } from './mapping';
import { CdsHooksRequest } from './schemas';
import { PREFETCH_KEYS, type PrefetchKey, type ServiceDefinition } from './services';

/** What fetching found for the lacking keys (lib/fhir/prefetch.ts), for the answer and its cards. */
export interface PrefetchReport {
  /** Why a lacking key could not be fetched (a few words, no patient data). */
  failed: Partial<Record<PrefetchKey, string>>;
  /** Keys fetched only in part (the paging bound was reached), and why. */
  partial: Partial<Record<PrefetchKey, string>>;
}

/** A key the client could not fill: absent, or an OperationOutcome in place of the data (a failed query). */
export function isLacking(prefetch: Record<string, unknown>, key: string): boolean {
  if (!(key in prefetch) || prefetch[key] === undefined) return true;
  return (prefetch[key] as { resourceType?: unknown } | null)?.resourceType === 'OperationOutcome';
}

/** The keys every call needs that this prefetch lacks, in discovery order. */
export function lackingKeys(prefetch: Record<string, unknown>): PrefetchKey[] {
  return PREFETCH_KEYS.filter((key) => isLacking(prefetch, key));
}

/** Context values that can stand in a query: strings (and numbers), or an array of them (joined by commas). */
function tokenValue(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value) && value.length && value.every((v) => typeof v === 'string' && v.trim() !== ''))
    return value.join(',');
  return null;
}

/** `{{userPractitionerId}}` and friends (spec 2.0): the id part of `context.userId` when it is of that type. */
const USER_TOKENS: Record<string, string> = {
  userPractitionerId: 'Practitioner',
  userPractitionerRoleId: 'PractitionerRole',
  userPatientId: 'Patient',
  userRelatedPersonId: 'RelatedPerson',
};

export type ResolvedTemplate = { ok: true; query: string } | { ok: false; reason: string };

/**
 * A discovery prefetch template with its tokens replaced by the call's context values (each URL-encoded, so a value
 * cannot add a path segment or a query parameter). A token the context does not give leaves the template
 * unresolvable: no query is better than one for the wrong (or every) patient.
 */
export function resolveTemplate(template: string, context: Record<string, unknown>): ResolvedTemplate {
  let failure: string | null = null;
  const query = template.replace(/\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g, (_, token: string) => {
    let value: string | null = null;
    if (token.startsWith('context.')) {
      value = tokenValue(context[token.slice('context.'.length)]);
    } else if (token in USER_TOKENS) {
      const user = tokenValue(context.userId);
      const [type, id] = user?.split('/') ?? [];
      value = type === USER_TOKENS[token] && id ? id : null;
    }
    if (value === null || value === '.' || value === '..') {
      failure ??= `the context has no usable value for {{${token}}}`;
      return '';
    }
    return encodeURIComponent(value);
  });
  return failure ? { ok: false, reason: failure } : { ok: true, query };
}

export interface FetchPlan {
  fhirServer: string;
  /** The `access_token` of `fhirAuthorization`, when the client gave one. */
  accessToken: string | null;
  /** Per lacking key: the query to run, or why there is none. */
  queries: { key: PrefetchKey; query: ResolvedTemplate }[];
}

/**
 * What to fetch for this call, or null when nothing is to be fetched: the body is not a CDS Hooks request for this
 * service (the hook answer gives the 400), it is STU3 or DSTU2 (answered with no cards), no key is lacking, or there
 * is no fhirServer to fetch from.
 */
export function fetchPlan(service: ServiceDefinition, body: unknown): FetchPlan | null {
  const parsed = CdsHooksRequest.safeParse(body);
  if (!parsed.success || !parsed.data.fhirServer || parsed.data.hook !== service.hook) return null;
  const { fhirServer, fhirAuthorization, context } = parsed.data;
  const prefetch = parsed.data.prefetch ?? {};
  const lacking = lackingKeys(prefetch);
  if (!lacking.length || !service.prefetch) return null;
  if (legacyFhirReason(parsed.data, Object.values(prefetch).flatMap(resourcesIn))) return null;
  const templates = service.prefetch;
  const token = (fhirAuthorization as { access_token?: unknown } | undefined)?.access_token;
  return {
    fhirServer,
    accessToken: typeof token === 'string' && token.trim() !== '' ? token.trim() : null,
    queries: lacking.map((key) => ({
      key,
      query: templates[key]
        ? resolveTemplate(templates[key], context)
        : { ok: false, reason: 'discovery lists no template for it' },
    })),
  };
}
