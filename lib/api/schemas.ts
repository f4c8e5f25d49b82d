/**
 * The public HTTP API's response bodies as Zod schemas: the one definition of the contract in docs/api.md. The types
 * the code uses are inferred from them, tests parse real answers with them, and `npm run docs:generate` writes each as
 * JSON Schema to docs/api/{name}.schema.json, which `npm run lint` and lib/api/schemas.test.ts hold the code to (a
 * change that removes a field or changes a type fails; an addition only asks for the files to be regenerated).
 */
import { z } from 'zod';
import { HandoutContent, HandoutInput } from '@/lib/handout/content';
import { Code, RegimenFlag } from '@/lib/kb/schema';
import { FieldError } from '@/lib/rules/input';
import { RecommendationResponse } from '@/lib/rules/response-schema';

const d = (description: string) => ({ description });

/** RFC 9457 problem details: every error of every API address (`Content-Type: application/problem+json`). */
export const ProblemDetails = z
  .strictObject({
    type: z.string().meta(d('`about:blank`: the status code says what kind of problem it is.')),
    title: z.string().min(1),
    status: z.number().int().min(400).max(599),
    detail: z.string().min(1).meta(d('What went wrong and what to do about it, in words a person can act on.')),
    errors: z
      .array(FieldError)
      .min(1)
      .optional()
      .meta(d('For invalid input: each field that is wrong (absent when there is nothing field by field).')),
  })
  .meta({ title: 'Problem details', description: 'An error answer (RFC 9457).' });

export const ConditionsResponse = z
  .strictObject({
    rulesetVersion: z.string(),
    conditions: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        question: z.enum(['treatment', 'prevention']),
        evidenceStatus: z.enum(['some-evidence', 'insufficient-evidence', 'evidence-against-routine-use']),
        searchTerms: z
          .strictObject({ abbreviations: z.array(z.string()), synonyms: z.array(z.string()) })
          .meta(d('What clinicians type for the condition ("AD", "eczema", "seb derm").')),
        codes: z.strictObject({
          icd10: z.array(z.string()).min(1),
          snomed: z.array(z.string()),
          details: z
            .strictObject({ icd10: z.array(Code), snomed: z.array(Code) })
            .meta(d('The same codes with their display text and whether each was verified or is provisional.')),
        }),
        regimenOptions: z.array(
          z.strictObject({
            id: z.string(),
            name: z.string(),
            route: z.enum(['topical', 'oral', 'injection']),
            drugClass: z.string(),
            flags: z.array(RegimenFlag),
            ingredients: z.array(z.string()).meta(d('The ingredient names the option covers (lower case).')),
            searchTerms: z
              .strictObject({
                abbreviations: z.array(z.string()),
                synonyms: z.array(z.string()),
                brands: z.array(z.string()),
              })
              .meta(
                d(
                  'What clinicians type for the option ("MTX", "topical steroid", "Differin"); a brand is listed only when one of the option\'s own product-information sources names it.',
                ),
              ),
          }),
        ),
      }),
    ),
    factors: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        description: z.string(),
        searchTerms: z
          .strictObject({ abbreviations: z.array(z.string()), synonyms: z.array(z.string()) })
          .meta(d('What clinicians type for the factor ("CMPA", "central line").')),
      }),
    ),
  })
  .meta({ title: 'Conditions', description: 'The answer of GET /api/v1/conditions.' });
export type ConditionsResponse = z.output<typeof ConditionsResponse>;

export const HandoutCreated = z
  .strictObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{22}$/)
      .meta(d('128 random bits: the address is the only key to the handout.')),
    url: z.string().regex(/^\/h\//),
    rulesetVersion: z.string(),
  })
  .meta({ title: 'Handout saved', description: 'The answer (201, with Location) of POST /api/v1/handouts.' });
export type HandoutCreated = z.output<typeof HandoutCreated>;

export const HandoutSnapshot = z
  .strictObject({
    id: z.string(),
    url: z.string().regex(/^\/h\//),
    createdAt: z.iso.datetime(),
    rulesetVersion: z.string(),
    conditionId: z.string(),
    input: HandoutInput,
    content: HandoutContent.meta(d('The handout exactly as printed when it was saved; it never changes.')),
  })
  .meta({ title: 'Saved handout', description: 'The answer of GET /api/v1/handouts/{id}.' });
export type HandoutSnapshot = z.output<typeof HandoutSnapshot>;

export const ContentReportCreated = z
  .strictObject({
    id: z.string().min(1).meta(d('The stored report; the content team sees it on /staff/content-reports.')),
  })
  .meta({ title: 'Content report saved', description: 'The answer (201) of POST /api/v1/content-reports.' });
export type ContentReportCreated = z.output<typeof ContentReportCreated>;

/** Every published schema, by the name of its file in docs/api/. */
export const API_SCHEMAS = {
  conditions: ConditionsResponse,
  recommendation: RecommendationResponse,
  'handout-created': HandoutCreated,
  handout: HandoutSnapshot,
  'content-report-created': ContentReportCreated,
  problem: ProblemDetails,
} as const;

/**
 * The JSON Schema (2020-12) of a response body, as published in docs/api/. Objects are left open
 * (`additionalProperties` unset, where the Zod schemas are strict): fields are added within v1, so a client must
 * accept fields it does not know. Refinements (e.g. "a part not fully checked says what is not known") cannot be
 * expressed and are described in docs/api.md instead.
 */
export function apiJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  }) as Record<string, unknown>;
}
