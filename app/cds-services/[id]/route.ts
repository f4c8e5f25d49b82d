import { answerHook, ignoredResourcesLine } from '@/lib/cds/hooks';
import { issuedCards, keyRecorder } from '@/lib/cds/ledger';
import { findService } from '@/lib/cds/services';
import { idsFor } from '@/lib/cds/uuid';
import { recordIssuedCards } from '@/lib/db/issued-cards';
import { fillPrefetch } from '@/lib/fhir/prefetch';
import { getKnowledgeBase } from '@/lib/kb';
import { authenticateCdsClient, cdsProblem, MAX_CDS_BODY_BYTES, publicOrigin, readJsonBody } from '@/lib/http/cds';
import { authOutcome, type CallNotes, withCallLog } from '@/lib/http/cds-log';
import { preflight, withCors } from '@/lib/http/cors';
import { withDatabase } from '@/lib/http/db-fault';
import { methodNotAllowed } from '@/lib/http/problem';
import { smartSetup } from '@/lib/smart/setup';

export const dynamic = 'force-dynamic';

const METHODS = ['POST'] as const;

/** A CDS Hooks call: the request's FHIR data in, cards out (CDS Hooks 2.0). */
export const POST = withCallLog(
  'service',
  withDatabase(
    {
      detail:
        'CDS Hooks calls cannot be checked for token replay while the database is unavailable. Try again shortly.',
      corsMethods: METHODS,
    },
    async (request: Request, ctx: RouteContext<'/cds-services/[id]'>, notes: CallNotes) => {
      const denied = await authenticateCdsClient(request, METHODS);
      notes.auth = authOutcome(denied);
      if (denied) return denied;
      const { id } = await ctx.params;
      const service = findService(id);
      if (!service) {
        return cdsProblem(METHODS, {
          status: 404,
          title: 'Not found',
          detail: `No CDS service "${id.slice(0, 80)}". GET /cds-services lists the services.`,
        });
      }
      const body = await readJsonBody(request, MAX_CDS_BODY_BYTES, METHODS);
      if (!body.ok) return body.response;
      const hookInstance = (body.value as { hookInstance?: unknown } | null)?.hookInstance;
      if (typeof hookInstance === 'string') notes.hookInstance = hookInstance;

      // Prefetch keys the client left out are fetched from its fhirServer (bounded in time and size).
      const filled = await fillPrefetch(service, body.value);
      if (filled.report) notes.fetch = { fetched: filled.fetchedKeys, ms: filled.ms };
      const keys = keyRecorder((hookInstance) => idsFor(service.id, hookInstance));
      const origin = publicOrigin(request);
      const answer = answerHook(getKnowledgeBase(), service, filled.body, {
        now: new Date(),
        origin,
        smartLaunchUrl: smartSetup() ? `${origin}/launch` : undefined,
        ids: keys.ids,
        fetched: filled.report ?? undefined,
      });
      switch (answer.status) {
        case 200: {
          // The ledger that feedback is checked against: never fails the answer nor holds it long (ADR 0005, item 12).
          const issued = issuedCards(
            getKnowledgeBase(),
            service.id,
            answer.body.cards,
            answer.trace.recommendations,
            keys.keyOf,
          );
          await recordIssuedCards(issued);
          const ignored = ignoredResourcesLine(service.id, answer.trace.ignored);
          if (ignored) console.warn(ignored);
          notes.cards = answer.body.cards.length;
          notes.ignoredResources = answer.trace.ignored.otherPatient + answer.trace.ignored.unattributed;
          return withCors(Response.json(answer.body, { headers: { 'Cache-Control': 'no-store' } }), METHODS);
        }
        case 400:
          return cdsProblem(METHODS, {
            status: 400,
            title: 'Invalid request',
            detail: answer.detail,
            errors: answer.errors,
          });
        case 412:
          return cdsProblem(METHODS, {
            status: 412,
            title: 'Precondition Failed',
            detail: answer.detail,
            errors: answer.missing.map((key) => ({
              path: `prefetch.${key}`,
              message: answer.reasons[key] ?? 'missing from the request',
            })),
          });
      }
    },
  ),
);

export const OPTIONS = () => preflight(METHODS);

const notAllowed = async () => withCors(methodNotAllowed([...METHODS, 'OPTIONS']), METHODS);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
