/**
 * POST /api/v1/handouts request: shape (Zod, unknown fields refused), meaning (the recommendation input rules), and
 * the suggestions to print. Pure: the route handler adds the clock, the id and the database.
 */
import { z } from 'zod';
import type { Clinic } from '@/lib/handout/content';
import type { KnowledgeBase } from '@/lib/kb/model';
import { recommend } from '@/lib/rules/engine';
import { validateRecommendationInput, type FieldError, type ParseResult } from '@/lib/rules/input';
import type { RecommendationInput, RecommendationOut } from '@/lib/rules/types';

/** 16 KB: far more than any real request (a few hundred bytes), small enough to refuse abuse cheaply. */
export const MAX_HANDOUT_BODY_BYTES = 16 * 1024;

const FIELDS = ['condition', 'regimen', 'factors', 'age', 'ageMonths', 'suggestionIds', 'clinic'] as const;

export const CLINIC_NAME_MAX = 80;
export const CLINIC_PHONE_MAX = 30;
// Letters, digits, spaces and the punctuation of names ("St. Mary’s Skin Clinic, Ward 4 & 5"); no control characters.
const CLINIC_NAME = /^[\p{L}\p{M}\p{N} .,'’&()\-/]+$/u;
// A phone number as people write it: digits with spaces, +, (), -, . or /, and an optional extension.
const CLINIC_PHONE = /^\+?[0-9 ()\-./]+(?:\s*(?:ext\.?|x)\s*[0-9]{1,6})?$/i;

const clinicField = (what: 'name' | 'phone', max: number, pattern: RegExp, hint: string) =>
  z
    .string({ error: `clinic.${what} must be text, or null` })
    .max(max, { error: `clinic.${what} is at most ${max} characters` })
    .transform((v) => v.trim())
    .refine((v) => v === '' || pattern.test(v), { error: hint })
    .nullable()
    .optional();

/** The clinic's own details, printed under "When to call". Blank fields are left out. */
export const ClinicRequest = z.strictObject(
  {
    name: clinicField(
      'name',
      CLINIC_NAME_MAX,
      CLINIC_NAME,
      "clinic.name may hold letters, digits, spaces and . , ' & ( ) - / only",
    ),
    phone: clinicField(
      'phone',
      CLINIC_PHONE_MAX,
      CLINIC_PHONE,
      'clinic.phone must be a phone number: digits with spaces, +, ( ), - or . (and an optional "ext 123")',
    ).refine((v) => !v || (v.match(/[0-9]/g) ?? []).length >= 3, {
      error: 'clinic.phone must have at least 3 digits',
    }),
  },
  {
    error: 'clinic must be an object with the clinic’s name and phone (the clinic’s details only, never the patient’s)',
  },
);
const ids = (what: string) =>
  z
    .array(
      z
        .string({ error: `${what} must be a list of ids (strings)` })
        .max(200, { error: `each id in ${what} is at most 200 characters` }),
      { error: `${what} must be a list of ids` },
    )
    .max(40, { error: `${what} has more than 40 items; at most 40` });

/** The body. There is deliberately no field for a patient's name, birth date or record number. */
export const HandoutRequest = z.strictObject(
  {
    condition: z
      .string({ error: 'condition is required: a condition id such as "psoriasis"' })
      .max(100, { error: 'condition is too long (at most 100 characters): use a condition id such as "psoriasis"' }),
    regimen: ids('regimen').optional(),
    factors: ids('factors').optional(),
    age: z
      .union(
        [z.number(), z.string().max(10, { error: 'age must be a whole number of years from 0 to 120' }), z.null()],
        {
          error: 'age must be a whole number of years from 0 to 120, or null',
        },
      )
      .optional(),
    ageMonths: z
      .union(
        [
          z.number(),
          z.string().max(10, { error: 'ageMonths must be a whole number of months from 0 to 23' }),
          z.null(),
        ],
        {
          error: 'ageMonths must be a whole number of months from 0 to 23, or null',
        },
      )
      .optional(),
    suggestionIds: ids('suggestionIds').optional(),
    clinic: ClinicRequest.nullable().optional(),
  },
  {
    error:
      'The body must be a JSON object with condition, and optionally regimen, factors, age (or ageMonths), suggestionIds and clinic.',
  },
);
export type HandoutRequest = z.infer<typeof HandoutRequest>;

export interface ValidHandoutRequest {
  input: RecommendationInput;
  recommendation: RecommendationOut;
  suggestionIds: string[];
  /** The clinic's name and phone, blanks removed; null when none was given. */
  clinic: Clinic | null;
}

function zodErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys' && issue.path.length > 0) {
      return issue.keys.map((key) => ({
        path: `${issue.path.join('.')}.${key.slice(0, 60)}`,
        message: `Unknown field "${issue.path.join('.')}.${key.slice(0, 60)}": clinic takes name and phone only (the clinic’s details, never the patient’s).`,
      }));
    }
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: key.slice(0, 60),
        message: `Unknown field "${key.slice(0, 60)}". Allowed: ${FIELDS.join(', ')}. Handouts take no patient identifiers (no name, birth date or record number).`,
      }));
    }
    return [{ path: issue.path.join('.') || '(body)', message: issue.message }];
  });
}

export function parseHandoutRequest(kb: KnowledgeBase, body: unknown): ParseResult<ValidHandoutRequest> {
  const shape = HandoutRequest.safeParse(body);
  if (!shape.success) return { ok: false, errors: zodErrors(shape.error) };
  const { condition, regimen, factors, age, ageMonths, suggestionIds } = shape.data;
  const name = shape.data.clinic?.name || null;
  const phone = shape.data.clinic?.phone || null;
  const clinic = name || phone ? { name, phone } : null;
  const valid = validateRecommendationInput(kb, { condition, regimen, factors, age, ageMonths });
  if (!valid.ok) return valid;

  const recommendation = recommend(kb, valid.value);
  const offered = recommendation.suggestions.map((s) => s.id);
  if (suggestionIds === undefined)
    return { ok: true, value: { input: valid.value, recommendation, suggestionIds: offered, clinic } };

  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const id of suggestionIds) {
    if (seen.has(id))
      errors.push({ path: 'suggestionIds', message: `"${id.slice(0, 80)}" is listed twice in suggestionIds.` });
    seen.add(id);
    if (!offered.includes(id)) {
      errors.push({
        path: 'suggestionIds',
        message: `"${id.slice(0, 80)}" is not a suggestion for this input. ${offered.length ? `Offered: ${offered.join(', ')}.` : 'Nothing is offered for this input.'}`,
      });
    }
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { input: valid.value, recommendation, suggestionIds, clinic } };
}
