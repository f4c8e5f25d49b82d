/**
 * The parts of a content report the workspace form shares with the API (lib/api/content-reports.ts): the categories,
 * the text bounds and the patient-details screen, so the form warns as the clinician types with the same rule the API
 * applies. Pure, and free of Zod so the form does not bundle it.
 */

/** 4 KB: a report is a few hundred bytes; more is refused before parsing. */
export const MAX_CONTENT_REPORT_BODY_BYTES = 4 * 1024;
export const CONTENT_REPORT_TEXT_MIN = 10;
export const CONTENT_REPORT_TEXT_MAX = 1000;

export const CONTENT_REPORT_CATEGORIES = ['grade', 'source', 'safety', 'wording', 'other'] as const;
export type ContentReportCategory = (typeof CONTENT_REPORT_CATEGORIES)[number];

/** What the form and the staff page call each category. */
export const CONTENT_REPORT_CATEGORY_LABEL: Record<ContentReportCategory, string> = {
  grade: 'A grade or stance looks wrong',
  source: 'A source is wrong, missing or out of date',
  safety: 'A safety alert is wrong or missing',
  wording: 'The wording is unclear or wrong',
  other: 'Something else',
};

/** Why a text looks like it holds patient details, or null. Deliberately coarse: a false alarm costs a rewording. */
export function patientDetailsIn(text: string): string | null {
  // References the content team needs are not identifiers: links, DOIs and PMIDs are taken out before the checks.
  const t = text
    .replace(/https?:\/\/\S+/gi, ' ')
    .replace(/\b10\.\d{4,9}\/\S+/g, ' ')
    .replace(/\bPMID:?\s*\d{1,9}\b/gi, ' ')
    .replace(/\bNCT\d{8}\b/gi, ' ')
    .replace(/\b\d{4}\.\d{1,2}\.\d+\+[0-9a-f]{7}\b/g, ' ');
  if (/[^\s@]+@[^\s@]+\.[^\s@]+/.test(t)) return 'an e-mail address';
  if (/\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/.test(t)) return 'a date';
  if (
    /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{2,4}\b/i.test(t) ||
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/i.test(t)
  )
    return 'a date';
  // A phone, record or insurance number: six digits or more, with or without spaces or dashes between them.
  if (/\d(?:[\s-]?\d){5,}/.test(t)) return 'a long number (a phone, record or insurance number?)';
  if (
    /\b(?:d\.?o\.?b\.?|date of birth|born on|mrn|medical record|record number|hospital number|nhs (?:no|number)|ssn|social security|patient(?:'s|’s)? name|name of the patient|home address|street address)\b/i.test(
      t,
    )
  )
    return 'a patient detail (name, birth date, record number or address)';
  return null;
}
