/**
 * Human labels for the knowledge base's value sets, for pages, printouts and integrations. Pure: no React, no I/O.
 * These are interface words and plain-language scale definitions, not clinical claims; clinical content stays in
 * lib/kb/data.
 */
import type {
  Adjunct,
  Certainty,
  Code,
  Condition,
  ConditionNote,
  DowngradeDomain,
  Confidence,
  IngredientKind,
  LabelStatus,
  RegimenOption,
  RuleScope,
  SafetyRule,
  SafetyTrigger,
  Severity,
  SourceType,
  Stance,
  Strength,
  SupportVerdict,
} from './schema';
import type { z } from 'zod';

type Values<T extends z.ZodType> = z.infer<T>;

export const SOURCE_TYPE_LABEL: Record<SourceType, string> = {
  letter: 'Letter to the editor',
  'narrative-review': 'Narrative review',
  'systematic-review': 'Systematic review',
  'meta-analysis': 'Meta-analysis',
  rct: 'Randomised controlled trial',
  cohort: 'Cohort or other non-randomised study',
  guideline: 'Guideline or clinical report',
  regulatory: 'Regulatory or public-health report',
  other: 'Other (registration, case report, fact sheet)',
};

/** Plural headings for grouped lists of sources. */
export const SOURCE_TYPE_PLURAL: Record<SourceType, string> = {
  letter: 'Letters',
  'narrative-review': 'Narrative reviews',
  'systematic-review': 'Systematic reviews',
  'meta-analysis': 'Meta-analyses',
  rct: 'Randomised controlled trials',
  cohort: 'Cohort and other non-randomised studies',
  guideline: 'Guidelines and clinical reports',
  regulatory: 'Regulatory and public-health reports',
  other: 'Other sources',
};

/** Source types that are not studies of treatment benefit: their OCEBM level is only the closest fit. */
export const NON_STUDY_SOURCE_TYPES: readonly SourceType[] = ['guideline', 'regulatory', 'other', 'letter'];

export const CERTAINTY_LABEL: Record<Certainty, string> = {
  high: 'High',
  moderate: 'Moderate',
  low: 'Low',
  'very-low': 'Very low',
};

/** GRADE's plain meaning of each certainty level. */
export const CERTAINTY_MEANING: Record<Certainty, string> = {
  high: 'We are very confident that the true effect is close to the estimate.',
  moderate: 'The true effect is probably close to the estimate, but it could be substantially different.',
  low: 'Confidence is limited: the true effect may be substantially different from the estimate.',
  'very-low': 'Very little confidence: the true effect is likely to be substantially different from the estimate.',
};

export const STRENGTH_LABEL: Record<Strength, string> = { A: 'A', B: 'B', C: 'C' };

/** SORT (Strength of Recommendation Taxonomy) meanings. */
export const STRENGTH_MEANING: Record<Strength, string> = {
  A: 'Consistent, good-quality patient-oriented evidence.',
  B: 'Inconsistent or limited-quality patient-oriented evidence.',
  C: 'Consensus, usual practice, opinion, disease-oriented evidence (such as markers rather than outcomes) or case series.',
};

export const STANCE_LABEL: Record<Stance, string> = {
  consider: 'Consider',
  'consider-with-caution': 'Consider with caution',
  'insufficient-evidence': 'Insufficient evidence',
  avoid: 'Avoid',
};

export const STANCE_MEANING: Record<Stance, string> = {
  consider: 'An option to discuss as an add-on to usual treatment; not required care.',
  'consider-with-caution': 'An option only after weighing a patient-specific caution shown with it.',
  'insufficient-evidence': 'Not enough evidence to suggest it; shown so the evidence can be judged.',
  avoid: 'Not for this patient: a safety rule rules it out.',
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  info: 'Information',
  warning: 'Warning',
  critical: 'Critical',
};

export const VERDICT_LABEL: Record<Values<typeof SupportVerdict>, string> = {
  supports: 'Supports',
  partly: 'Partly supports',
  'does-not-support': 'Does not support',
  unverified: 'Could not be verified',
};

