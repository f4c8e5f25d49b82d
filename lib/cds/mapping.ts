/**
 * Reads a CDS Hooks request's FHIR R4 data (prefetch and draft orders) into what the rules engine understands:
 * knowledge-base conditions, regimen options, patient factors and age, plus a plain list of what could not be mapped.
 * Pure: the clock comes in as `now`.
 *
 * Choices (see docs/decisions/0003-cds-hooks-service.md):
 * - Conditions map only by code (SNOMED CT, ICD-10-CM, ICD-10), and only to KB conditions with `mapFromCodes`.
 * - Medications map by RxNorm code where the KB has one, else by ingredient name; the dose form decides topical or
 *   systemic where an ingredient exists in both forms; when the form is not stated and a systemic reading exists,
 *   the systemic (more cautious) reading is taken and the card says so.
 * - A systemic drug outside the condition's regimen list still counts: it goes to the engine as one of the
 *   patient's other medications, where the same safety rules apply to it as to the regimen (the factor its flag
 *   implies, immunosuppression, its own label facts). It never becomes the `immunocompromised` factor: that stays
 *   the clinician's judgement (though two immunosuppressive drugs together are a hard stop in the engine).
 * - Code tables (routes, systemic forms of topical ingredients, allergy codes and words) are knowledge-base data.
 * - Pregnancy is not read from the record (no pregnancy code is verified in our sources): it stays an assumption.
 * - Only the context patient's resources are read (`forContextPatient`): another patient's are left out and counted.
 */
import type { KnowledgeBase } from '@/lib/kb/model';
import type { RegimenFlag, RegimenOption } from '@/lib/kb/schema';
import type { RecommendationInput } from '@/lib/rules/types';
import {
  type CodeableConcept,
  type Coding,
  FhirAllergyIntolerance,
  FhirBundle,
  FhirCondition,
  FhirMedicationRequest,
  FhirPatient,
  FhirResource,
} from './schemas';

export const SYSTEM = {
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
} as const;

type Route = 'topical' | 'systemic' | 'other' | 'unknown';

const TOPICAL_WORDS =
  /\b(topical|cutaneous|cream|ointment|gel|foam|lotion|shampoo|wash|cleanser|pledgets?|medicated pad|emollient|paste)\b/;
const SYSTEMIC_WORDS =
  /\b(oral|by mouth|po|tablets?|tabs?|capsules?|caps|chewable|syrup|elixir|injection|injectable|injector|syringe|pen|infusion|intravenous|iv|intramuscular|im|subcutaneous|sc|subcut|extended release|delayed release)\b/;
const LOCAL_NON_SKIN_WORDS =
  /\b(vaginal|intravaginal|ophthalmic|eye drops?|otic|ear drops?|nasal|intranasal|rectal|inhalation|inhaler|nebuli[sz]er)\b/;
/** Dose-form words stripped from KB ingredient phrases ("minocycline foam" is the ingredient minocycline). */
const FORM_WORDS_IN_PHRASES = /\b(topical|foam|cream|gel|ointment|lotion|shampoo|wash|oral)\b/g;

export interface MedicationFinding {
  /** What the record calls it (shortened). */
  label: string;
  /** The KB regimen option, or null when the drug counts only through its flags or is not recognised. */
  optionId: string | null;
  route: Route;
  flags: RegimenFlag[];
  via: 'rxnorm' | 'ingredient' | null;
  /** A caution about the reading (e.g. the form was not stated). */
  note: string | null;
  /** From the order being drafted (order-select), not the record's active list. */
  draft: boolean;
}

export interface PatientFindings {
  age: number | null;
  /** Whole months, for a child under 2 years; null otherwise. */
  ageMonths: number | null;
  /** `coding`: the code of the Condition that matched, as the record gave it (for a draft order's reasonCode). */
  conditions: { conditionId: string; via: string; coding: { system: string; code: string; display?: string } }[];
  medications: MedicationFinding[];
  factors: { factorId: string; via: string }[];
  /** Plain sentences about what was read but could not be used. */
  unmapped: string[];
  /** Draft MedicationRequests with no medication chosen yet (order-select fires on page load like that). */
  emptyDraftOrders: number;
}

