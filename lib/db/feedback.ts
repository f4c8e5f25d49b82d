import 'server-only';
import { randomUUID } from 'node:crypto';
import { type FeedbackMismatch, matchIssued } from '@/lib/cds/ledger';
import { type FeedbackItem, MAX_ACCEPTED_SUGGESTIONS } from '@/lib/cds/schemas';
import { type Db, withDb } from './client';
import { findIssuedCards, type IssuedCardEntry, toIssuedEntry } from './issued-cards';

/** One feedback entry as stored: what a clinician did with a card. No patient identifiers. */
export interface FeedbackEntry {
  id: string;
  receivedAt: string;
  serviceId: string;
  cardUuid: string;
  outcome: string;
  outcomeTimestamp: string;
  acceptedSuggestionIds: string[];
  overrideReason: { code: string | null; system: string | null; display: string | null } | null;
  userComment: string | null;
  /** The card as it was issued (null for entries stored before the ledger, or whose issued card was purged). */
  issuedCard: IssuedCardEntry | null;
}

/** What the feedback route hands over (already validated). */
export interface NewFeedback {
  card: string;
  outcome: 'accepted' | 'overridden';
  acceptedSuggestions?: { id: string }[];
  overrideReason?: { reason?: { code?: string; system?: string; display?: string }; userComment?: string };
  outcomeTimestamp: string;
  /** The ledger entry of the card it is about (see `linkFeedback`). */
  issuedCardId?: string | null;
}

export const MAX_STORED_COMMENT = 500;
export const FEEDBACK_PAGE_SIZE = 200;

const clip = (s: string | undefined, max: number): string | null => {
  const t = s?.trim();
  return t ? t.slice(0, max) : null;
};

/** Stores a batch of feedback in one transaction; returns how many entries were stored. */
export async function saveFeedback(
  serviceId: string,
  items: readonly NewFeedback[],
  receivedAt: Date = new Date(),
): Promise<number> {
  const rows = items.map((item) => ({
    id: randomUUID(),
    receivedAt,
    serviceId,
    cardUuid: item.card.slice(0, 200),
    outcome: item.outcome,
    outcomeTimestamp: item.outcomeTimestamp.slice(0, 64),
    // The schema refuses more; the slice keeps a row bounded whoever calls this.
    acceptedSuggestionIds: JSON.stringify(
      (item.acceptedSuggestions ?? []).slice(0, MAX_ACCEPTED_SUGGESTIONS).map((s) => s.id.slice(0, 200)),
    ),
    overrideReasonCode: clip(item.overrideReason?.reason?.code, 200),
    overrideReasonSystem: clip(item.overrideReason?.reason?.system, 500),
    overrideReasonDisplay: clip(item.overrideReason?.reason?.display, 500),
    userComment: clip(item.overrideReason?.userComment, MAX_STORED_COMMENT),
    issuedCardId: item.issuedCardId ?? null,
  }));
  await withDb((db) => db.$transaction(rows.map((data) => db.cdsFeedback.create({ data }))));
  return rows.length;
}

/**
 * Ties each feedback item to the card it is about, as recorded when the card was issued: the card must have been
 * issued by this service, and every accepted suggestion and the override reason must be ones that card offered.
 * All or nothing: any mismatch refuses the whole request (the caller stores nothing). Reads only.
 */
export async function linkFeedback<T extends FeedbackItem>(
  serviceId: string,
  items: readonly T[],
): Promise<{ ok: true; items: (T & { issuedCardId: string })[] } | { ok: false; errors: FeedbackMismatch[] }> {
  const issued = await findIssuedCards(
    serviceId,
    items.map((i) => i.card),
  );
  const errors: FeedbackMismatch[] = [];
  const linked: (T & { issuedCardId: string })[] = [];
  items.forEach((item, index) => {
    const match = matchIssued(item, issued.get(item.card) ?? [], index);
    if (match.ok) linked.push({ ...item, issuedCardId: match.issued.id });
    else errors.push(...match.errors);
  });
  return errors.length ? { ok: false, errors } : { ok: true, items: linked };
}

