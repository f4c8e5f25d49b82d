import 'server-only';
import { feedbackCsvHeader, feedbackCsvRow } from '@/lib/cds/feedback-csv';
import { describeIssued } from '@/lib/cds/ledger';
import { type FeedbackEntry, feedbackBatches } from '@/lib/db/feedback';
import { getKnowledgeBase } from '@/lib/kb';

const HEADERS = {
  'Content-Type': 'text/csv; charset=utf-8',
  'Content-Disposition': 'attachment; filename="gutskin-cds-feedback.csv"',
  'Cache-Control': 'no-store',
};

/** The entry with what its card was about in words (condition and adjunct names from the knowledge base). */
function inWords(entry: FeedbackEntry) {
  const card = entry.issuedCard;
  return card ? { ...entry, issuedCard: { ...card, about: describeIssued(getKnowledgeBase(), card) } } : entry;
}

/**
 * All CDS feedback as a CSV download that streams one batch of rows at a time (issue 14, F2), pulled only as fast as
 * the client reads, so memory stays at one batch whatever the table holds. The first batch is read before answering:
 * a database that is down then throws, and the route's withDatabase answers 503 problem+json. A failure after the first byte cannot change the status: the
 * stream errors (the client sees a truncated download, never a silently short file) and the failure is logged.
 */
export async function feedbackCsvResponse(
  batchSize?: number,
  log: (message: string) => void = console.error,
): Promise<Response> {
  const batches = feedbackBatches(batchSize);
  const first = await batches.next();
  const encoder = new TextEncoder();
  let pending: IteratorResult<FeedbackEntry[], void> | null = first;
  let sent = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(feedbackCsvHeader()));
      },
      async pull(controller) {
        try {
          const next = pending ?? (await batches.next());
          pending = null;
          if (next.done) {
            controller.close();
            return;
          }
          // Row by row: each CSV line is garbage as soon as it is encoded, so the heap holds one batch of entries.
          for (const entry of next.value) controller.enqueue(encoder.encode(feedbackCsvRow(inWords(entry))));
          sent += next.value.length;
        } catch (error) {
          log(
            `Feedback CSV export failed after ${sent} rows; the download was cut off: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
          );
          controller.error(error);
        }
      },
      async cancel() {
        await batches.return(undefined);
      },
    },
    // The next batch is read only when the client has taken everything queued.
    { highWaterMark: 1 },
  );
  return new Response(body, { headers: HEADERS });
}
