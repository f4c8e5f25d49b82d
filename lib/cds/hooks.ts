/**
 * One CDS Hooks call, start to finish, as a pure function: request body → validated request → FHIR data read
 * → engine → cards, or the 400 / 412 answer the spec calls for. The route handler only does HTTP around it.
 */
import type { KnowledgeBase } from '@/lib/kb/model';
import { recommend } from '@/lib/rules/engine';
import { type FieldError, validateRecommendationInput } from '@/lib/rules/input';
import type { RecommendationOut } from '@/lib/rules/types';
import type { z } from 'zod';
import { cardsForRecommendation, mergeCards, orderChangeCards } from './cards';
import { type DataGap, missingDataCard, type OptionalKey, REQUIRED_KEYS } from './missing-data';
import {
  engineInputFor,
  forContextPatient,
  type IgnoredResources,
  legacyFhirReason,
  noneIgnored,
  type PatientFindings,
  readPatient,
  resourcesIn,
  selectedDrafts,
} from './mapping';
import { lackingKeys, type PrefetchReport } from './prefetch';
import { type Card, CdsHooksRequest, OrderSelectContext, PatientViewContext } from './schemas';
import { PREFETCH_TEMPLATES, type PrefetchKey, type ServiceDefinition } from './services';

/** At most this many conditions are answered in one call (each adds cards). */
const MAX_CONDITIONS = 4;

export interface HookOptions {
  now: Date;
  /** Absolute origin for links, without a trailing slash. */
  origin: string;
  /** The id generator for one call, from its hookInstance (see uuid.ts `idsFor`). */
  ids: (hookInstance: string) => (key: string) => string;
  /** This app's SMART launch URL when SMART launch is set up (cards then carry a `smart` link). */
  smartLaunchUrl?: string;
  /** What fetching the lacking prefetch keys from fhirServer found (lib/fhir/prefetch.ts), when it was tried. */
  fetched?: PrefetchReport;
}

export interface HookTrace {
  legacyFhir: string | null;
  /** Resources left out because they are not the context patient's (for the call's log line). */
  ignored: IgnoredResources;
  findings: PatientFindings | null;
  recommendations: RecommendationOut[];
  /** Lists that could not be obtained (or only in part), answered with a warning card. */
  gaps: DataGap[];
}

export type HookAnswer =
  | { status: 200; body: { cards: Card[] }; trace: HookTrace }
  | { status: 400; detail: string; errors: FieldError[] }
  | { status: 412; detail: string; missing: string[]; reasons: Record<string, string> };

function issues(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.slice(0, 10).map((i) => ({
    path: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: i.message,
  }));
}

/**
 * The log line for a call that left resources out (no patient or resource ids, only types and counts), or null when
 * nothing was left out.
 */
export function ignoredResourcesLine(serviceId: string, ignored: IgnoredResources): string | null {
  const total = ignored.otherPatient + ignored.unattributed;
  if (total === 0) return null;
  const types = Object.entries(ignored.byType)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  return `CDS ${serviceId}: ignored ${total} resource${total === 1 ? '' : 's'} not attributable to the context patient (other patient ${ignored.otherPatient}, Condition without subject ${ignored.unattributed}; ${types}).`;
}

const describe = (errors: FieldError[]) => errors.map((e) => `${e.path}: ${e.message}`).join('; ');

