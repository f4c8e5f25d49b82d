/**
 * When part of the record could not be obtained (not in the prefetch, and not fetchable from the FHIR server), the
 * cards still come for what was read, with one warning card per missing list saying which safety checks were
 * therefore not done. Pure.
 *
 * Patient and conditions are required: without them there is no answer (412, see hooks.ts). Medications and
 * allergies each feed safety checks; the table below is the one place that says which.
 */
import type { KnowledgeBase } from '@/lib/kb/model';
import { md } from './cards';
import type { Card } from './schemas';
import type { PrefetchKey } from './services';

/** Without these the service cannot answer at all (CDS Hooks 2.0: 412 when prefetch data cannot be obtained). */
export const REQUIRED_KEYS: readonly PrefetchKey[] = ['patient', 'conditions'];

export type OptionalKey = Exclude<PrefetchKey, 'patient' | 'conditions'>;

export interface DataGap {
  key: OptionalKey;
  /** missing: nothing was obtained; partial: the FHIR server had more than the paging bound let us read. */
  state: 'missing' | 'partial';
  /** Why, in a few words (no patient data): "not in the prefetch; the FHIR server timed out". */
  reason: string;
}

interface DependentChecks {
  /** The list, as a clinician would name it. */
  list: string;
  /** The checks in a few words, for the summary. */
  short: string;
  /** Each check that needs the list, in words; from the knowledge base where it names them. */
  checks: (kb: KnowledgeBase) => string[];
  /** What the clinician should do instead. */
  action: string;
}

const joinWords = (words: readonly string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/** Which safety checks depend on which list (the engine's inputs from each: lib/cds/mapping, lib/rules). */
export const CHECKS_BY_LIST: Record<OptionalKey, DependentChecks> = {
  medications: {
    list: 'Medication list',
    short: 'interaction and immunosuppression checks',
    checks: (kb) => [
      `whether the patient takes ${joinWords(kb.data.regimenFlags.map((f) => f.name))}, and the cautions that follow`,
      'cumulative immunosuppression from the current drugs',
      'the safety rules and label facts (pregnancy, breastfeeding, age) of each current skin medication',
    ],
    action: 'Check the current medications yourself before acting on these cards.',
  },
  allergies: {
    list: 'Allergy list',
    short: 'ingredient allergy checks',
    checks: (kb) => [
      `product ingredients against ${joinWords(
        kb.data.factors.filter((f) => f.fromAllergy).map((f) => f.name.charAt(0).toLowerCase() + f.name.slice(1)),
      )}`,
    ],
    action: 'Check the allergies yourself before acting on these cards.',
  },
};

export interface MissingDataContext {
  kb: KnowledgeBase;
  origin: string;
  makeId: (key: string) => string;
}

export function missingDataSummary(gap: Pick<DataGap, 'key' | 'state'>): string {
  const { list, short } = CHECKS_BY_LIST[gap.key];
  return gap.state === 'missing'
    ? `${list} not received: ${short} were not done`
    : `${list} only partly received: ${short} cover only the part read`;
}

/** The warning card for one missing or partial list. */
export function missingDataCard(ctx: MissingDataContext, gap: DataGap): Card {
  const { list, checks, action } = CHECKS_BY_LIST[gap.key];
  const what =
    gap.state === 'missing'
      ? `**${list} not received** (${md(gap.reason)}), so these safety checks were not done:`
      : `**${list} only partly received** (${md(gap.reason)}), so these safety checks cover only the part that was read:`;
  return {
    uuid: ctx.makeId(`missing-data:${gap.key}`),
    summary: missingDataSummary(gap),
    indicator: 'warning',
    detail: [
      what,
      checks(ctx.kb)
        .map((c) => `- ${md(c)}`)
        .join('\n'),
      action,
    ].join('\n\n'),
    // The same source as every other card (cards.ts).
    source: { label: `GutSkin CDS ${ctx.kb.rulesetVersion}`, url: `${ctx.origin}/methods` },
  };
}
