/**
 * The knowledge base's shape. Every record is validated with these schemas when the knowledge base loads.
 * The data lives in lib/kb/data/*.ts and is reviewed like code; see docs/knowledge-base.md.
 */
import { z } from 'zod';

export const KebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'ids are lower-case kebab-case (letters, digits, single hyphens)' });

export const SourceType = z.enum([
  'letter',
  'narrative-review',
  'systematic-review',
  'meta-analysis',
  'rct',
  'cohort',
  'guideline',
  'regulatory',
  'other',
]);
export type SourceType = z.infer<typeof SourceType>;

export const Certainty = z.enum(['high', 'moderate', 'low', 'very-low']);
export type Certainty = z.infer<typeof Certainty>;

export const Strength = z.enum(['A', 'B', 'C']);
export type Strength = z.infer<typeof Strength>;

export const Stance = z.enum(['consider', 'consider-with-caution', 'avoid', 'insufficient-evidence']);
export type Stance = z.infer<typeof Stance>;

export const Severity = z.enum(['info', 'warning', 'critical']);
export type Severity = z.infer<typeof Severity>;

const SourceIds = z.array(KebabId).min(1, { error: 'every clinical statement needs at least one source' });

export const Source = z.strictObject({
  id: KebabId,
  type: SourceType,
  /** Short label for lists, e.g. "Navarro-López 2019". */
  label: z.string().min(3),
  citation: z.string().min(10),
  /** Publication year; null where our sources did not give it. */
  year: z.number().int().min(1900).max(2100).nullable(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/)
    .optional(),
  pmid: z
    .string()
    .regex(/^\d{1,9}$/)
    .optional(),
  pmcid: z
    .string()
    .regex(/^PMC\d+$/)
    .optional(),
  /** A publication URL, used when there is no DOI or PMID, or a lookup that finds the publication. */
  url: z.url().optional(),
  /** What `url` is, when it is not the publisher's page (for example, a PubMed lookup by journal, volume and page). */
  urlNote: z.string().optional(),
  /** Oxford CEBM 2011 level for treatment benefit: 1 SR of RCTs, 2 RCT, 3 non-randomised, 4 case series, 5 mechanism/opinion. */
  ocebmLevel: z.number().int().min(1).max(5),
  /** The design in a clinician's words, e.g. "Double-blind RCT, 88 adults analysed". */
  design: z.string().min(5),
  /** What it found or says, in our words, using only checked facts. */
  findings: z.string().min(10),
  funding: z.string().optional(),
  limitations: z.array(z.string()).default([]),
  /** A Cochrane-level review or a large, consistent meta-analysis: the only kind that may carry moderate certainty. */
  supportsModerateCertainty: z.boolean().default(false),
});
export type Source = z.infer<typeof Source>;

export const SupportVerdict = z.enum(['supports', 'partly', 'does-not-support', 'unverified']);

export const LetterClaim = z.strictObject({
  id: KebabId,
  /** A short, attributed fragment of the letter's own words. The only place overclaiming words may appear. */
  quote: z.string().min(3).max(200),
  claim: z.string().min(10),
  citedSourceIds: z.array(KebabId),
  conditionIds: z.array(KebabId).default([]),
  verdict: SupportVerdict,
  appraisal: z.string().min(20),
  /** Sources for the appraisal itself (may include sources the letter did not cite). */
  sourceIds: SourceIds,
});
export type LetterClaim = z.infer<typeof LetterClaim>;

export const Code = z.strictObject({
  code: z.string().min(1),
  display: z.string().min(1),
  status: z.enum(['verified', 'provisional']),
});

export const FactorId = KebabId;

export const Factor = z.strictObject({
  id: FactorId,
  name: z.string(),
  description: z.string(),
});
export type Factor = z.infer<typeof Factor>;

export const RegimenFlag = z.enum([
  'oral-antibiotic',
  'oral-antifungal',
  'systemic-immunosuppressant',
  'biologic',
  'jak-inhibitor',
  'teratogen',
]);
export type RegimenFlag = z.infer<typeof RegimenFlag>;

export const RegimenOption = z.strictObject({
  id: KebabId,
  name: z.string(),
  route: z.enum(['topical', 'oral', 'injection']),
  /** Drug class, e.g. "retinoid", "tetracycline". */
  drugClass: z.string(),
  flags: z.array(RegimenFlag).default([]),
  /** Ingredient names used to match free-text medication names (lower case). */
  ingredients: z.array(z.string()).min(1),
  /** RxNorm ingredient codes, only where verified or provisional in the evidence addendum. */
  rxnorm: z.array(Code).default([]),
});
export type RegimenOption = z.infer<typeof RegimenOption>;

export const Condition = z.strictObject({
  id: KebabId,
  name: z.string(),
  /** Treatment of the condition, or prevention (a different question with different evidence). */
  question: z.enum(['treatment', 'prevention']),
  codes: z.strictObject({ icd10: z.array(Code).min(1), snomed: z.array(Code) }),
  /** Whether EHR diagnosis codes map to this entry (prevention entries share codes but are never inferred from them). */
  mapFromCodes: z.boolean(),
  summary: z.string().min(20),
  summarySourceIds: SourceIds,
  letterClaimIds: z.array(KebabId).default([]),
  regimenOptionIds: z.array(KebabId).min(1),
  /** The conclusion when no adjunct can be offered or all are weak: said plainly, never an empty answer. */
  evidenceStatus: z.enum(['some-evidence', 'insufficient-evidence', 'evidence-against-routine-use']),
});
export type Condition = z.infer<typeof Condition>;

