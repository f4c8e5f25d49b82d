import 'server-only';
import { randomUUID } from 'node:crypto';
import {
  type IssuedCard,
  type IssuedReason,
  type IssuedSuggestion,
  MAX_LEDGER_CARDS_PER_RESPONSE,
} from '@/lib/cds/ledger';
import { type Db, withDb } from './client';

/** A ledger entry as read back. */
export interface IssuedCardEntry extends IssuedCard {
  id: string;
  issuedAt: string;
}

/** How long a CDS answer waits for its cards to be recorded before it goes out anyway (the write goes on). */
export const LEDGER_WRITE_BUDGET_MS = 750;
/** At most this many issues of one card uuid are read to match a feedback item (newest first). */
const MAX_ISSUES_PER_CARD = 20;

const clip = (s: string, max: number) => s.slice(0, max);

/** Writes the cards of one answer in one batch insert; resolves to how many were written. Throws on failure. */
export async function saveIssuedCards(cards: readonly IssuedCard[], issuedAt: Date = new Date()): Promise<number> {
  if (cards.length === 0) return 0;
  const data = cards.slice(0, MAX_LEDGER_CARDS_PER_RESPONSE).map((c) => ({
    id: randomUUID(),
    issuedAt,
    serviceId: clip(c.serviceId, 200),
    cardUuid: clip(c.cardUuid, 200),
    rulesetVersion: clip(c.rulesetVersion, 100),
    indicator: clip(c.indicator, 20),
    summary: clip(c.summary, 500),
    kind: clip(c.kind, 50),
    ruleId: c.ruleId === null ? null : clip(c.ruleId, 200),
    conditionIds: JSON.stringify(c.conditionIds.slice(0, 10).map((id) => clip(id, 200))),
    suggestionsJson: JSON.stringify(
      c.suggestions.map((s) => ({ uuid: clip(s.uuid, 200), label: clip(s.label, 500), ref: s.ref })),
    ),
    overrideReasonsJson: JSON.stringify(
      c.overrideReasons.map((r) => ({ system: clip(r.system, 500), code: clip(r.code, 200), display: r.display })),
    ),
  }));
  await withDb((db) => db.cdsIssuedCard.createMany({ data }));
  return data.length;
}

/**
 * Records the cards of one answer without ever failing or holding up the answer for long: it waits up to `budgetMs`
 * for the write (so feedback sent right after finds the card), then lets the answer go while the write finishes.
 * A failure is logged with counts only; those cards cannot get feedback (it is refused as for an unknown card).
 */
export async function recordIssuedCards(
  cards: readonly IssuedCard[],
  options: {
    budgetMs?: number;
    log?: (message: string) => void;
    now?: Date;
    /** The write itself (tests replace it). */
    write?: typeof saveIssuedCards;
  } = {},
): Promise<void> {
  if (cards.length === 0) return;
  const log = options.log ?? console.error;
  const service = cards[0]!.serviceId;
  if (cards.length > MAX_LEDGER_CARDS_PER_RESPONSE)
    log(
      `CDS ${service}: ${cards.length} cards in one answer; only the first ${MAX_LEDGER_CARDS_PER_RESPONSE} were recorded in the issued-card ledger.`,
    );
  const write = (options.write ?? saveIssuedCards)(cards, options.now).then(
    () => undefined,
    (error: unknown) =>
      log(
        `CDS ${service}: ${cards.length} issued card(s) could not be recorded in the ledger, so feedback on them will be refused; the cards were sent: ${describe(error)}`,
      ),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const budget = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, options.budgetMs ?? LEDGER_WRITE_BUDGET_MS);
  });
  await Promise.race([write, budget]);
  clearTimeout(timer);
}

type IssuedRow = Awaited<ReturnType<Db['cdsIssuedCard']['findMany']>>[number];

/** The recorded issues of these card uuids by this service, newest first, per uuid. */
export async function findIssuedCards(
  serviceId: string,
  cardUuids: readonly string[],
): Promise<Map<string, IssuedCardEntry[]>> {
  const unique = [...new Set(cardUuids)];
  const rows = unique.length
    ? await withDb((db) =>
        db.cdsIssuedCard.findMany({
          where: { serviceId, cardUuid: { in: unique } },
          orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }],
          take: unique.length * MAX_ISSUES_PER_CARD,
        }),
      )
    : [];
  const byUuid = new Map<string, IssuedCardEntry[]>();
  for (const row of rows) {
    const list = byUuid.get(row.cardUuid) ?? [];
    if (list.length < MAX_ISSUES_PER_CARD) list.push(toIssuedEntry(row));
    byUuid.set(row.cardUuid, list);
  }
  return byUuid;
}

/**
 * Deletes ledger entries issued before `cutoff` that no stored feedback points to, `chunk` per transaction; an entry
 * with feedback stays until that feedback is purged (it is never older than its card's retention by much, since
 * feedback comes after the card). Returns how many were deleted.
 */
export async function deleteIssuedCardsBefore(cutoff: Date, chunk = 1000): Promise<number> {
  let deleted = 0;
  for (;;) {
    const ids = await withDb((db) =>
      db.cdsIssuedCard.findMany({
        where: { issuedAt: { lt: cutoff }, feedback: { none: {} } },
        select: { id: true },
        take: chunk,
      }),
    );
    if (ids.length === 0) return deleted;
    const { count } = await withDb((db) =>
      db.cdsIssuedCard.deleteMany({ where: { id: { in: ids.map((r) => r.id) }, feedback: { none: {} } } }),
    );
    deleted += count;
    if (ids.length < chunk) return deleted;
  }
}

export function toIssuedEntry(r: IssuedRow): IssuedCardEntry {
  return {
    id: r.id,
    issuedAt: r.issuedAt.toISOString(),
    serviceId: r.serviceId,
    cardUuid: r.cardUuid,
    rulesetVersion: r.rulesetVersion,
    indicator: r.indicator,
    summary: r.summary,
    kind: r.kind,
    ruleId: r.ruleId,
    conditionIds: parseArray(r.conditionIds).filter((v): v is string => typeof v === 'string'),
    suggestions: parseArray(r.suggestionsJson).filter(isSuggestion),
    overrideReasons: parseArray(r.overrideReasonsJson).filter(isReason),
  };
}

function parseArray(json: string): unknown[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isSuggestion = (v: unknown): v is IssuedSuggestion =>
  isObject(v) && typeof v.uuid === 'string' && typeof v.label === 'string';
const isReason = (v: unknown): v is IssuedReason =>
  isObject(v) && typeof v.code === 'string' && typeof v.system === 'string' && typeof v.display === 'string';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];
