import { requireStaff } from '@/lib/auth/staff';
import { withDatabase } from '@/lib/http/db-fault';
import { feedbackCsvResponse } from '@/lib/http/feedback-export';
import { rejectOtherMethods } from '@/lib/http/methods';

export const dynamic = 'force-dynamic';

/** CDS Hooks feedback as CSV, for audit (GET /api/v1/cds-feedback.csv), streamed in batches. Staff only. */
export const GET = withDatabase(
  { detail: 'The feedback log cannot be read because the database is unavailable. Try again shortly.' },
  async (request: Request) => {
    const gate = await requireStaff(request);
    if (!gate.ok) return gate.response;
    return feedbackCsvResponse();
  },
);

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET', 'HEAD']);