/** The verdict as a sentence about the letter's claim. */
export const VERDICT_MEANING: Record<Values<typeof SupportVerdict>, string> = {
  supports: 'The evidence supports the claim as the letter words it.',
  partly: 'The evidence supports only part of the claim, or a weaker version of it.',
  'does-not-support': 'The claim is not supported by the evidence.',
  unverified: 'The claim could not be found in, or checked against, the reference the letter gives.',
};

export const DOWNGRADE_DOMAIN_LABEL: Record<Values<typeof DowngradeDomain>, string> = {
  'risk-of-bias': 'Risk of bias',
  inconsistency: 'Inconsistency',
  indirectness: 'Indirectness',
  imprecision: 'Imprecision',
  'publication-bias': 'Publication bias',
};

export const DOWNGRADE_DOMAIN_MEANING: Record<Values<typeof DowngradeDomain>, string> = {
  'risk-of-bias': 'Flaws in how the studies were run (for example no blinding or no randomisation).',
  inconsistency: 'Studies disagree with each other.',
  indirectness: 'The patients, product or outcomes differ from the question asked.',
  imprecision: 'Few patients or events, or a wide confidence interval.',
  'publication-bias': 'Studies with unwelcome results may be missing.',
};

/** OCEBM 2011 levels for questions of treatment benefit. */
export const OCEBM_LEVELS = [1, 2, 3, 4, 5] as const;
export type OcebmLevel = (typeof OCEBM_LEVELS)[number];

export const OCEBM_MEANING: Record<OcebmLevel, string> = {
  1: 'Systematic review of randomised trials',
  2: 'Randomised trial',
  3: 'Non-randomised controlled cohort or follow-up study',
  4: 'Case series, case-control or historically controlled study',
  5: 'Mechanism-based reasoning or expert opinion',
};

export function ocebmMeaning(level: number): string {
  return OCEBM_MEANING[level as OcebmLevel] ?? `Level ${level}`;
}

export const QUESTION_LABEL: Record<Condition['question'], string> = {
  treatment: 'Treatment',
  prevention: 'Prevention',
};

export const EVIDENCE_STATUS_LABEL: Record<Condition['evidenceStatus'], string> = {
  'some-evidence': 'Some evidence for specific products',
  'insufficient-evidence': 'Insufficient evidence',
  'evidence-against-routine-use': 'Evidence against routine use',
};

export const EVIDENCE_STATUS_MEANING: Record<Condition['evidenceStatus'], string> = {
  'some-evidence':
    'Trials of specific products exist. Their certainty is graded product by product below; none is required care.',
  'insufficient-evidence': 'There is not enough evidence to suggest any probiotic or prebiotic product.',
  'evidence-against-routine-use': 'The best available evidence does not support routine use.',
};

export const NOTE_KIND_LABEL: Record<ConditionNote['kind'], string> = {
  guideline: 'Guideline',
  'pooled-evidence': 'Pooled evidence',
  trial: 'Trial',
  gap: 'Evidence gap',
};

export const ADJUNCT_KIND_LABEL: Record<Adjunct['kind'], string> = {
  probiotic: 'Probiotic',
  prebiotic: 'Prebiotic',
  synbiotic: 'Synbiotic (probiotic with prebiotic)',
};

export const CODE_STATUS_LABEL: Record<Values<typeof Code>['status'], string> = {
  verified: 'Verified',
  provisional: 'Provisional',
};

export const ROUTE_LABEL: Record<RegimenOption['route'], string> = {
  topical: 'Topical',
  oral: 'Oral',
  injection: 'Injected',
};

export const APPLIES_TO_LABEL: Record<Exclude<RuleScope, object>, string> = {
  live: 'Products with live organisms',
  yeast: 'Products containing a yeast',
  bacterial: 'Products containing bacteria',
  prebiotic: 'Products containing prebiotic fibre (prebiotics and synbiotics)',
  all: 'All products',
  none: 'No product (an alert about the regimen only)',
};

export const RULE_EFFECT_LABEL: Record<SafetyRule['effect'], string> = {
  avoid: 'Sets the stance to “Avoid”',
  caution: 'Lowers the stance to “Consider with caution” at most',
  advice: 'Adds an alert; the stance is unchanged',
};

export const LABEL_STATUS_LABEL: Record<LabelStatus, string> = {
  contraindicated: 'Contraindicated',
  avoid: 'Avoid / not recommended',
  caution: 'Only if clearly needed',
  'no-concern-found': 'No concern found',
  'not-established': 'Not established',
};

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  confirmed: 'checked in the label',
  partly: 'partly checked',
  unverified: 'not checked',
};

