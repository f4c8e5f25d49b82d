import 'server-only';
import { randomUUID } from 'node:crypto';
import { withDb } from './client';

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
}

/** What the feedback route hands over (already validated). */
export interface NewFeedback {
  card: string;
  outcome: 'accepted' | 'overridden';
  acceptedSuggestions?: { id: string }[];
  overrideReason?: { reason?: { code?: string; system?: string; display?: string }; userComment?: string };
  outcomeTimestamp: string;
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
    acceptedSuggestionIds: JSON.stringify((item.acceptedSuggestions ?? []).map((s) => s.id.slice(0, 200))),
    overrideReasonCode: clip(item.overrideReason?.reason?.code, 200),
    overrideReasonSystem: clip(item.overrideReason?.reason?.system, 500),
    overrideReasonDisplay: clip(item.overrideReason?.reason?.display, 500),
    userComment: clip(item.overrideReason?.userComment, MAX_STORED_COMMENT),
  }));
  await withDb((db) => db.$transaction(rows.map((data) => db.cdsFeedback.create({ data }))));
  return rows.length;
}

/** The latest feedback, newest first. */
export async function listFeedback(limit: number = FEEDBACK_PAGE_SIZE): Promise<FeedbackEntry[]> {
  const rows = await withDb((db) =>
    db.cdsFeedback.findMany({
      orderBy: [{ receivedAt: 'desc' }, { outcomeTimestamp: 'desc' }, { id: 'asc' }],
      take: limit,
    }),
  );
  return rows.map((r) => ({
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
  }));
}

function parseIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
