/**
 * The issued-card ledger, pure part: what each card of one answer was about and what it offered, read from the cards
 * and from the keys the card builder asked ids for (cards.ts: `alert:<rule>`, `adjuncts:<condition>`,
 * `conclusion:<condition>`, `suggestion:<engine suggestion id>`); and the check of feedback against what was issued.
 * No patient data goes in: never the card detail (it quotes the record), the hookInstance or the patient id.
 */
import type { KnowledgeBase } from '@/lib/kb/model';
import type { FieldError } from '@/lib/rules/input';
import type { RecommendationOut } from '@/lib/rules/types';
import { overrideReasons } from './cards';
import type { Card, FeedbackItem } from './schemas';

export interface IssuedSuggestion {
  uuid: string;
  label: string;
  /** The engine's suggestion id the card builder named it after, when known. */
  ref: string | null;
}
export interface IssuedReason {
  system: string;
  code: string;
  display: string;
}

/** One card as the ledger keeps it. */
export interface IssuedCard {
  serviceId: string;
  cardUuid: string;
  rulesetVersion: string;
  indicator: string;
  summary: string;
  /** "safety", "adjuncts", "conclusion", or the builder's key prefix for any other card ("other" when unknown). */
  kind: string;
  ruleId: string | null;
  conditionIds: string[];
  suggestions: IssuedSuggestion[];
  overrideReasons: IssuedReason[];
}

/** A response never holds more cards than this in practice (4 conditions); more are not recorded, and logged. */
export const MAX_LEDGER_CARDS_PER_RESPONSE = 40;
const MAX_SUGGESTIONS = 20;
const MAX_REASONS = 20;

const KIND_OF_PREFIX: Record<string, string> = {
  alert: 'safety',
  adjuncts: 'adjuncts',
  conclusion: 'conclusion',
  'order-change': 'order-change',
};

/**
 * Wraps one call's id generator so every id can be traced back to the key it was made from.
 * `keyOf(id)` is the key, or undefined for an id that did not come from this generator.
 */
export function keyedIds(make: (key: string) => string): {
  makeId: (key: string) => string;
  keyOf: (id: string) => string | undefined;
} {
  const keys = new Map<string, string>();
  return {
    makeId: (key) => {
      const id = make(key);
      keys.set(id, key);
      return id;
    },
    keyOf: (id) => keys.get(id),
  };
}

/** A per-service recorder of keys: pass `ids` as the hook's id factory, then read `keyOf` after the answer. */
export function keyRecorder(factory: (hookInstance: string) => (key: string) => string) {
  let current: ReturnType<typeof keyedIds> | null = null;
  return {
    ids: (hookInstance: string) => {
      current = keyedIds(factory(hookInstance));
      return current.makeId;
    },
    keyOf: (id: string) => current?.keyOf(id),
  };
}

const split = (key: string | undefined): [string, string] => {
  if (!key) return ['', ''];
  const i = key.indexOf(':');
  return i < 0 ? [key, ''] : [key.slice(0, i), key.slice(i + 1)];
};

/** The ledger entries for the cards of one answer (cards without a uuid cannot get feedback and are left out). */
export function issuedCards(
  kb: KnowledgeBase,
  serviceId: string,
  cards: readonly Card[],
  recommendations: readonly RecommendationOut[],
  keyOf: (id: string) => string | undefined,
): IssuedCard[] {
  return cards
    .filter((c): c is Card & { uuid: string } => typeof c.uuid === 'string' && c.uuid !== '')
    .map((card) => {
      const [prefix, rest] = split(keyOf(card.uuid));
      const kind = KIND_OF_PREFIX[prefix] ?? (prefix || 'other');
      const ruleId = kind === 'safety' ? rest : null;
      const conditionIds =
        kind === 'safety'
          ? recommendations.filter((r) => r.alerts.some((a) => a.code === rest)).map((r) => r.condition.id)
          : kind === 'adjuncts' || kind === 'conclusion' || kind === 'order-change'
            ? [rest]
            : [];
      return {
        serviceId,
        cardUuid: card.uuid,
        rulesetVersion: kb.rulesetVersion,
        indicator: card.indicator,
        summary: card.summary,
        kind,
        ruleId,
        conditionIds: [...new Set(conditionIds)],
        suggestions: (card.suggestions ?? [])
          .filter((s): s is typeof s & { uuid: string } => typeof s.uuid === 'string')
          .slice(0, MAX_SUGGESTIONS)
          .map((s) => {
            const [p, ref] = split(keyOf(s.uuid));
            return { uuid: s.uuid, label: s.label, ref: p === 'suggestion' ? ref : null };
          }),
        overrideReasons: (card.overrideReasons ?? [])
          .slice(0, MAX_REASONS)
          .map((r) => ({ system: r.system, code: r.code, display: r.display })),
      };
    });
}

/** A feedback item that names something the card did not offer, and why it is refused. */
/** Why a feedback item does not match an issued card: a field error of the 422 answer. */
export type FeedbackMismatch = FieldError;

