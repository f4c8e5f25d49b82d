import { feedbackCsvResponse } from '@/lib/http/feedback-export';
import { rejectOtherMethods } from '@/lib/http/methods';

export const dynamic = 'force-dynamic';

/** CDS Hooks feedback as CSV, for audit (GET /api/v1/cds-feedback.csv), streamed in batches. */
export async function GET() {
  return feedbackCsvResponse();
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET', 'HEAD']);