/** The latest feedback, newest first. */
export async function listFeedback(limit: number = FEEDBACK_PAGE_SIZE): Promise<FeedbackEntry[]> {
  const rows = await withDb((db) =>
    db.cdsFeedback.findMany({
      orderBy: [{ receivedAt: 'desc' }, { outcomeTimestamp: 'desc' }, { id: 'asc' }],
      take: limit,
      include: { issuedCard: true },
    }),
  );
  return rows.map(toEntry);
}

/**
 * Rows per export batch. 50, not 100: with the issued card joined to each row, a batch of 100 of the largest rows
 * peaked at 62–64 MB of heap on PostgreSQL, at the edge of the 64 MB the heap test allows.
 */
export const FEEDBACK_EXPORT_BATCH = 50;

/**
 * All feedback, newest first, in batches of `batchSize` read by keyset (receivedAt, id) rather than OFFSET, so each
 * batch costs the same and memory holds one batch at a time however large the table (issue 14, F2: loading every row
 * at once took the process down, and again after every restart). Rows written while the export runs are either in it
 * or not; none is read twice.
 */
export async function* feedbackBatches(batchSize: number = FEEDBACK_EXPORT_BATCH): AsyncGenerator<FeedbackEntry[]> {
  let after: { receivedAt: Date; id: string } | null = null;
  for (;;) {
    const cursor: { receivedAt: Date; id: string } | null = after;
    const rows: FeedbackRow[] = await withDb((db) =>
      db.cdsFeedback.findMany({
        // receivedAt <= t AND (receivedAt < t OR id < i): the first term lets the receivedAt index bound the scan.
        where: cursor
          ? {
              receivedAt: { lte: cursor.receivedAt },
              OR: [{ receivedAt: { lt: cursor.receivedAt } }, { id: { lt: cursor.id } }],
            }
          : undefined,
        orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
        take: batchSize,
        include: { issuedCard: true },
      }),
    );
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]!;
    after = { receivedAt: last.receivedAt, id: last.id };
    yield rows.map(toEntry);
    if (rows.length < batchSize) return;
  }
}

/**
 * Deletes feedback received before `cutoff`, `chunk` rows per transaction so a large first purge never holds the
 * (SQLite: only) writer for long; returns how many entries were deleted.
 */
export async function deleteFeedbackBefore(cutoff: Date, chunk = 1000): Promise<number> {
  let deleted = 0;
  for (;;) {
    const ids = await withDb((db) =>
      db.cdsFeedback.findMany({ where: { receivedAt: { lt: cutoff } }, select: { id: true }, take: chunk }),
    );
    if (ids.length === 0) return deleted;
    const { count } = await withDb((db) => db.cdsFeedback.deleteMany({ where: { id: { in: ids.map((r) => r.id) } } }));
    deleted += count;
    if (ids.length < chunk) return deleted;
  }
}

type FeedbackRow = Awaited<ReturnType<Db['cdsFeedback']['findMany']>>[number] & {
  issuedCard: Parameters<typeof toIssuedEntry>[0] | null;
};

function toEntry(r: FeedbackRow): FeedbackEntry {
  return {
    id: r.id,
    receivedAt: r.receivedAt.toISOString(),
    serviceId: r.serviceId,
    cardUuid: r.cardUuid,
    outcome: r.outcome,
    outcomeTimestamp: r.outcomeTimestamp,
    acceptedSuggestionIds: parseIds(r.acceptedSuggestionIds),
    overrideReason:
      r.overrideReasonCode || r.overrideReasonSystem || r.overrideReasonDisplay
        ? { code: r.overrideReasonCode, system: r.overrideReasonSystem, display: r.overrideReasonDisplay }
        : null,
    userComment: r.userComment,
    issuedCard: r.issuedCard ? toIssuedEntry(r.issuedCard) : null,
  };
}

function parseIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