/** The issued card a feedback item matches: every accepted suggestion and the override reason among its offers. */
export function matchIssued<T extends Pick<IssuedCard, 'suggestions' | 'overrideReasons'>>(
  item: FeedbackItem,
  issues: readonly T[],
  index: number,
): { ok: true; issued: T } | { ok: false; errors: FeedbackMismatch[] } {
  const at = `feedback.${index}`;
  if (issues.length === 0) {
    return {
      ok: false,
      errors: [
        {
          path: `${at}.card`,
          message: `card "${item.card.slice(0, 80)}" was not issued by this service (or its issue was not recorded, or has passed the retention period)`,
        },
      ],
    };
  }
  let best: FeedbackMismatch[] | null = null;
  // The newest issue first; a uuid issued again (the same hookInstance called twice) may have offered other things.
  for (const issued of issues) {
    const errors = mismatches(item, issued, at);
    if (errors.length === 0) return { ok: true, issued };
    best ??= errors;
  }
  return { ok: false, errors: best! };
}

function mismatches(
  item: FeedbackItem,
  issued: Pick<IssuedCard, 'suggestions' | 'overrideReasons'>,
  at: string,
): FeedbackMismatch[] {
  const errors: FeedbackMismatch[] = [];
  (item.acceptedSuggestions ?? []).forEach((s, k) => {
    if (!issued.suggestions.some((o) => o.uuid === s.id)) {
      errors.push({
        path: `${at}.acceptedSuggestions.${k}.id`,
        message: issued.suggestions.length
          ? `suggestion "${s.id.slice(0, 80)}" was not offered on card "${item.card.slice(0, 80)}" (it offered ${issued.suggestions.length}: ${issued.suggestions.map((o) => o.uuid).join(', ')})`
          : `card "${item.card.slice(0, 80)}" offered no suggestions, so none can be accepted`,
      });
    }
  });
  const reason = item.overrideReason?.reason;
  if (reason) {
    const offered = issued.overrideReasons;
    const codes = offered.map((o) => o.code).join(', ');
    if (!reason.code) {
      errors.push({
        path: `${at}.overrideReason.reason.code`,
        message: `an override reason must be one the card offered, by its code (${codes || 'none offered'}); this one has no code`,
      });
    } else if (!offered.some((o) => o.code === reason.code && (!reason.system || reason.system === o.system))) {
      const sameCode = offered.find((o) => o.code === reason.code);
      errors.push({
        path: `${at}.overrideReason.reason${sameCode ? '.system' : '.code'}`,
        message: sameCode
          ? `override reason "${reason.code.slice(0, 80)}" was offered with system ${sameCode.system}, not ${reason.system!.slice(0, 200)}`
          : `override reason "${reason.code.slice(0, 80)}" was not offered on card "${item.card.slice(0, 80)}" (offered: ${codes || 'none'})`,
      });
    }
  }
  return errors;
}

/** The adjunct a suggestion was for (its ref is "<condition>:<adjunct>"), by name; else the suggestion's label. */
function adjunctName(kb: KnowledgeBase, s: IssuedSuggestion): string {
  const adjunctId = s.ref?.split(':')[1];
  return (adjunctId && kb.adjunctsById.get(adjunctId)?.name) || s.label;
}

/** The card in words for the audit page: condition(s), then what it offered or the safety rule. */
export function describeIssued(
  kb: KnowledgeBase,
  card: Pick<IssuedCard, 'kind' | 'ruleId' | 'conditionIds' | 'suggestions'>,
): string {
  const conditions = card.conditionIds.map((id) => kb.conditionsById.get(id)?.name ?? id).join(', ');
  const what =
    card.kind === 'safety'
      ? `safety rule ${card.ruleId ?? 'unknown'}`
      : card.kind === 'adjuncts'
        ? card.suggestions.length
          ? `adjuncts offered: ${card.suggestions.map((s) => adjunctName(kb, s)).join('; ')}`
          : 'adjuncts offered, none orderable (named in the summary)'
        : card.kind === 'conclusion'
          ? 'no adjunct offered'
          : card.kind === 'order-change'
            ? 'what a drafted order changes'
            : card.kind;
  return [conditions, what].filter(Boolean).join(' · ');
}

/** This app's override-reason code system path (cards.ts `overrideReasons`): the page there lists its codes. */
export const OVERRIDE_REASONS_PATH = '/cds/override-reasons';

/**
 * The words for an override reason: the display the card offered for that code, else the one the client sent, else
 * this app's own display for a code of its code system; null only for a foreign code sent without a display.
 */
export function reasonDisplay(
  reason: { code: string | null; system: string | null; display: string | null },
  issued: Pick<IssuedCard, 'overrideReasons'> | null,
): string | null {
  const offered = issued?.overrideReasons.find(
    (o) => o.code === reason.code && (!reason.system || o.system === reason.system),
  );
  if (offered) return offered.display;
  if (reason.display) return reason.display;
  if (reason.system && pathOf(reason.system) === OVERRIDE_REASONS_PATH)
    return overrideReasons('').find((o) => o.code === reason.code)?.display ?? null;
  return null;
}

function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/** The labels of accepted suggestions, as the card offered them (an id the card did not offer keeps its id). */
export function acceptedLabels(ids: readonly string[], issued: Pick<IssuedCard, 'suggestions'> | null): string[] {
  return ids.map((id) => issued?.suggestions.find((s) => s.uuid === id)?.label ?? id);
}
