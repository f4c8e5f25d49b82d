import type { ContentReportCreated } from '@/lib/api/schemas';
import { MAX_CONTENT_REPORT_BODY_BYTES, parseContentReport } from '@/lib/api/content-reports';
import { saveContentReport } from '@/lib/db/content-reports';
import { purgeExpiredContentReports } from '@/lib/db/retention';
import { readJsonBody } from '@/lib/http/body';
import { withDatabase } from '@/lib/http/db-fault';
import { rejectOtherMethods } from '@/lib/http/methods';
import { badRequest, methodNotAllowed } from '@/lib/http/problem';
import { limitWrites } from '@/lib/http/rate-limit';
import { getKnowledgeBase } from '@/lib/kb';

/** Stores a report of a problem with the content, for the content team (/staff/content-reports). */
export const POST = withDatabase(
  { detail: 'The database is not available, so the report was not saved. Try again in a minute.' },
  async (request: Request) => {
    const limited = limitWrites(request);
    if (limited) return limited;
    const body = await readJsonBody(request, MAX_CONTENT_REPORT_BODY_BYTES);
    if (!body.ok) return body.response;
    const parsed = parseContentReport(getKnowledgeBase(), body.value);
    if (!parsed.ok) return badRequest(parsed.errors.map((e) => e.message).join(' '), parsed.errors);
    const id = await saveContentReport(parsed.value);
    // Not awaited: retention never delays or fails a write (at most hourly; it logs its own failures).
    void purgeExpiredContentReports();
    return Response.json({ id } satisfies ContentReportCreated, {
      status: 201,
      headers: { 'Cache-Control': 'no-store' },
    });
  },
);

export const GET = async () => methodNotAllowed(['POST']);
export const { PUT, PATCH, DELETE } = rejectOtherMethods(['POST']);
