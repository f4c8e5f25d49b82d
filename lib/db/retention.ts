import 'server-only';
import { env } from '@/lib/env';
import { deleteContentReportsBefore } from './content-reports';
import { deleteFeedbackBefore } from './feedback';
import { deleteIssuedCardsBefore } from './issued-cards';

/** The purge runs at most this often per process, whatever the write rate. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const state = globalThis as unknown as {
  gutskinRetention?: { lastStarted: number };
  gutskinContentReportRetention?: { lastStarted: number };
};

/**
 * Deletes CDS feedback older than FEEDBACK_RETENTION_DAYS (lib/env.ts), then issued-card ledger entries older than
 * that which no remaining feedback points to (the same setting: the ledger exists to explain the feedback), unless a purge started in this process within
 * the last hour. Called, not awaited, after a feedback write and once at start (instrumentation.ts): it never blocks
 * or fails a write; a failure is logged and the next attempt waits for the next hour. Resolves to the number of
 * entries deleted, or null when it did not run or failed.
 */
export async function purgeExpiredFeedback(
  now: Date = new Date(),
  log: (message: string) => void = console.error,
): Promise<number | null> {
  const last = state.gutskinRetention?.lastStarted;
  if (last !== undefined && now.getTime() - last < RETENTION_INTERVAL_MS && now.getTime() >= last) return null;
  state.gutskinRetention = { lastStarted: now.getTime() };
  try {
    const days = env().FEEDBACK_RETENTION_DAYS;
    const cutoff = new Date(now.getTime() - days * DAY_MS);
    const deleted = await deleteFeedbackBefore(cutoff);
    const cards = await deleteIssuedCardsBefore(cutoff);
    if (deleted > 0 || cards > 0)
      console.info(
        `Feedback retention: deleted ${deleted} ${deleted === 1 ? 'entry' : 'entries'} and ${cards} issued card${cards === 1 ? '' : 's'} older than ${days} days.`,
      );
    return deleted;
  } catch (error) {
    log(`Feedback retention: the purge failed and will be tried again in an hour: ${describe(error)}`);
    return null;
  }
}

/**
 * Deletes content reports older than CONTENT_REPORT_RETENTION_DAYS, on the same terms as the feedback purge: at most
 * once an hour per process, called (not awaited) after a report is stored and once at start, never failing the write.
 * Resolves to the number deleted, or null when it did not run or failed.
 */
export async function purgeExpiredContentReports(
  now: Date = new Date(),
  log: (message: string) => void = console.error,
): Promise<number | null> {
  const last = state.gutskinContentReportRetention?.lastStarted;
  if (last !== undefined && now.getTime() - last < RETENTION_INTERVAL_MS && now.getTime() >= last) return null;
  state.gutskinContentReportRetention = { lastStarted: now.getTime() };
  try {
    const days = env().CONTENT_REPORT_RETENTION_DAYS;
    const deleted = await deleteContentReportsBefore(new Date(now.getTime() - days * DAY_MS));
    if (deleted > 0)
      console.info(
        `Content report retention: deleted ${deleted} ${deleted === 1 ? 'report' : 'reports'} older than ${days} days.`,
      );
    return deleted;
  } catch (error) {
    log(`Content report retention: the purge failed and will be tried again in an hour: ${describe(error)}`);
    return null;
  }
}

/** Forgets when the purges last ran (tests). */
export function resetRetentionClock(): void {
  state.gutskinRetention = undefined;
  state.gutskinContentReportRetention = undefined;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];
