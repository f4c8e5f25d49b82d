/** Feedback entries → CSV (RFC 4180), safe to open in a spreadsheet. Pure. */
import { acceptedLabels, type IssuedCard, reasonDisplay } from './ledger';

export interface FeedbackCsvRow {
  receivedAt: string;
  serviceId: string;
  cardUuid: string;
  outcome: string;
  outcomeTimestamp: string;
  acceptedSuggestionIds: readonly string[];
  overrideReason: { code: string | null; system: string | null; display: string | null } | null;
  userComment: string | null;
  /** The card as issued (null: stored before the ledger, or its card was purged), with `about` in words. */
  issuedCard?: (IssuedCard & { issuedAt: string; about?: string }) | null;
}

export const FEEDBACK_CSV_COLUMNS = [
  'received_at',
  'service',
  'card_uuid',
  'outcome',
  'outcome_timestamp',
  'accepted_suggestions',
  'override_reason_code',
  'override_reason_system',
  'override_reason_display',
  'user_comment',
  // Added with the issued-card ledger (issue 16); empty for entries without a recorded card.
  'card_summary',
  'card_indicator',
  'card_about',
  'card_ruleset_version',
  'card_issued_at',
  'accepted_suggestion_labels',
  'override_reason_in_words',
] as const;

/** Quotes a cell; a leading = + - @ (or tab/CR) is prefixed with ' so a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The header line, with its CRLF. */
export function feedbackCsvHeader(): string {
  return `${FEEDBACK_CSV_COLUMNS.join(',')}\r\n`;
}

/** One entry as a CSV line, with its CRLF. */
export function feedbackCsvRow(r: FeedbackCsvRow): string {
  const cells = [
    r.receivedAt,
    r.serviceId,
    r.cardUuid,
    r.outcome,
    r.outcomeTimestamp,
    r.acceptedSuggestionIds.join(' '),
    r.overrideReason?.code ?? '',
    r.overrideReason?.system ?? '',
    r.overrideReason?.display ?? '',
    r.userComment ?? '',
    r.issuedCard?.summary ?? '',
    r.issuedCard?.indicator ?? '',
    r.issuedCard?.about ?? '',
    r.issuedCard?.rulesetVersion ?? '',
    r.issuedCard?.issuedAt ?? '',
    r.issuedCard ? acceptedLabels(r.acceptedSuggestionIds, r.issuedCard).join(' | ') : '',
    r.overrideReason ? (reasonDisplay(r.overrideReason, r.issuedCard ?? null) ?? '') : '',
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole (small) export in one string; the route streams header and rows instead. */
export function feedbackCsv(rows: readonly FeedbackCsvRow[]): string {
  return feedbackCsvHeader() + rows.map(feedbackCsvRow).join('');
}
