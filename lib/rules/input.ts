/**
 * Validates a recommendation request (query parameters) against the knowledge base. Pure: returns either the
 * engine input or field errors a person can act on. Used by the API, the workspace and the CDS Hooks mapper.
 */
import { z } from 'zod';
import type { KnowledgeBase } from '@/lib/kb/model';
import type { RecommendationInput } from './types';

/** One thing wrong with a request: where (a dotted path, e.g. `age` or `clinic.phone`) and what to do about it. */
export const FieldError = z.strictObject({
  path: z.string().meta({ description: 'Where the problem is: a parameter name or a dotted path into the body.' }),
  message: z.string().meta({ description: 'What is wrong, in words a person can act on.' }),
});
/** The one field-error shape: request validation, problem details (lib/http/problem.ts) and the browser client. */
export type FieldError = z.output<typeof FieldError>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export const MAX_QUERY_LENGTH = 2048;
const MAX_VALUE_LENGTH = 600;
const MAX_LIST_ITEMS = 40;
const KNOWN_PARAMS = ['condition', 'regimen', 'factors', 'age', 'ageMonths'] as const;

const AgeParam = z
  .string()
  .regex(/^\d{1,3}$/, { error: 'age must be a whole number of years from 0 to 120' })
  .transform(Number)
  .pipe(z.number().int().min(0, { error: 'age must be at least 0' }).max(120, { error: 'age must be at most 120' }));

const listOf = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

function summarise(ids: readonly string[], max = 12): string {
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')}, … (${ids.length} in all)`;
}

/** Entries of a query string as [key, value] pairs, e.g. from URLSearchParams. */
export function parseRecommendationQuery(
  kb: KnowledgeBase,
  entries: Iterable<[string, string]>,
): ParseResult<RecommendationInput> {
  const errors: FieldError[] = [];
  const values = new Map<string, string>();
  for (const [key, value] of entries) {
    if (!(KNOWN_PARAMS as readonly string[]).includes(key)) {
      errors.push({
        path: key.slice(0, 60),
        message: `Unknown parameter "${key.slice(0, 60)}". Known: ${KNOWN_PARAMS.join(', ')}.`,
      });
      continue;
    }
    if (values.has(key)) {
      errors.push({
        path: key,
        message: `"${key}" is given more than once; give it once (lists are comma-separated).`,
      });
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      errors.push({
        path: key,
        message: `"${key}" is too long (${value.length} characters; at most ${MAX_VALUE_LENGTH}).`,
      });
      continue;
    }
    values.set(key, value);
  }
  if (errors.length) return { ok: false, errors };
  return validateRecommendationInput(kb, {
    condition: values.get('condition'),
    regimen: listOf(values.get('regimen')),
    factors: listOf(values.get('factors')),
    age: values.get('age'),
    ageMonths: values.get('ageMonths'),
  });
}

