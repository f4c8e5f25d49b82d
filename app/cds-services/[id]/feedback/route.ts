import { z } from 'zod';
import { FeedbackRequest } from '@/lib/cds/schemas';
import { findService } from '@/lib/cds/services';
import { linkFeedback, saveFeedback } from '@/lib/db/feedback';
import { purgeExpiredFeedback } from '@/lib/db/retention';
import { authenticateCdsClient, cdsProblem, readJsonBody } from '@/lib/http/cds';
import { authOutcome, type CallNotes, withCallLog } from '@/lib/http/cds-log';
import { preflight, withCors } from '@/lib/http/cors';
import { withDatabase } from '@/lib/http/db-fault';
import { methodNotAllowed } from '@/lib/http/problem';
import { limitWrites } from '@/lib/http/rate-limit';

export const dynamic = 'force-dynamic';

const METHODS = ['POST'] as const;
const MAX_BODY_BYTES = 64 * 1024;

/** CDS Hooks feedback: what the clinician did with our cards, kept for the audit page /cds/feedback. */
export const POST = withCallLog(
  'feedback',
  withDatabase(
    {
      detail: 'The feedback could not be stored because the database is unavailable. Send it again later.',
      corsMethods: METHODS,
    },
    async (request: Request, ctx: RouteContext<'/cds-services/[id]/feedback'>, notes: CallNotes) => {
      const denied = await authenticateCdsClient(request, METHODS);
      notes.auth = authOutcome(denied);
      if (denied) return denied;
      const limited = limitWrites(request);
      if (limited) return withCors(limited, METHODS);
      const { id } = await ctx.params;
      const service = findService(id);
      if (!service) {
        return cdsProblem(METHODS, {
          status: 404,
          title: 'Not found',
          detail: `No CDS service "${id.slice(0, 80)}". GET /cds-services lists the services.`,
        });
      }
      const body = await readJsonBody(request, MAX_BODY_BYTES, METHODS);
      if (!body.ok) return body.response;
      const parsed = FeedbackRequest.safeParse(body.value);
      if (!parsed.success) {
        const errors = parsed.error.issues
          .slice(0, 10)
          .map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
        return cdsProblem(METHODS, {
          status: 400,
          title: 'Invalid feedback',
          detail: `The feedback is not valid CDS Hooks 2.0 feedback: ${z.prettifyError(parsed.error).replace(/\s*\n\s*/g, ' ')}`,
          errors,
        });
      }
      // Feedback is about a card this service issued, and names only what that card offered; else nothing is stored.
      const linked = await linkFeedback(service.id, parsed.data.feedback);
      if (!linked.ok) {
        return cdsProblem(METHODS, {
          status: 422,
          title: 'Feedback does not match an issued card',
          detail: `Nothing was stored: ${linked.errors
            .slice(0, 5)
            .map((e) => `${e.path}: ${e.message}`)
            .join('; ')}${linked.errors.length > 5 ? ` (and ${linked.errors.length - 5} more)` : ''}.`,
          errors: linked.errors.slice(0, 20),
        });
      }
      await saveFeedback(service.id, linked.items);
      // Not awaited: retention never delays or fails a write (it runs at most hourly and logs its own failures).
      void purgeExpiredFeedback();
      return withCors(Response.json({}, { headers: { 'Cache-Control': 'no-store' } }), METHODS);
    },
  ),
);

export const OPTIONS = () => preflight(METHODS);

const notAllowed = async () => withCors(methodNotAllowed([...METHODS, 'OPTIONS']), METHODS);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
