/**
 * How the caveats of one answer are shown: those every suggestion carries once, above the cards; on each card only
 * what is specific to it. Caveats only: alerts are never grouped, hidden or merged (they are not touched here). Pure.
 */
import type { AlertOut, CaveatOut, RecommendationOut, SuggestionOut } from './types';

export interface CaveatGroups {
  /** Caveats carried by every suggestion (two or more), once each, in the engine's order (most severe first). */
  shared: CaveatOut[];
  /**
   * Codes of caveats carried by every suggestion that an alert of the answer already says (e.g. "take 2 hours apart
   * from the antibiotic"): the alert is shown, so the caveat is not repeated.
   */
  saidByAlert: string[];
  /** Per suggestion id: its caveats that are not shared, each once, in the engine's order. */
  specific: Record<string, CaveatOut[]>;
}

/** Two caveats are the same when code, severity and text are (a code alone can carry different texts). */
const keyOf = (c: CaveatOut) => `${c.code}\u0000${c.severity}\u0000${c.text}`;

function unique(caveats: readonly CaveatOut[]): CaveatOut[] {
  const seen = new Set<string>();
  return caveats.filter((c) => {
    const key = keyOf(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function groupCaveats(answer: Pick<RecommendationOut, 'suggestions' | 'alerts'>): CaveatGroups {
  const { suggestions } = answer;
  const perCard = suggestions.map((s) => unique(s.caveats));
  // With one suggestion, "applies to all" says nothing: its card keeps everything.
  const common =
    suggestions.length < 2
      ? []
      : perCard[0]!.filter((c) => perCard.every((list) => list.some((x) => keyOf(x) === keyOf(c))));
  const commonKeys = new Set(common.map(keyOf));
  const alertCodes = new Set(answer.alerts.map((a: AlertOut) => a.code));
  const specific: Record<string, CaveatOut[]> = {};
  suggestions.forEach((s, i) => {
    specific[s.id] = perCard[i]!.filter((c) => !commonKeys.has(keyOf(c)));
  });
  return {
    shared: common.filter((c) => !alertCodes.has(c.code)),
    saidByAlert: [...new Set(common.filter((c) => alertCodes.has(c.code)).map((c) => c.code))],
    specific,
  };
}

/**
 * The sources behind one suggestion: its evidence statement, the trial as studied, and the caveats specific to it.
 * Sources of caveats shown once for every suggestion are cited there, not on each card, so a psoriasis card does not
 * list the acne trial or eczema meta-analyses behind the general caveats.
 */
export function suggestionSourceIds(s: SuggestionOut, specificCaveats: readonly CaveatOut[]): string[] {
  return [
    ...new Set([
      ...s.evidence.sourceIds,
      s.adjunct.asStudied.trialSourceId,
      ...s.adjunct.asStudied.parts.flatMap((p) => p.sourceIds),
      ...s.adjunct.asStudied.conflicts.flatMap((c) => c.sourceIds),
      ...specificCaveats.flatMap((c) => c.sourceIds),
    ]),
  ];
}