export interface RequestResources {
  /** Every resource in the prefetch, whatever key it came under. */
  prefetch: unknown[];
  /** The draft orders of an order-select call (only the selected ones when `selections` names them). */
  drafts: unknown[];
}

// ---------------------------------------------------------------------------------------------------------------
// Reading resources

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

/**
 * Why a request looks like FHIR STU3 or DSTU2 rather than R4 (we answer those with no cards), or null.
 * Evidence: an explicit version, a FHIR base URL naming an older release, or resource shapes only older releases use.
 */
export function legacyFhirReason(
  request: { fhirServer?: string; [k: string]: unknown },
  resources: unknown[],
): string | null {
  const version = typeof request.fhirVersion === 'string' ? request.fhirVersion.trim() : '';
  if (version && !/^4\./.test(version) && !/^r4/i.test(version)) return `fhirVersion ${version.slice(0, 20)}`;
  if (request.fhirServer) {
    const segments = request.fhirServer.split(/[/?#]/).map((s) => s.toLowerCase());
    const old = segments.find((s) => /^(base)?(dstu2|dstu3|stu3|r2|r3)$/.test(s));
    if (old) return `FHIR server path "${old}"`;
  }
  for (const raw of resources) {
    if (typeof raw !== 'object' || raw === null) continue;
    const r = raw as Record<string, unknown>;
    if (r.resourceType === 'MedicationOrder') return 'a DSTU2 MedicationOrder';
    if (
      (r.resourceType === 'Condition' || r.resourceType === 'AllergyIntolerance') &&
      (typeof r.clinicalStatus === 'string' || typeof r.verificationStatus === 'string')
    ) {
      return `an STU3-style ${r.resourceType} (status as a plain code)`;
    }
    if (r.resourceType === 'MedicationRequest') {
      if (r.intent === undefined) return 'an STU3-style MedicationRequest (no intent)';
      const requester = r.requester as Record<string, unknown> | undefined;
      if (requester && typeof requester === 'object' && 'agent' in requester)
        return 'an STU3 MedicationRequest (requester.agent)';
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Whose record a resource is

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

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

const statusCode = (status: CodeableConcept | string | undefined): string | undefined =>
  typeof status === 'string' ? status : status?.coding?.find((c) => c.code)?.code;

const codings = (cc: CodeableConcept | undefined): Coding[] => cc?.coding ?? [];

const normaliseIcd = (code: string) => code.toUpperCase().replace(/[.\s]/g, '');

const shorten = (s: string, max = 80) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Compiled once per phrase: the same ingredient phrases are matched against every medication of every call.
const wordPatterns = new Map<string, RegExp | null>();

function containsWord(haystack: string, phrase: string): boolean {
  let pattern = wordPatterns.get(phrase);
  if (pattern === undefined) {
    const words = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
    pattern = words === '' ? null : new RegExp(`(^|[^a-z0-9])${words}($|[^a-z0-9])`, 'i');
    wordPatterns.set(phrase, pattern);
  }
  return pattern !== null && pattern.test(haystack);
}

function systemLabel(system: string | undefined): string {
  if (system === SYSTEM.snomed) return 'SNOMED CT';
  if (system === SYSTEM.icd10cm) return 'ICD-10-CM';
  if (system === SYSTEM.icd10) return 'ICD-10';
  if (system === SYSTEM.rxnorm) return 'RxNorm';
  return system ?? 'no system';
}

// ---------------------------------------------------------------------------------------------------------------
// Age

/**
 * Whole years between a FHIR birthDate and `now` (UTC calendar dates). A partial date (YYYY or YYYY-MM) is read as
 * its latest possible day, so the age is never overstated (infant rules stay on). Null when unusable.
 */
export function ageInYears(birthDate: string | undefined, now: Date): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(birthDate ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  const day = m[3] ? Number(m[3]) : new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const nowMonth = now.getUTCMonth() + 1;
  const nowDay = now.getUTCDate();
  let age = now.getUTCFullYear() - year;
  if (nowMonth < month || (nowMonth === month && nowDay < day)) age -= 1;
  return age >= 0 && age <= 120 ? age : null;
}

/** Whole months between a FHIR birthDate and `now`, read like `ageInYears` (never overstated). Null when unusable. */
export function ageInMonths(birthDate: string | undefined, now: Date): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(birthDate ?? '');
  if (!m || ageInYears(birthDate, now) === null) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  const day = m[3] ? Number(m[3]) : new Date(Date.UTC(year, month, 0)).getUTCDate();
  let months = (now.getUTCFullYear() - year) * 12 + (now.getUTCMonth() + 1 - month);
  if (now.getUTCDate() < day) months -= 1;
  return months >= 0 ? months : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Conditions

/** The KB conditions (mapFromCodes only) that one coding maps to. ICD-10 codes match exactly or by KB category. */
export function conditionsForCoding(kb: KnowledgeBase, coding: Coding): string[] {
  const code = coding.code?.trim();
  if (!code) return [];
  const out: string[] = [];
  for (const condition of kb.data.conditions) {
    if (!condition.mapFromCodes) continue;
    if (coding.system === SYSTEM.snomed) {
      if (condition.codes.snomed.some((c) => c.code === code)) out.push(condition.id);
    } else if (coding.system === SYSTEM.icd10cm || coding.system === SYSTEM.icd10) {
      const recorded = normaliseIcd(code);
      const hit = condition.codes.icd10.some((c) => {
        const kbCode = normaliseIcd(c.code);
        const isCategory = !c.code.includes('.');
        return recorded === kbCode || (isCategory && recorded.startsWith(kbCode));
      });
      if (hit) out.push(condition.id);
    }
  }
  return out;
}

function isActiveCondition(c: FhirCondition): boolean {
  const clinical = statusCode(c.clinicalStatus);
  const verification = statusCode(c.verificationStatus);
  const activeish = clinical === undefined || ['active', 'recurrence', 'relapse'].includes(clinical);
  return activeish && verification !== 'refuted' && verification !== 'entered-in-error';
}

// ---------------------------------------------------------------------------------------------------------------
// Medications

function routeOf(kb: KnowledgeBase, mr: FhirMedicationRequest, names: string[]): Route {
  for (const dosage of mr.dosageInstruction ?? []) {
    for (const c of codings(dosage.route)) {
      const known =
        c.system === SYSTEM.snomed ? kb.data.codeTables.snomedRoutes.find((r) => r.code === c.code) : undefined;
      if (known) return known.route;
    }
  }
  const words = [
    ...names,
    ...(mr.dosageInstruction ?? []).flatMap((d) => [
      d.text ?? '',
      d.route?.text ?? '',
      ...codings(d.route).map((c) => c.display ?? ''),
    ]),
  ]
    .join(' | ')
    .toLowerCase();
  if (LOCAL_NON_SKIN_WORDS.test(words)) return 'other';
  if (TOPICAL_WORDS.test(words)) return 'topical';
  if (SYSTEMIC_WORDS.test(words)) return 'systemic';
  return 'unknown';
}

const isSystemic = (o: RegimenOption) => o.route !== 'topical';

interface Candidate {
  option: RegimenOption;
  /** Ingredient words that matched (used to drop single-ingredient options covered by a combination). */
  words: string[];
  via: 'rxnorm' | 'ingredient';
}

const combinationPartsCache = new Map<string, string[]>();

/** The ingredients of a combination phrase ("calcipotriene and betamethasone"), or one part for a single ingredient. */
function combinationParts(phrase: string): string[] {
  let parts = combinationPartsCache.get(phrase);
  if (!parts) {
    parts = phrase
      .split(/\s+and\s+|\s*\/\s*|\s*\+\s*/)
      .map(baseIngredient)
      .filter(Boolean);
    combinationPartsCache.set(phrase, parts);
  }
  return parts;
}

function candidatesFor(kb: KnowledgeBase, names: string[], rxnormCodes: string[]): Candidate[] {
  const haystack = names.join(' | ').toLowerCase();
  const found = new Map<string, Candidate>();
  const add = (option: RegimenOption, words: string[], via: Candidate['via']) => {
    const existing = found.get(option.id);
    if (existing) existing.words = [...new Set([...existing.words, ...words])];
    else found.set(option.id, { option, words, via });
  };
  for (const option of kb.data.regimenOptions) {
    const byCode = option.rxnorm.filter((c) => rxnormCodes.includes(c.code));
    if (byCode.length)
      add(
        option,
        byCode.map((c) => baseIngredient(c.display)),
        'rxnorm',
      );
    for (const phrase of option.ingredients) {
      const parts = combinationParts(phrase);
      if (parts.length > 1) {
        if (parts.every((p) => containsWord(haystack, p))) add(option, parts, 'ingredient');
      } else {
        const base = baseIngredient(phrase);
        if (base && containsWord(haystack, base)) add(option, [base], 'ingredient');
      }
    }
  }
  // A combination product (e.g. calcipotriene + betamethasone) replaces the single-ingredient options it covers.
  const combos = [...found.values()].filter(
    (c) => c.option.ingredients.some((p) => /\s+and\s+|\/|\+/.test(p)) && c.words.length > 1,
  );
  for (const combo of combos) {
    for (const other of [...found.values()]) {
      if (other !== combo && other.words.every((w) => combo.words.includes(w))) found.delete(other.option.id);
    }
  }
  return [...found.values()];
}

const baseIngredients = new Map<string, string>();

function baseIngredient(phrase: string): string {
  let base = baseIngredients.get(phrase);
  if (base === undefined) {
    base = phrase.toLowerCase().replace(FORM_WORDS_IN_PHRASES, ' ').replace(/\s+/g, ' ').trim();
    baseIngredients.set(phrase, base);
  }
  return base;
}

/** The findings for one MedicationRequest (none when it names no medication). */
export function readMedication(kb: KnowledgeBase, mr: FhirMedicationRequest, draft: boolean): MedicationFinding[] {
  const cc = mr.medicationCodeableConcept;
  const names = [cc?.text, ...codings(cc).map((c) => c.display), mr.medicationReference?.display]
    .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
    .map((s) => s.trim());
  const rxnormCodes = codings(cc)
    .filter((c) => c.system === SYSTEM.rxnorm && c.code)
    .map((c) => c.code!.trim());
  const firstName = names[0];
  const label = shorten(firstName ?? (rxnormCodes[0] ? `RxNorm ${rxnormCodes[0]}` : ''));
  if (!label) return [];

  const route = routeOf(kb, mr, names);
  const candidates = candidatesFor(kb, names, rxnormCodes);
  const base = { label, route, draft };
  const unrecognised: MedicationFinding = { ...base, optionId: null, flags: [], via: null, note: null };
  if (route === 'other') return [{ ...unrecognised, note: 'not a skin or systemic form' }];
  if (candidates.length === 0) return [unrecognised];

  const topical = candidates.filter((c) => !isSystemic(c.option));
  const systemic = candidates.filter((c) => isSystemic(c.option));
  const systemicForms = topical
    .flatMap((c) => c.words)
    .flatMap((w) => kb.data.codeTables.systemicForms.filter((f) => f.ingredient === w))
    .map((f) => ({ word: f.ingredient, name: f.name, flags: f.flags }));

  const fromOptions = (list: Candidate[], note: string | null): MedicationFinding[] =>
    list.map((c) => ({ ...base, optionId: c.option.id, flags: [...c.option.flags], via: c.via, note }));
  const fromSystemicForms = (note: string | null): MedicationFinding[] =>
    systemicForms.map((f) => ({
      ...base,
      label: `${label} (${f.name})`,
      optionId: null,
      flags: [...f.flags],
      via: null,
      note,
    }));

  switch (route) {
    case 'topical':
      return topical.length
        ? fromOptions(topical, null)
        : [{ ...unrecognised, note: 'topical form not in the knowledge base' }];
    case 'systemic': {
      const out = [...fromOptions(systemic, null), ...fromSystemicForms(null)];
      return out.length ? out : [{ ...unrecognised, note: 'systemic form not in the knowledge base' }];
    }
    case 'unknown': {
      const cautious = 'form not stated: read as systemic, the more cautious reading; check';
      if (systemic.length || systemicForms.length) {
        return [
          ...fromOptions(systemic, systemic.length && topical.length ? cautious : null),
          ...fromSystemicForms(cautious),
        ];
      }
      return fromOptions(topical, null);
    }
  }
}

function isCurrentMedication(mr: FhirMedicationRequest, draft: boolean): boolean {
  const status = mr.status ?? (draft ? 'draft' : 'active');
  return draft
    ? !['entered-in-error', 'cancelled', 'revoked'].includes(status)
    : ['active', 'on-hold', 'draft', 'unknown'].includes(status);
}

// ---------------------------------------------------------------------------------------------------------------
// Allergies

function allergyFactors(kb: KnowledgeBase, a: FhirAllergyIntolerance): { factorId: string; via: string }[] {
  const clinical = statusCode(a.clinicalStatus);
  const verification = statusCode(a.verificationStatus);
  if (
    clinical === 'inactive' ||
    clinical === 'resolved' ||
    verification === 'refuted' ||
    verification === 'entered-in-error'
  )
    return [];
  const concepts = [a.code, ...(a.reaction ?? []).map((r) => r.substance)].filter(
    (c): c is CodeableConcept => c !== undefined,
  );
  const texts = concepts
    .flatMap((c) => [c.text ?? '', ...codings(c).map((x) => x.display ?? '')])
    .join(' | ')
    .toLowerCase();
  const codes = concepts.flatMap((c) =>
    codings(c)
      .filter((x) => x.system === SYSTEM.snomed)
      .map((x) => x.code),
  );
  const label = shorten(a.code?.text ?? codings(a.code).find((c) => c.display)?.display ?? 'allergy');
  const out: { factorId: string; via: string }[] = [];
  for (const factor of kb.data.factors) {
    const match = factor.fromAllergy;
    if (!match) continue;
    const byCode = match.snomed.some((c) => codes.includes(c.code));
    const byWord =
      match.words.some((w) => containsWord(texts, w)) && !match.unlessWords.some((w) => containsWord(texts, w));
    if (byCode || byWord) out.push({ factorId: factor.id, via: `allergy: ${label}` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The whole record

export function readPatient(kb: KnowledgeBase, resources: RequestResources, now: Date): PatientFindings {
  const unmapped: string[] = [];
  const conditions = new Map<string, { via: string; coding: { system: string; code: string; display?: string } }>();
  const factors = new Map<string, string>();
  const medications: MedicationFinding[] = [];
  let age: number | null = null;
  let ageMonths: number | null = null;
  let emptyDraftOrders = 0;

  const addCondition = (c: Coding) => {
    for (const id of conditionsForCoding(kb, c)) {
      if (!conditions.has(id))
        conditions.set(id, {
          via: `${systemLabel(c.system)} ${c.code}${c.display ? `: ${shorten(c.display, 60)}` : ''}`,
          coding: {
            system: (c.system ?? '').slice(0, 200),
            code: (c.code ?? '').slice(0, 64),
            ...(c.display ? { display: shorten(c.display, 120) } : {}),
          },
        });
    }
  };

  for (const raw of resources.prefetch) {
    const type = (raw as { resourceType?: unknown }).resourceType;
    if (type === 'Patient') {
      const p = FhirPatient.safeParse(raw);
      if (p.success && age === null) {
        age = ageInYears(p.data.birthDate, now);
        const months = ageInMonths(p.data.birthDate, now);
        if (months !== null && months < 24) ageMonths = months;
        if (age === null && p.data.birthDate)
          unmapped.push(`Birth date "${shorten(p.data.birthDate, 20)}" could not be read, so age is unknown.`);
      }
    } else if (type === 'Condition') {
      const c = FhirCondition.safeParse(raw);
      if (c.success && isActiveCondition(c.data)) codings(c.data.code).forEach(addCondition);
    } else if (type === 'MedicationRequest') {
      const m = FhirMedicationRequest.safeParse(raw);
      if (m.success && isCurrentMedication(m.data, false)) medications.push(...readMedication(kb, m.data, false));
    } else if (type === 'AllergyIntolerance') {
      const a = FhirAllergyIntolerance.safeParse(raw);
      if (a.success)
        for (const f of allergyFactors(kb, a.data)) if (!factors.has(f.factorId)) factors.set(f.factorId, f.via);
    }
  }

  for (const raw of resources.drafts) {
    const m = FhirMedicationRequest.safeParse(raw);
    if (!m.success || !isCurrentMedication(m.data, true)) continue;
    const found = readMedication(kb, m.data, true);
    if (found.length === 0) emptyDraftOrders += 1;
    medications.push(...found);
    // The reason for the order, when the client sends one, is a diagnosis too.
    for (const reason of m.data.reasonCode ?? []) codings(reason).forEach(addCondition);
  }

  for (const m of medications) {
    if (m.optionId === null && m.flags.length === 0)
      unmapped.push(`Medication not recognised${m.note ? ` (${m.note})` : ''}: ${m.label}.`);
  }

  return {
    age,
    ageMonths,
    conditions: [...conditions].map(([conditionId, found]) => ({ conditionId, ...found })),
    medications,
    factors: [...factors].map(([factorId, via]) => ({ factorId, via })),
    unmapped,
    emptyDraftOrders,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Engine input for one condition

export interface ConditionInput {
  input: RecommendationInput;
  /** Medications that are not regimen options of this condition: the engine applies their safety rules. */
  otherMedications: MedicationFinding[];
  /** Factor id → where it came from, for the card. */
  factorSources: Record<string, string>;
}

export function engineInputFor(kb: KnowledgeBase, findings: PatientFindings, conditionId: string): ConditionInput {
  const condition = kb.conditionsById.get(conditionId);
  if (!condition) throw new Error(`Unknown condition "${conditionId}"`);
  const regimen: string[] = [];
  const otherMedications: MedicationFinding[] = [];
  const factorSources: Record<string, string> = {};
  for (const f of findings.factors) factorSources[f.factorId] = f.via;

  for (const m of findings.medications) {
    if (m.optionId && condition.regimenOptionIds.includes(m.optionId)) {
      if (!regimen.includes(m.optionId)) regimen.push(m.optionId);
    } else if (m.flags.length || m.optionId) {
      otherMedications.push(m);
      for (const flag of m.flags) {
        const factor = kb.flagsById.get(flag)?.impliesFactor;
        if (factor && !factorSources[factor]) factorSources[factor] = `medication: ${m.label}`;
      }
    }
  }
  const factors = Object.keys(factorSources).filter((id) => kb.factorsById.has(id));
  const age = findings.ageMonths !== null ? null : findings.age;
  return {
    input: {
      condition: conditionId,
      regimen,
      factors,
      age,
      ageMonths: findings.ageMonths,
      otherMedications: otherMedications.map((m) => ({ label: m.label, optionId: m.optionId, flags: [...m.flags] })),
    },
    otherMedications,
    factorSources,
  };
}