export const INGREDIENT_KIND_LABEL: Record<IngredientKind, string> = {
  bacterium: 'Bacterium',
  yeast: 'Yeast',
  cyanobacterium: 'Cyanobacterium (not living in the product)',
  'prebiotic-fibre': 'Prebiotic fibre',
  excipient: 'Other ingredient',
};

/** Names of what triggers and scopes refer to, from the knowledge base. */
export interface TriggerNames {
  factor: (id: string) => string;
  option: (id: string) => string;
  flag: (id: string) => string;
  ingredient: (id: string) => string;
}

/** Names for `describeTrigger` and `describeScope` from a loaded knowledge base. */
export function namesFrom(kb: {
  factorsById: ReadonlyMap<string, { name: string }>;
  regimenById: ReadonlyMap<string, { name: string }>;
  flagsById: ReadonlyMap<string, { name: string }>;
  ingredientsById: ReadonlyMap<string, { name: string }>;
}): TriggerNames {
  return {
    factor: (id) => kb.factorsById.get(id)?.name ?? id,
    option: (id) => kb.regimenById.get(id)?.name ?? id,
    flag: (id) => kb.flagsById.get(id)?.name ?? id,
    ingredient: (id) => kb.ingredientsById.get(id)?.name ?? id,
  };
}

/** A safety rule's trigger in words. */
export function describeTrigger(trigger: SafetyTrigger, names: TriggerNames): string {
  if ('allOf' in trigger) return trigger.allOf.map((t) => describeTrigger(t, names)).join(' and ');
  if ('anyOf' in trigger) return trigger.anyOf.map((t) => describeTrigger(t, names)).join(' or ');
  if ('always' in trigger) return 'Always (a fact about the ingredient)';
  if ('factor' in trigger) return names.factor(trigger.factor);
  if ('regimenFlag' in trigger) return `Regimen includes ${names.flag(trigger.regimenFlag)}`;
  if ('regimenOption' in trigger) return `Regimen includes ${names.option(trigger.regimenOption)}`;
  if ('immunosuppressiveDrugsAtLeast' in trigger)
    return `${trigger.immunosuppressiveDrugsAtLeast} or more immunosuppressive drugs together`;
  if (trigger.ageBelow < 1) return `Age under ${Math.round(trigger.ageBelow * 12)} months`;
  return `Age under ${trigger.ageBelow} ${trigger.ageBelow === 1 ? 'year' : 'years'}`;
}

/** Which products a rule reaches, in words. */
export function describeScope(scope: RuleScope, names: TriggerNames): string {
  return typeof scope === 'object'
    ? `Products containing ${names.ingredient(scope.ingredient)}`
    : APPLIES_TO_LABEL[scope];
}

/** The age range a statement treats as studied, in words (120 is the schema's open upper bound). */
export function describeStudiedAges(ages: { min: number; max: number } | null): string {
  if (ages === null) return 'Not reported in the sources we read';
  const { min, max } = ages;
  if (min <= 0 && max >= 120) return 'Not limited by age';
  if (max >= 120) return `${min} years and over`;
  return `${min}–${max} years`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-11-27" → "27 November 2026" (no time zone involved). */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m ? MONTHS[m - 1] : undefined;
  if (!y || !month || !d) return iso;
  return `${d} ${month} ${y}`;
}

/** A short name for a source's main link, matching the precedence of `sourceUrl` in lib/rules/engine.ts. */
export function sourceLinkLabel(source: { doi?: string; pmid?: string; pmcid?: string; url?: string }): string {
  if (source.doi) return `doi:${source.doi}`;
  if (source.pmid) return `PubMed ${source.pmid}`;
  if (source.pmcid) return `PubMed Central ${source.pmcid}`;
  if (source.url) return 'Web page';
  return 'No link';
}

/** "There is…" → "there is…", for running a sentence on after a lead-in; leaves "LGG…" or "E. coli…" alone. */
export function lowerFirst(text: string): string {
  const [first, second] = text;
  if (!first || !second || second !== second.toLowerCase() || second === '.') return text;
  return first.toLowerCase() + text.slice(1);
}
