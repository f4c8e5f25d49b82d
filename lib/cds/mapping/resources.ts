/** Which resources a request carries, and which of them belong to the patient in context. */
import { FhirBundle, FhirResource } from '../schemas';

export interface RequestResources {
  /** Every resource in the prefetch, whatever key it came under. */
  prefetch: unknown[];
  /** The draft orders of an order-select call (only the selected ones when `selections` names them). */
  drafts: unknown[];
}

/** The resources in one prefetch value: null means "none", a Bundle gives its entries, a resource gives itself. */
export function resourcesIn(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  const bundle = FhirBundle.safeParse(value);
  if (bundle.success) {
    return (bundle.data.entry ?? [])
      .map((e) => (e !== null && typeof e === 'object' ? (e as { resource?: unknown }).resource : undefined))
      .filter((r) => FhirResource.safeParse(r).success);
  }
  return FhirResource.safeParse(value).success ? [value] : [];
}

/** The draft orders an order-select call is about: the selected ones when `selections` names them, else all. */
export function selectedDrafts(
  entries: { resource?: unknown }[] | undefined,
  selections: string[] | undefined,
): unknown[] {
  const resources = (entries ?? [])
    .map((e) => e.resource)
    .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null);
  const wanted = new Set((selections ?? []).map((s) => s.trim()));
  const chosen = resources.filter((r) => wanted.has(`${String(r.resourceType)}/${String(r.id)}`));
  return chosen.length ? chosen : resources;
}

/** `[Base/]Type/id[/_history/vid]`: a literal FHIR reference, relative or absolute. */
const LITERAL_REFERENCE =
  /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/[^?#]*\/)?([A-Z][A-Za-z]+)\/([A-Za-z0-9.-]{1,64})(?:\/_history\/[A-Za-z0-9.-]{1,64})?$/;

/**
 * Whose record a resource says it belongs to, from its `subject` (Condition, MedicationRequest, Observation, …) or
 * `patient` (AllergyIntolerance, …): `context` when it names Patient/<context id> (relative, or an absolute URL ending
 * in /Patient/<id>), `other` when it names another patient or a non-patient subject (a Group), `unstated` when there is
 * no literal reference to read (absent, contained `#id`, `urn:uuid:`, identifier or display only).
 */
export function attribution(resource: unknown, patientId: string): 'context' | 'other' | 'unstated' {
  if (typeof resource !== 'object' || resource === null) return 'unstated';
  const r = resource as { subject?: unknown; patient?: unknown };
  let stated = false;
  for (const ref of [r.subject, r.patient]) {
    const value = (ref as { reference?: unknown } | null | undefined)?.reference;
    if (typeof value !== 'string') continue;
    const m = LITERAL_REFERENCE.exec(value.trim());
    if (!m) continue;
    if (m[1] !== 'Patient' || m[2] !== patientId) return 'other';
    stated = true;
  }
  return stated ? 'context' : 'unstated';
}

export interface IgnoredResources {
  /** Resources naming another patient (or a non-patient subject). */
  otherPatient: number;
  /** Conditions that name no patient at all. */
  unattributed: number;
  /** Resource type → how many of that type were ignored. */
  byType: Record<string, number>;
}

export const noneIgnored = (): IgnoredResources => ({ otherPatient: 0, unattributed: 0, byType: {} });

/**
 * The resources that belong to the patient in context; the others are counted in `ignored` (issue 14: a Condition of
 * another patient in the prefetch still produced a card). A resource naming another patient is always ignored. One
 * naming no patient: a Condition is ignored (not attributable, and a condition alone makes a card); a medication,
 * allergy or draft order is kept, because the prefetch query or the order being written scoped it to this patient,
 * and dropping it would also drop the safety rules it brings (methotrexate, an allergy): the safer error. The
 * Patient resource is checked by id instead (hooks.ts refuses a call whose Patient is someone else).
 */
export function forContextPatient(resources: unknown[], patientId: string, ignored: IgnoredResources): unknown[] {
  return resources.filter((resource) => {
    const type = (resource as { resourceType?: unknown } | null)?.resourceType;
    if (type === 'Patient') return true;
    const whose = attribution(resource, patientId);
    if (whose === 'context' || (whose === 'unstated' && type !== 'Condition')) return true;
    if (whose === 'other') ignored.otherPatient += 1;
    else ignored.unattributed += 1;
    const key = typeof type === 'string' ? type.slice(0, 40) : 'unknown';
    ignored.byType[key] = (ignored.byType[key] ?? 0) + 1;
    return false;
  });
}