export const Organism = z.strictObject({
  /** e.g. "Lactobacillus rhamnosus". */
  species: z.string(),
  /** Strain designation as published, e.g. "CECT 8361"; null when the study did not give one. */
  strain: z.string().nullable(),
  kingdom: z.enum(['bacterium', 'yeast', 'cyanobacterium']),
});

export const Adjunct = z.strictObject({
  id: KebabId,
  name: z.string(),
  kind: z.enum(['probiotic', 'prebiotic', 'synbiotic']),
  /** Contains live micro-organisms (the bloodstream-infection risk applies). */
  live: z.boolean(),
  organisms: z.array(Organism),
  /** Non-living ingredients as studied (prebiotic fibres, other components). */
  otherIngredients: z.array(z.string()).default([]),
  form: z.string(),
  dose: z.string(),
  duration: z.string(),
  /** False when the dose was not checked against the trial report: the app then says so. */
  doseVerified: z.boolean(),
});
export type Adjunct = z.infer<typeof Adjunct>;

export const DowngradeDomain = z.enum([
  'risk-of-bias',
  'inconsistency',
  'indirectness',
  'imprecision',
  'publication-bias',
]);

export const EvidenceStatement = z.strictObject({
  id: KebabId,
  conditionId: KebabId,
  adjunctId: KebabId,
  claim: z.string().min(10),
  population: z.string(),
  /** The background therapy or comparator in the studies. */
  comparator: z.string(),
  outcome: z.string(),
  /** The effect, with numbers only where the fact sheet checked them. */
  effect: z.string(),
  certainty: Certainty,
  downgrades: z.array(z.strictObject({ domain: DowngradeDomain, reason: z.string() })),
  strength: Strength,
  /** The stance before any patient factor is applied. */
  baseStance: Stance,
  rationale: z.string().min(40),
  /** Evidence limits specific to this statement, shown as caveats. */
  limits: z.array(z.string()).min(1),
  /** Studied age range in years, for indirectness caveats. */
  studiedAges: z.strictObject({ min: z.number().int(), max: z.number().int() }),
  sourceIds: SourceIds,
  letterClaimIds: z.array(KebabId).default([]),
});
export type EvidenceStatement = z.infer<typeof EvidenceStatement>;

/** Condition-level evidence not tied to one product: guidelines, pooled analyses of mixed strains, gaps. */
export const ConditionNote = z.strictObject({
  id: KebabId,
  conditionId: KebabId,
  kind: z.enum(['guideline', 'pooled-evidence', 'trial', 'gap']),
  title: z.string(),
  text: z.string().min(20),
  sourceIds: SourceIds,
});
export type ConditionNote = z.infer<typeof ConditionNote>;

const SingleTrigger = z.union([z.strictObject({ factor: FactorId }), z.strictObject({ regimenFlag: RegimenFlag })]);

export const SafetyTrigger = z.union([
  SingleTrigger,
  z.strictObject({ ageBelow: z.number().int().min(0).max(120) }),
  /** Fires when all of them hold (e.g. pregnant and on a teratogen). */
  z.strictObject({ allOf: z.array(SingleTrigger).min(2) }),
  /** Fires when any of them holds (e.g. an oral antibiotic reported as a factor or in the regimen). */
  z.strictObject({ anyOf: z.array(SingleTrigger).min(2) }),
]);
export type SafetyTrigger = z.infer<typeof SafetyTrigger>;

export const SafetyRule = z.strictObject({
  id: KebabId,
  trigger: SafetyTrigger,
  /** Which adjuncts it changes. */
  appliesTo: z.enum(['live', 'yeast', 'bacterial', 'prebiotic', 'all', 'none']),
  /** What it does to their stance: avoid (hard risk), caution, or nothing (advice only). */
  effect: z.enum(['avoid', 'caution', 'advice']),
  severity: Severity,
  alertCode: KebabId,
  /** Alert text shown to the clinician. */
  text: z.string().min(20),
  /** Shorter caveat text attached to each affected suggestion. */
  caveat: z.string().min(10),
  sourceIds: SourceIds,
});
export type SafetyRule = z.infer<typeof SafetyRule>;

/** Caveats every suggestion carries (evidence limits, research needed, regulation, alongside not instead). */
export const StandardCaveat = z.strictObject({
  code: KebabId,
  severity: Severity,
  text: z.string().min(20),
  sourceIds: SourceIds,
});
export type StandardCaveat = z.infer<typeof StandardCaveat>;

export const Release = z.strictObject({
  version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/),
  releaseDate: z.iso.date(),
  lastReviewed: z.iso.date(),
  nextReviewDue: z.iso.date(),
  developer: z.string(),
  funding: z.string(),
  contact: z.string(),
});
export type Release = z.infer<typeof Release>;

export const KnowledgeBaseData = z.strictObject({
  release: Release,
  sources: z.array(Source),
  letterClaims: z.array(LetterClaim),
  factors: z.array(Factor),
  regimenOptions: z.array(RegimenOption),
  conditions: z.array(Condition),
  adjuncts: z.array(Adjunct),
  statements: z.array(EvidenceStatement),
  conditionNotes: z.array(ConditionNote),
  safetyRules: z.array(SafetyRule),
  standardCaveats: z.array(StandardCaveat),
  /** Shown when a topical is in the regimen: an absence of reports, not proof of safety. */
  topicalInteractionNote: StandardCaveat,
});
export type KnowledgeBaseData = z.infer<typeof KnowledgeBaseData>;
export type KnowledgeBaseInput = z.input<typeof KnowledgeBaseData>;
