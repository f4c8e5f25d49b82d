import { requireStaff } from '@/lib/auth/staff';
import { feedbackCsv } from '@/lib/cds/feedback-csv';
import { DatabaseUnavailableError } from '@/lib/db/client';
import { listFeedback } from '@/lib/db/feedback';
import { DatabaseConfigError } from '@/lib/db/url';
import { rejectOtherMethods } from '@/lib/http/methods';
import { serviceUnavailable } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

/** The export holds at most this many entries, newest first. */
const MAX_EXPORT_ROWS = 50_000;

/** CDS Hooks feedback as CSV, for audit (GET /api/v1/cds-feedback.csv). */
export async function GET(request: Request) {
  let rows;
  try {
    const gate = await requireStaff(request);
    if (!gate.ok) return gate.response;
    rows = await listFeedback(MAX_EXPORT_ROWS);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError || error instanceof DatabaseConfigError) {
      return serviceUnavailable(
        'The feedback log cannot be read because the database is unavailable. Try again shortly.',
      );
    }
    throw error;
  }
  return new Response(feedbackCsv(rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="gutskin-cds-feedback.csv"',
      'Cache-Control': 'no-store',
    },
  });
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET', 'HEAD']);