/** Validates already-split input (query, form or handout body). `age` may be a number, a digit string or empty. */
export function validateRecommendationInput(
  kb: KnowledgeBase,
  raw: { condition: unknown; regimen: unknown; factors: unknown; age: unknown; ageMonths?: unknown },
): ParseResult<RecommendationInput> {
  const errors: FieldError[] = [];
  const conditionIds = [...kb.conditionsById.keys()];
  const factorIds = [...kb.factorsById.keys()];

  let conditionId: string | null = null;
  if (typeof raw.condition !== 'string' || raw.condition.trim() === '') {
    errors.push({ path: 'condition', message: `condition is required. Known: ${conditionIds.join(', ')}.` });
  } else if (!kb.conditionsById.has(raw.condition.trim())) {
    errors.push({
      path: 'condition',
      message: `Unknown condition "${raw.condition.slice(0, 60)}". Known: ${conditionIds.join(', ')}.`,
    });
  } else {
    conditionId = raw.condition.trim();
  }

  const list = (path: 'regimen' | 'factors'): string[] => {
    const value = raw[path];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      errors.push({ path, message: `${path} must be a list of ids.` });
      return [];
    }
    if (value.length > MAX_LIST_ITEMS) {
      errors.push({ path, message: `${path} has ${value.length} items; at most ${MAX_LIST_ITEMS}.` });
      return [];
    }
    const seen = new Set<string>();
    for (const id of value) {
      if (seen.has(id)) errors.push({ path, message: `"${id.slice(0, 60)}" is listed twice in ${path}.` });
      seen.add(id);
    }
    return value;
  };
  const regimen = list('regimen');
  const factors = list('factors');

  if (conditionId) {
    const condition = kb.conditionsById.get(conditionId)!;
    for (const id of regimen) {
      if (condition.regimenOptionIds.includes(id)) continue;
      const elsewhere = kb.regimenById.has(id);
      errors.push({
        path: 'regimen',
        message: elsewhere
          ? `Regimen "${id}" does not apply to ${condition.name}. Valid for ${conditionId}: ${summarise(condition.regimenOptionIds)}.`
          : `Unknown regimen "${id.slice(0, 60)}". Valid for ${conditionId}: ${summarise(condition.regimenOptionIds)}.`,
      });
    }
  }
  for (const id of factors) {
    if (!kb.factorsById.has(id))
      errors.push({ path: 'factors', message: `Unknown factor "${id.slice(0, 60)}". Known: ${factorIds.join(', ')}.` });
  }

  let age: number | null = null;
  if (typeof raw.age === 'number') {
    if (Number.isInteger(raw.age) && raw.age >= 0 && raw.age <= 120) age = raw.age;
    else errors.push({ path: 'age', message: 'age must be a whole number of years from 0 to 120.' });
  } else if (typeof raw.age === 'string' && raw.age.trim() !== '') {
    const parsed = AgeParam.safeParse(raw.age.trim());
    if (parsed.success) age = parsed.data;
    else errors.push({ path: 'age', message: parsed.error.issues[0]?.message ?? 'age is not valid' });
  } else if (raw.age !== undefined && raw.age !== null && raw.age !== '') {
    errors.push({ path: 'age', message: 'age must be a whole number of years from 0 to 120.' });
  }

  let ageMonths: number | null = null;
  const monthsGiven = raw.ageMonths !== undefined && raw.ageMonths !== null && raw.ageMonths !== '';
  if (monthsGiven) {
    const text = typeof raw.ageMonths === 'number' ? String(raw.ageMonths) : raw.ageMonths;
    const parsed = typeof text === 'string' ? MonthsParam.safeParse(text.trim()) : null;
    if (parsed?.success) ageMonths = parsed.data;
    else errors.push({ path: 'ageMonths', message: parsed?.error.issues[0]?.message ?? MONTHS_MESSAGE });
    if (age !== null)
      errors.push({ path: 'ageMonths', message: 'Give age in years or ageMonths (under 2 years), not both.' });
    if (ageMonths !== null) age = Math.floor(ageMonths / 12);
  }

  const known = factors.filter((id) => kb.factorsById.has(id));
  const years = ageMonths !== null ? ageMonths / 12 : age;
  errors.push(...implausibleCombinations(kb, known, years, ageMonths !== null ? `${ageMonths} months` : `${age}`));

  if (errors.length || !conditionId) return { ok: false, errors };
  // HIPAA Safe Harbor groups ages over 89: from here on (answers, stored handouts) such a patient is "90 or older".
  if (age !== null && age > OLDEST_SHOWN_AGE) age = OLDEST_SHOWN_AGE;
  return { ok: true, value: { condition: conditionId, regimen, factors, age, ageMonths } };
}

/** Ages above 89 are kept and shown only as 90 ("90 or older"). */
export const OLDEST_SHOWN_AGE = 90;

const MONTHS_MESSAGE = 'ageMonths must be a whole number of months from 0 to 23 (use age in years from 2 years).';
const MonthsParam = z
  .string()
  .regex(/^\d{1,2}$/, { error: MONTHS_MESSAGE })
  .transform(Number)
  .pipe(z.number().int().min(0, { error: MONTHS_MESSAGE }).max(23, { error: MONTHS_MESSAGE }));

/** Factors that cannot hold at this age, or together, as the knowledge base records them. */
export function implausibleCombinations(
  kb: KnowledgeBase,
  factorIds: readonly string[],
  years: number | null,
  ageText: string,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const id of factorIds) {
    const factor = kb.factorsById.get(id)!;
    const range = factor.plausibleAges;
    if (range && years !== null && (years < range.min || years > range.max)) {
      errors.push({
        path: 'factors',
        message: `"${factor.name}" is not plausible at age ${ageText} (accepted from ${range.min} to ${range.max} years). Check the age and the factors.`,
      });
    }
    for (const other of factor.excludes) {
      if (factorIds.includes(other)) {
        errors.push({
          path: 'factors',
          message: `"${factor.name}" and "${kb.factorsById.get(other)!.name}" cannot both apply to one patient. Check the factors.`,
        });
      }
    }
  }
  return errors;
}
