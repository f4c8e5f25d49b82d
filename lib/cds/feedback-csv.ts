/** Feedback entries → CSV (RFC 4180), safe to open in a spreadsheet. Pure. */

export interface FeedbackCsvRow {
  receivedAt: string;
  serviceId: string;
  cardUuid: string;
  outcome: string;
  outcomeTimestamp: string;
  acceptedSuggestionIds: readonly string[];
  overrideReason: { code: string | null; system: string | null; display: string | null } | null;
  userComment: string | null;
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
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole (small) export in one string; the route streams header and rows instead. */
export function feedbackCsv(rows: readonly FeedbackCsvRow[]): string {
  return feedbackCsvHeader() + rows.map(feedbackCsvRow).join('');
}
