/** MedicationRequests → KB regimen options (by RxNorm code or ingredient), with the dose form deciding the route. */
import type { KnowledgeBase } from '@/lib/kb/model';
import type { RegimenFlag, RegimenOption } from '@/lib/kb/schema';
import type { FhirMedicationRequest } from '../schemas';
import { codings, SYSTEM } from './codes';
import { containsWord, shorten } from './words';

export type Route = 'topical' | 'systemic' | 'other' | 'unknown';

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

export function isCurrentMedication(mr: FhirMedicationRequest, draft: boolean): boolean {
  const status = mr.status ?? (draft ? 'draft' : 'active');
  return draft
    ? !['entered-in-error', 'cancelled', 'revoked'].includes(status)
    : ['active', 'on-hold', 'draft', 'unknown'].includes(status);
}
