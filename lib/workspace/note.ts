/**
 * The plain-text note a clinician pastes into the record: one function of the answer, used by the workspace's "Copy to
 * note" button and by GET /api/v1/recommendations with `Accept: text/plain`, so both give the same text. Pure: names
 * come in as maps (the server reads them from the knowledge base, the workspace from its catalogue).
 *
 * Only what the answer holds goes in: knowledge-base names, the age as a number, KB-written text. Nothing typed by the
 * clinician is echoed, so no patient identifier can reach the note through it.
 */
import { CERTAINTY_LABEL, SEVERITY_LABEL, STANCE_LABEL } from '@/lib/kb/labels';
import { bySeverity } from '@/lib/kb/schema';
import { groupCaveats } from '@/lib/rules/caveat-groups';
import type { AlertOut, CaveatOut, RecommendationOut, SuggestionOut } from '@/lib/rules/types';

export interface NoteNames {
  /** Regimen option id → name. */
  regimen: ReadonlyMap<string, string>;
  /** Patient factor id → name. */
  factors: ReadonlyMap<string, string>;
}

export interface NoteOptions {
  /** The absolute address of a handout created for this answer, when one was. */
  handoutUrl?: string | null;
}

const nameOf = (names: ReadonlyMap<string, string>, id: string) =>
  names.get(id) ?? id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** Whether a suggestion is one the answer puts forward (the others are shown only to say why not). */
export const isSuggested = (s: SuggestionOut) => s.stance === 'consider' || s.stance === 'consider-with-caution';

export function ageText(input: RecommendationOut['input']): string {
  if (input.ageMonths !== null && input.ageMonths !== undefined) {
    const months = `${input.ageMonths} ${input.ageMonths === 1 ? 'month' : 'months'}`;
    return input.ageMonths < 12 ? `${months} (under 1 year)` : months;
  }
  if (input.age !== null) return `${input.age} ${input.age === 1 ? 'year' : 'years'}`;
  return 'not given';
}

/** Alerts most severe first; among equals, the answer's own order (alerts about the patient's treatment first). */
export function alertsBySeverity(alerts: readonly AlertOut[]): AlertOut[] {
  return [...alerts].sort(bySeverity); // a stable sort: equals keep their order
}

const grades = (s: SuggestionOut) =>
  `GRADE certainty ${CERTAINTY_LABEL[s.evidence.certainty].toLowerCase()}, SORT strength ${s.evidence.strength}`;

/** Patient-specific cautions only: the general limits of the evidence are on the answer and the evidence page. */
const cautions = (caveats: readonly CaveatOut[]) => caveats.filter((c) => c.severity !== 'info');

function suggestionLines(s: SuggestionOut, n: number, specific: readonly CaveatOut[]): string[] {
  const lines = [`${n}. ${s.adjunct.name}: ${STANCE_LABEL[s.stance]} (${grades(s)}).`];
  if (isSuggested(s)) {
    lines.push(`   As studied: ${s.adjunct.dose}; ${s.adjunct.form.toLowerCase()}; ${s.adjunct.duration}.`);
    if (s.review) {
      lines.push(
        `   Review: ${s.review.afterWeeks !== null ? `at ${s.review.afterWeeks} weeks. ` : ''}Stop if: ${s.review.stopIf.join('; ')}.`,
      );
    }
  }
  lines.push(`   Why: ${s.rationale}`);
  for (const c of cautions(specific)) {
    lines.push(`   ${SEVERITY_LABEL[c.severity]}: ${c.text}`);
  }
  return lines;
}

export function buildNote(answer: RecommendationOut, names: NoteNames, options: NoteOptions = {}): string {
  const { input } = answer;
  const out: string[] = [];
  out.push(`GutSkin CDS: probiotic, prebiotic and synbiotic adjuncts for ${answer.condition.name}`);
  out.push(`Condition: ${answer.condition.name}`);
  out.push(
    `Current treatment: ${input.regimen.length ? input.regimen.map((id) => nameOf(names.regimen, id)).join(', ') : 'none ticked'}`,
  );
  out.push(
    `Patient factors: ${input.factors.length ? input.factors.map((id) => nameOf(names.factors, id)).join(', ') : 'none ticked'}`,
  );
  out.push(`Age: ${ageText(input)}`);
  if (answer.assumptions.length) out.push('Factors not ticked are taken as absent.');

  const alerts = alertsBySeverity(answer.alerts);
  out.push('');
  if (alerts.length) {
    out.push(`Alerts (${alerts.length}, most severe first):`);
    for (const a of alerts) {
      const about = a.regimenIds.length ? ` [${a.regimenIds.map((id) => nameOf(names.regimen, id)).join(', ')}]` : '';
      out.push(`- ${SEVERITY_LABEL[a.severity].toUpperCase()}${about}: ${a.text}`);
    }
    if (answer.regimenUnderReview) out.push('Review the current treatment: an alert concerns it.');
  } else {
    out.push('Alerts: none.');
  }

  out.push('');
  out.push(`Where the evidence stands: ${answer.conclusion.text}`);

  const suggested = answer.suggestions.filter(isSuggested);
  const notSuggested = answer.suggestions.filter((s) => !isSuggested(s));
  // Grouped as on the screen and on paper: a caution every product carries is said once, after them, and not at all
  // when an alert above already says it ("take 2 hours apart from the antibiotic").
  const groups = groupCaveats(answer);
  const shared = cautions(groups.shared);
  out.push('');
  if (suggested.length) {
    out.push(`Suggested (${suggested.length}):`);
    suggested.forEach((s, i) => out.push(...suggestionLines(s, i + 1, groups.specific[s.id] ?? [])));
  } else {
    out.push('Suggested: none.');
  }
  if (notSuggested.length) {
    out.push('');
    out.push(`Not suggested (${notSuggested.length}):`);
    notSuggested.forEach((s, i) => out.push(...suggestionLines(s, i + 1, groups.specific[s.id] ?? [])));
  }

  if (shared.length) {
    out.push('');
    out.push('For every product above:');
    for (const c of shared) {
      out.push(`- ${SEVERITY_LABEL[c.severity]}: ${c.text}`);
    }
  }

  out.push('');
  if (options.handoutUrl) out.push(`Patient handout: ${options.handoutUrl}`);
  const kb = answer.knowledgeBase;
  out.push(
    `Ruleset ${answer.rulesetVersion}, released ${kb.releaseDate}; knowledge base last reviewed ${kb.lastReviewed}.`,
  );
  out.push('Decision support only: it supports clinical judgement and does not replace it.');
  return `${out.join('\n')}\n`;
}

/** The names the note uses, as the knowledge base holds them (the server side; the workspace reads its catalogue). */
export function noteNamesFromKb(kb: {
  regimenById: ReadonlyMap<string, { name: string }>;
  factorsById: ReadonlyMap<string, { name: string }>;
}): NoteNames {
  return {
    regimen: new Map([...kb.regimenById].map(([id, r]) => [id, r.name])),
    factors: new Map([...kb.factorsById].map(([id, f]) => [id, f.name])),
  };
}
