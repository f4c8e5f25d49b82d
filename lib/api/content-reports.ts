/**
 * POST /api/v1/content-reports request: a problem with the content (a grade, a source, a safety alert, the wording)
 * reported from the workspace for the content team. Pure: the route adds the id, the clock and the database.
 *
 * What the report is about comes as knowledge-base ids (condition, suggestion) and the ruleset version, all checked
 * here. The only free text is what is wrong, bounded, and refused when it looks like it holds patient details (a date,
 * an e-mail address, a long number, a name or record-number label): the form warns first, and this is the backstop.
 */
import { z } from 'zod';
import type { KnowledgeBase } from '@/lib/kb/model';
import type { FieldError, ParseResult } from '@/lib/rules/input';
import {
  CONTENT_REPORT_CATEGORIES,
  CONTENT_REPORT_TEXT_MAX,
  CONTENT_REPORT_TEXT_MIN,
  type ContentReportCategory,
  patientDetailsIn,
} from './content-report-text';

export * from './content-report-text';

const FIELDS = ['rulesetVersion', 'condition', 'suggestionId', 'category', 'text'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ContentReportRequest = z.strictObject(
  {
    rulesetVersion: z
      .string({ error: 'rulesetVersion is required: the version shown on the answer' })
      .regex(/^\d{4}\.\d{1,2}\.\d+\+[0-9a-f]{7}$/, {
        error: 'rulesetVersion must be a ruleset version such as "2026.12.0+b1af838" (as shown on the answer)',
      }),
    condition: z
      .string({ error: 'condition is required: the condition id of the answer, such as "psoriasis"' })
      .max(100, { error: 'condition is at most 100 characters' }),
    suggestionId: z
      .string({ error: 'suggestionId must be a suggestion id such as "psoriasis:…", or null for the whole answer' })
      .max(200, { error: 'suggestionId is at most 200 characters' })
      .nullable()
      .optional(),
    category: z.enum(CONTENT_REPORT_CATEGORIES, {
      error: `category must be one of ${CONTENT_REPORT_CATEGORIES.join(', ')}`,
    }),
    text: z
      .string({ error: 'text is required: what is wrong with the content' })
      .max(CONTENT_REPORT_TEXT_MAX, { error: `text is at most ${CONTENT_REPORT_TEXT_MAX} characters` })
      .transform((v) => v.trim())
      .refine((v) => v.length >= CONTENT_REPORT_TEXT_MIN, {
        error: `text must say what is wrong in at least ${CONTENT_REPORT_TEXT_MIN} characters`,
      })
      // Tabs and line breaks are kept; other control characters (and bidirectional overrides) are not text.
      .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(v), {
        error: 'text may not hold control characters',
      }),
  },
  {
    error: 'The body must be a JSON object with rulesetVersion, condition, category, text and optionally suggestionId.',
  },
);

export interface ValidContentReport {
  rulesetVersion: string;
  conditionId: string;
  suggestionId: string | null;
  category: ContentReportCategory;
  text: string;
}

function zodErrors(error: z.ZodError): FieldError[] {
  return error.issues.slice(0, 10).flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.slice(0, 5).map((key) => ({
        path: key.slice(0, 60),
        message: `Unknown field "${key.slice(0, 60)}". Allowed: ${FIELDS.join(', ')}. A report takes no patient details.`,
      }));
    }
    return [{ path: issue.path.join('.') || '(body)', message: issue.message }];
  });
}

export function parseContentReport(kb: KnowledgeBase, body: unknown): ParseResult<ValidContentReport> {
  const shape = ContentReportRequest.safeParse(body);
  if (!shape.success) return { ok: false, errors: zodErrors(shape.error) };
  const { rulesetVersion, condition, category, text } = shape.data;
  const suggestionId = shape.data.suggestionId || null;
  const errors: FieldError[] = [];
  if (!kb.conditionsById.has(condition)) {
    errors.push({
      path: 'condition',
      message: `Unknown condition "${condition.slice(0, 80)}". Known: ${[...kb.conditionsById.keys()].join(', ')}.`,
    });
  } else if (suggestionId !== null) {
    // A suggestion id is "<condition>:<adjunct>" (lib/rules/engine.ts); the adjunct must exist, whatever the answer.
    const [prefix, adjunct = '', ...rest] = suggestionId.split(':');
    if (prefix !== condition || rest.length > 0 || !ID.test(adjunct) || !kb.adjunctsById.has(adjunct)) {
      errors.push({
        path: 'suggestionId',
        message: `"${suggestionId.slice(0, 80)}" is not a suggestion of ${condition}: use the id of a suggestion in the answer, or null for the whole answer.`,
      });
    }
  }
  const found = patientDetailsIn(text);
  if (found) {
    errors.push({
      path: 'text',
      message: `The text looks like it holds ${found}. Reports are about the content only: leave out anything about the patient and send it again.`,
    });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { rulesetVersion, conditionId: condition, suggestionId, category, text } };
}