export function answerHook(
  kb: KnowledgeBase,
  service: ServiceDefinition,
  body: unknown,
  options: HookOptions,
): HookAnswer {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      status: 400,
      detail: 'The body must be a CDS Hooks request: a JSON object with hook, hookInstance and context.',
      errors: [],
    };
  }
  const parsed = CdsHooksRequest.safeParse(body);
  if (!parsed.success) {
    const errors = issues(parsed.error);
    return { status: 400, detail: `This is not a valid CDS Hooks request (${describe(errors)}).`, errors };
  }
  const request = parsed.data;
  if (request.hook !== service.hook) {
    return {
      status: 400,
      detail: `The service "${service.id}" answers the ${service.hook} hook; this request is for "${request.hook.slice(0, 60)}". Call the service that discovery lists for that hook.`,
      errors: [{ path: 'hook', message: `expected ${service.hook}` }],
    };
  }

  let patientId: string;
  let drafts: unknown[] = [];
  if (service.hook === 'order-select') {
    const context = OrderSelectContext.safeParse(request.context);
    if (!context.success) {
      const errors = issues(context.error, 'context');
      return { status: 400, detail: `The order-select context is not valid (${describe(errors)}).`, errors };
    }
    patientId = context.data.patientId;
    drafts = selectedDrafts(context.data.draftOrders.entry, context.data.selections);
  } else {
    const context = PatientViewContext.safeParse(request.context);
    if (!context.success) {
      const errors = issues(context.error, 'context');
      return { status: 400, detail: `The patient-view context is not valid (${describe(errors)}).`, errors };
    }
    patientId = context.data.patientId;
  }

  const prefetch = request.prefetch ?? {};
  const prefetched = Object.values(prefetch).flatMap(resourcesIn);
  const legacyFhir = legacyFhirReason(request, [...prefetched, ...drafts]);
  const trace: HookTrace = { legacyFhir, ignored: noneIgnored(), findings: null, recommendations: [], gaps: [] };
  // STU3 and DSTU2 data is not read: no cards rather than an error, so an older EHR keeps working.
  if (legacyFhir) return { status: 200, body: { cards: [] }, trace };

  // Keys still lacking here were neither prefetched nor fetched from fhirServer (lib/fhir/prefetch.ts).
  const missing = lackingKeys(prefetch);
  const reasons: Record<string, string> = {};
  for (const key of missing) {
    reasons[key] = !request.fhirServer
      ? 'not in the prefetch, and no fhirServer was given to fetch it from'
      : `not in the prefetch, and not fetched from fhirServer: ${options.fetched?.failed[key] ?? 'no fetch was tried'}`;
  }
  if (missing.some((key) => REQUIRED_KEYS.includes(key))) {
    const list = missing.map((k) => `"${k}" (${PREFETCH_TEMPLATES[k]})`).join(', ');
    const fetchNote = !request.fhirServer
      ? 'No fhirServer was given to fetch them from.'
      : `Fetching them from fhirServer failed: ${[...new Set(missing.map((k) => options.fetched?.failed[k] ?? 'no fetch was tried'))].join('; ')}.`;
    return {
      status: 412,
      detail: `Prefetch is missing ${list} (absent, or an OperationOutcome instead of data). ${fetchNote} The patient and the conditions are needed for any answer: send the prefetch that discovery lists (a key may be null when there is no data), or a fhirServer this service can read them from.`,
      missing: [...missing],
      reasons,
    };
  }
  for (const key of missing) trace.gaps.push({ key: key as OptionalKey, state: 'missing', reason: reasons[key]! });
  for (const [key, reason] of Object.entries(options.fetched?.partial ?? {}) as [PrefetchKey, string][]) {
    if (!REQUIRED_KEYS.includes(key) && !missing.includes(key))
      trace.gaps.push({ key: key as OptionalKey, state: 'partial', reason });
  }

  // A prefetched Patient that is not the patient in context means the EHR sent someone else's record: refuse.
  const prefetchedPatient = prefetched.find((r) => (r as { resourceType?: unknown }).resourceType === 'Patient') as
    { id?: unknown } | undefined;
  if (typeof prefetchedPatient?.id === 'string' && prefetchedPatient.id !== patientId) {
    return {
      status: 400,
      detail: `The prefetched Patient (${prefetchedPatient.id.slice(0, 64)}) is not the patient in context (${patientId.slice(0, 64)}). No cards were made, to avoid answering for the wrong patient.`,
      errors: [{ path: 'context.patientId', message: 'does not match prefetch Patient.id' }],
    };
  }

  const findings = readPatient(
    kb,
    {
      prefetch: forContextPatient(prefetched, patientId, trace.ignored),
      drafts: forContextPatient(drafts, patientId, trace.ignored),
    },
    options.now,
  );
  trace.findings = findings;

  const conditionIds = findings.conditions.map((c) => c.conditionId);
  const orderSelect = service.hook === 'order-select';
  // Order-select with nothing drafted yet (the hook fires as the order form opens): nothing has changed.
  if (orderSelect && !findings.medications.some((m) => m.draft)) return { status: 200, body: { cards: [] }, trace };

  const makeId = options.ids(request.hookInstance);
  const shown = new Set<string>();
  const recommendFor = (from: PatientFindings, conditionId: string) => {
    const { input, otherMedications, factorSources } = engineInputFor(kb, from, conditionId);
    const checked = validateRecommendationInput(kb, input);
    if (!checked.ok) throw new Error(`CDS mapping produced invalid engine input: ${describe(checked.errors)}`);
    const rec = recommend(kb, { ...checked.value, otherMedications: input.otherMedications ?? [] });
    return {
      rec,
      ctx: {
        kb,
        origin: options.origin,
        patientId,
        makeId,
        findings: from,
        factorSources,
        otherMedications,
        shown,
        smartLaunchUrl: options.smartLaunchUrl,
      },
    };
  };
  const lists: Card[][] = [];
  for (const conditionId of conditionIds.slice(0, MAX_CONDITIONS)) {
    const { rec, ctx } = recommendFor(findings, conditionId);
    trace.recommendations.push(rec);
    if (orderSelect) {
      // What the draft changes: the same patient with and without the drafted orders.
      const before = recommendFor(
        { ...findings, medications: findings.medications.filter((m) => !m.draft) },
        conditionId,
      );
      lists.push(orderChangeCards(ctx, rec, before.rec));
    } else {
      lists.push(cardsForRecommendation(ctx, rec));
    }
  }
  // A missing list matters only next to advice; without any card there is nothing it would have changed.
  if (lists.some((l) => l.length) && trace.gaps.length) {
    lists.unshift(trace.gaps.map((gap) => missingDataCard({ kb, origin: options.origin, makeId }, gap)));
  }
  return { status: 200, body: { cards: mergeCards(lists) }, trace };
}
