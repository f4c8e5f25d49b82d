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

/** From most to least severe: the one order alerts, caveats, handout boxes and CDS cards are sorted by. */
export const SEVERITY_ORDER = ['critical', 'warning', 'info'] as const satisfies readonly Severity[];
/** 2 for critical, 1 for warning, 0 for info (higher is more severe). */
export const severityRank = (severity: Severity): number =>
  SEVERITY_ORDER.length - 1 - SEVERITY_ORDER.indexOf(severity);
/** A sort comparator: most severe first. */
export const bySeverity = (a: { severity: Severity }, b: { severity: Severity }): number =>
  SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity);

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
  /** For systematic reviews and meta-analyses: the conditions whose trials they pool. */
  reviewsConditionIds: z.array(KebabId).default([]),
});
export type Source = z.infer<typeof Source>;
export type SourceInput = z.input<typeof Source>;

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
  /** How our grades for the same question differ from the claim (or why no grade applies), in neutral words. */
  ourGrades: z.string().min(20),
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

/** How an EHR record shows a factor: codes (only verified or provisional ones) and words in allergy or problem text. */
export const RecordMatch = z.strictObject({
  snomed: z.array(Code).default([]),
  /** Whole words or phrases that mark the factor in free text (lower case). */
  words: z.array(z.string().min(2)).default([]),
  /** Words that cancel a match (e.g. "lactose" for milk allergy: an intolerance, not an allergy). */
  unlessWords: z.array(z.string().min(2)).default([]),
});

/**
 * What clinicians type for a regimen option or a factor in the workspace's quick-add field: abbreviations (an exact
 * one ranks first: "MTX", "BPO"), other names ("topical steroid") and, for drugs, brand names. Names only, no clinical
 * claim; a brand must be named by one of the option's own product-information sources (checked at load).
 */
export const EntrySearchTerms = z.strictObject({
  abbreviations: z.array(z.string().regex(/^[A-Za-z0-9-]{2,8}$/)).default([]),
  synonyms: z.array(z.string().min(3).max(60)).default([]),
  brands: z.array(z.string().regex(/^[A-Z][A-Za-z0-9-]{2,30}$/)).default([]),
});
export type EntrySearchTerms = z.infer<typeof EntrySearchTerms>;
const noSearchTerms = { abbreviations: [], synonyms: [], brands: [] };

export const Factor = z.strictObject({
  id: FactorId,
  name: z.string(),
  description: z.string(),
  /** Abbreviations and other names for the quick-add field (no brands: a factor is not a product). */
  searchTerms: EntrySearchTerms.refine((t) => t.brands.length === 0, { error: 'a factor has no brand names' }).default(
    noSearchTerms,
  ),
  /**
   * `risk`: a factor that can only make advice more cautious (the property tests hold the engine to that).
   * `context`: a fact that decides whether the evidence applies (e.g. a family history of atopy for prevention).
   */
  kind: z.enum(['risk', 'context']).default('risk'),
  /** A hard risk: every live product must be "avoid" when it is present (checked by the audit). */
  hardRisk: z.boolean().default(false),
  /** Ages (years) at which the factor is plausible; outside them a request is refused with the reason. */
  plausibleAges: z.strictObject({ min: z.number().min(0), max: z.number().max(120) }).optional(),
  /** Factors that cannot hold together with this one (e.g. a preterm newborn cannot be pregnant). */
  excludes: z.array(FactorId).default([]),
  /** Where the CDS service reads it from: AllergyIntolerance resources. */
  fromAllergy: RecordMatch.optional(),
});
export type Factor = z.infer<typeof Factor>;

export const RegimenFlag = z.enum([
  'oral-antibiotic',
  'oral-antifungal',
  'systemic-immunosuppressant',
  'biologic',
  'jak-inhibitor',
]);
export type RegimenFlag = z.infer<typeof RegimenFlag>;

/** What a drug-class flag means: its name, the patient factor it implies, whether it counts as immunosuppression. */
export const RegimenFlagInfo = z.strictObject({
  id: RegimenFlag,
  name: z.string().min(3),
  /** The patient factor the flag implies (a drug that is an oral antibiotic means the patient takes oral antibiotics). */
  impliesFactor: FactorId.optional(),
  /** Counted towards cumulative immunosuppression (two or more such drugs are a hard stop for live microbes). */
  immunosuppressive: z.boolean(),
});
export type RegimenFlagInfo = z.infer<typeof RegimenFlagInfo>;

export const Confidence = z.enum(['confirmed', 'partly', 'unverified']);
export type Confidence = z.infer<typeof Confidence>;

/**
 * What the product information says about a co-therapy in pregnancy or breastfeeding, in its own terms:
 * contraindicated (critical alert), avoid / not recommended / should not (warning), caution / only if clearly needed
 * (info), no concern found in what was read (info), or not established (nothing was read: info that says so).
 */
export const LabelStatus = z.enum(['contraindicated', 'avoid', 'caution', 'no-concern-found', 'not-established']);
export type LabelStatus = z.infer<typeof LabelStatus>;

const LabelFact = z.strictObject({
  status: LabelStatus,
  /** Clinician wording, ours, saying what the label says and, where part is unread, what is not known. */
  text: z.string().min(10),
  /** Official labels, SmPCs or LactMed records; may be empty only when nothing was read (status not-established). */
  sourceIds: z.array(KebabId),
  confidence: Confidence,
});

export const RegimenSafety = z.strictObject({
  pregnancy: LabelFact.extend({
    /** How long before conception the drug must be stopped, where a label sets it. */
    washout: z.string().min(3).optional(),
    /** A pregnancy-prevention programme that governs prescribing (iPLEDGE, the EU PPP, REMS). */
    programme: z.string().min(3).optional(),
  }),
  lactation: LabelFact,
  paediatric: z.strictObject({
    /** The youngest age (years) the label allows; null where no limit was read. */
    minAgeYears: z.number().min(0).max(18).nullable(),
    text: z.string().min(10),
    sourceIds: z.array(KebabId),
    confidence: Confidence,
  }),
  immunosuppression: z.strictObject({
    level: z.enum(['none', 'topical-immunomodulator', 'immunomodulator', 'systemic-immunosuppressant']),
    text: z.string().min(10),
    sourceIds: z.array(KebabId),
    confidence: Confidence,
  }),
});
export type RegimenSafety = z.infer<typeof RegimenSafety>;
export type RegimenSafetyInput = z.input<typeof RegimenSafety>;

export const RegimenOption = z.strictObject({
  id: KebabId,
  name: z.string(),
  route: z.enum(['topical', 'oral', 'injection']),
  /** Drug class, e.g. "retinoid", "tetracycline". */
  drugClass: z.string(),
  flags: z.array(RegimenFlag).default([]),
  /** Ingredient names used to match free-text medication names (lower case). */
  ingredients: z.array(z.string()).min(1),
  /** Abbreviations, other names and brands for the workspace's quick-add field (see EntrySearchTerms). */
  searchTerms: EntrySearchTerms.default(noSearchTerms),
  /** RxNorm ingredient codes, only where verified or provisional in the evidence addendum. */
  rxnorm: z.array(Code).default([]),
  /** Pregnancy, breastfeeding, paediatric limits and immunosuppression, from the product information. */
  safety: RegimenSafety,
});
export type RegimenOption = z.infer<typeof RegimenOption>;

export const Condition = z.strictObject({
  id: KebabId,
  name: z.string(),
  /** Treatment of the condition, or prevention (a different question with different evidence). */
  question: z.enum(['treatment', 'prevention']),
  codes: z.strictObject({ icd10: z.array(Code).min(1), snomed: z.array(Code) }),
  /** What the code list leaves out and why (a code not verified, a mapping not checked), shown with the codes. */
  codesNote: z.string().min(20).optional(),
  /**
   * What clinicians type for it in the condition search: abbreviations (an exact match ranks first: "AD", "HS") and
   * other names ("eczema", "seb derm"). Names only, no clinical claim.
   */
  searchTerms: z
    .strictObject({
      abbreviations: z.array(z.string().regex(/^[A-Za-z0-9-]{2,8}$/)).default([]),
      synonyms: z.array(z.string().min(3).max(60)).default([]),
    })
    .default({ abbreviations: [], synonyms: [] }),
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

export const IngredientKind = z.enum(['bacterium', 'yeast', 'cyanobacterium', 'prebiotic-fibre', 'excipient']);
export type IngredientKind = z.infer<typeof IngredientKind>;

/**
 * One ingredient of a product, microbial or not. Safety rules name ingredients (or kinds of ingredient), so a rule
 * about spirulina or S. boulardii applies to every product that contains it.
 */
export const Ingredient = z.strictObject({
  id: KebabId,
  /** As a clinician would write it, e.g. "Lactobacillus rhamnosus CECT 30031" or "Arthrospira platensis (spirulina)". */
  name: z.string().min(3),
  kind: IngredientKind,
  /** A living micro-organism (the bloodstream-infection risk applies). */
  live: z.boolean(),
  /** For micro-organisms: the species, and the strain designation as published (null when none was given). */
  species: z.string().optional(),
  strain: z.string().nullable().optional(),
});
export type Ingredient = z.infer<typeof Ingredient>;

/**
 * One part of a product as studied (addendum 2), with how well it was checked: `confirmed` (read in the paper or a
 * systematic review's table), `partly` (part read, sources disagree, or read only in secondary summaries), or
 * `unverified` (not read). An unverified part has no text: the app says it was not reported in what we could read.
 */
export const StudiedFact = z.strictObject({
  /** What was read, in clinician words; null when nothing was read. */
  text: z.string().min(3).nullable(),
  confidence: Confidence,
  /** For partly or unverified parts: which part is not known and what that means for the prescriber. */
  unknown: z.string().min(10).optional(),
  sourceIds: z.array(KebabId),
});
export type StudiedFact = z.infer<typeof StudiedFact>;

/** How well a part the adjunct already words (its form, dose or duration) was checked. */
export const StudiedCheck = StudiedFact.omit({ text: true });
export type StudiedCheck = z.infer<typeof StudiedCheck>;

/** A sponsor, supplier, employer or patent tie of a trial: GRADE's risk of bias takes it into account. */
export const ConflictOfInterest = z.strictObject({
  text: z.string().min(10),
  confidence: Confidence,
  sourceIds: SourceIds,
});
export type ConflictOfInterest = z.infer<typeof ConflictOfInterest>;

/** The product exactly as its trial gave it: each part with its confidence, and the trial's conflicts of interest. */
export const AsStudied = z.strictObject({
  /** The trial the product is taken from. */
  trialSourceId: KebabId,
  /** Brand and manufacturer, where a source names them. */
  product: StudiedFact,
  form: StudiedCheck,
  dose: StudiedCheck,
  duration: StudiedCheck,
  /** What the trial gave alongside (e.g. doxycycline, a topical corticosteroid), or that it was not an adjunct trial. */
  background: StudiedFact,
  conflicts: z.array(ConflictOfInterest).default([]),
});
export type AsStudied = z.infer<typeof AsStudied>;

export const Adjunct = z.strictObject({
  id: KebabId,
  name: z.string(),
  kind: z.enum(['probiotic', 'prebiotic', 'synbiotic']),
  /** Every ingredient as studied, microbial or not; `live` and the strain list are derived from them. */
  ingredientIds: z.array(KebabId).min(1),
  form: z.string(),
  dose: z.string(),
  duration: z.string(),
  /** False when the dose was not checked against the trial report: the app then says so. */
  doseVerified: z.boolean(),
  /** Each part of the product as studied with its confidence, the background treatment and conflicts of interest. */
  asStudied: AsStudied,
  /**
   * The product's code in a medication code system (e.g. RxNorm), when one covers it. Only then does a CDS card offer
   * to create a draft order: an EHR cannot apply an uncoded medication (docs/decisions/0008-orderable-suggestions.md).
   * No product in the knowledge base has one yet.
   */
  orderCoding: z
    .array(z.strictObject({ system: z.url(), code: z.string().min(1).max(64), display: z.string().min(1) }))
    .min(1)
    .optional(),
});
export type Adjunct = z.infer<typeof Adjunct>;

export const DowngradeDomain = z.enum([
  'risk-of-bias',
  'inconsistency',
  'indirectness',
  'imprecision',
  'publication-bias',
]);

const SingleTrigger = z.union([
  z.strictObject({ factor: FactorId }),
  z.strictObject({ regimenFlag: RegimenFlag }),
  /** A regimen option in the patient's regimen (or among their other medicines). */
  z.strictObject({ regimenOption: KebabId }),
  /** Age in years (fractions for months: 0.5 is six months). */
  z.strictObject({ ageBelow: z.number().min(0).max(120) }),
  /** At least this many drugs whose flags count as immunosuppression. */
  z.strictObject({ immunosuppressiveDrugsAtLeast: z.number().int().min(2).max(10) }),
]);

export const SafetyTrigger = z.union([
  SingleTrigger,
  /** Always fires: a fact every product with the ingredient carries (e.g. contamination of spirulina). */
  z.strictObject({ always: z.literal(true) }),
  /** Fires when all of them hold (e.g. pregnant and on a teratogen). */
  z.strictObject({ allOf: z.array(SingleTrigger).min(2) }),
  /** Fires when any of them holds (e.g. an oral antibiotic reported as a factor or in the regimen). */
  z.strictObject({ anyOf: z.array(SingleTrigger).min(2) }),
]);
export type SafetyTrigger = z.infer<typeof SafetyTrigger>;

/** Patients a statement's trials left out: for them the evidence does not apply (efficacy, not safety). */
export const ExcludedPatients = z.strictObject({
  trigger: SafetyTrigger,
  /** Who was left out, in a clinician's words, e.g. "patients who took oral antibiotics in the previous 2 weeks". */
  who: z.string().min(10),
  sourceIds: SourceIds,
  confidence: Confidence.default('confirmed'),
});

/** A condition every patient of a statement's trials met (e.g. a family history of atopy). */
export const StudiedIn = z.strictObject({
  trigger: SafetyTrigger,
  /** Who the trials studied, e.g. "families with a history of atopy". */
  who: z.string().min(10),
  /** What to check or tick when the patient does meet it. */
  check: z.string().min(10),
  sourceIds: SourceIds,
});

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
  /**
   * Studied age range in years as the sources report it (120: no upper limit stated); null where not reported.
   * `asReported` is the source's own wording ("women aged 18–35", "adults"), and `sourceId` the source that states
   * it: the audit refuses a range its source does not state.
   */
  studiedAges: z
    .strictObject({
      min: z.number().int(),
      max: z.number().int(),
      asReported: z.string().min(5),
      sourceId: KebabId,
    })
    .nullable(),
  /** Patients the trials excluded: outside the evidence, so "insufficient evidence" for them, with the reason. */
  excludedPatients: z.array(ExcludedPatients).default([]),
  /** Conditions every studied patient met: a patient who does not meet one is outside the evidence. */
  studiedIn: z.array(StudiedIn).default([]),
  /**
   * When to judge whether it worked: the trial's length and the outcome it measured (clinician words, e.g. "total
   * lesion count"). Null for prevention, which has no response to judge in the patient, or where the trial's length
   * was not reported (the app then says no review time can be given).
   */
  reviewAfter: z.strictObject({ weeks: z.number().int().min(1).max(104), outcome: z.string().min(5) }).nullable(),
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

/** What a safety fact is about; the audit checks every ingredient and regimen option has the required topics. */
export const SafetyTopic = z.enum([
  'immunocompromise',
  'infection-route',
  'pregnancy',
  'lactation',
  'children',
  'allergy',
  'intolerance',
  'interaction',
  'autoimmune',
  'metabolic',
  'contamination',
  'gastrointestinal',
  'cardiac',
  'procedure',
]);
export type SafetyTopic = z.infer<typeof SafetyTopic>;

/** Which products a rule changes: by kind of ingredient, or one named ingredient. */
export const RuleScope = z.union([
  z.enum(['live', 'yeast', 'bacterial', 'prebiotic', 'all', 'none']),
  z.strictObject({ ingredient: KebabId }),
]);
export type RuleScope = z.infer<typeof RuleScope>;

export const SafetyRule = z.strictObject({
  id: KebabId,
  topic: SafetyTopic,
  trigger: SafetyTrigger,
  /** Which adjuncts it changes ("none": a fact about the patient's own regimen, not about any product). */
  appliesTo: RuleScope,
  /** What it does to their stance: avoid (hard risk), caution, or nothing (advice only). */
  effect: z.enum(['avoid', 'caution', 'advice']),
  severity: Severity,
  alertCode: KebabId,
  /** Alert text shown to the clinician. */
  text: z.string().min(20),
  /** Shorter caveat text attached to each affected suggestion. */
  caveat: z.string().min(10),
  /**
   * The one line an alert is known by (a CDS card's summary, under 140 characters), when the caveat is too long or
   * does not name the subject. Default: the caveat.
   */
  summary: z.string().min(10).max(139).optional(),
  sourceIds: SourceIds,
  /** How well the facts behind the rule were checked (partly: the text must say what is not known). */
  confidence: Confidence.default('confirmed'),
  /** Set on rules derived from a regimen option's safety facts: the alert concerns the patient's own treatment. */
  regimenOptionId: KebabId.optional(),
});
export type SafetyRule = z.infer<typeof SafetyRule>;
export type SafetyRuleInput = z.input<typeof SafetyRule>;

/** Caveats every suggestion carries (evidence limits, research needed, regulation, alongside not instead). */
export const StandardCaveat = z.strictObject({
  code: KebabId,
  severity: Severity,
  text: z.string().min(20),
  /**
   * Said instead of `text` when an alert concerns the patient's own regimen: then nothing may read as "keep using it".
   */
  whenRegimenUnderReview: z.string().min(20).optional(),
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

/**
 * The plain conclusions the engine can give, as templates: `{condition}` is the condition's name in lower case,
 * `{reasons}` what made the evidence not apply.
 */
export const Conclusions = z.strictObject({
  evidenceAgainstRoutineUse: z.string().min(20),
  noStudiedProduct: z.string().min(20),
  insufficientForCondition: z.string().min(20),
  allAvoided: z.string().min(20),
  insufficientForPatient: z.string().min(20),
  preventionOption: z.string().min(20),
  treatmentOption: z.string().min(20),
});
export type Conclusions = z.infer<typeof Conclusions>;

/** A reason to stop an adjunct, for the clinician and in plain words for the handout, with its sources. */
export const StopReason = z.strictObject({
  id: KebabId,
  clinician: z.string().min(5),
  plain: z.string().min(5),
  sourceIds: SourceIds,
});
export type StopReason = z.infer<typeof StopReason>;

/** A pointer from one question to another when patient factors show the other is the one being asked. */
export const CrossReference = z.strictObject({
  id: KebabId,
  fromConditionId: KebabId,
  toConditionId: KebabId,
  trigger: SafetyTrigger,
  text: z.string().min(20),
  sourceIds: SourceIds,
});

/** EHR code tables the CDS mapping reads (conditions and drugs carry their own codes). */
export const CodeTables = z.strictObject({
  /** SNOMED CT route codes → topical or systemic. */
  snomedRoutes: z.array(
    z.strictObject({ code: z.string(), display: z.string(), route: z.enum(['topical', 'systemic']) }),
  ),
  /**
   * Ingredients the knowledge base lists only as topical options but which are also given systemically: the
   * systemic form counts through these flags.
   */
  systemicForms: z.array(
    z.strictObject({ ingredient: z.string(), name: z.string(), flags: z.array(RegimenFlag).min(1) }),
  ),
});

export const KnowledgeBaseData = z.strictObject({
  release: Release,
  sources: z.array(Source),
  letterClaims: z.array(LetterClaim),
  factors: z.array(Factor),
  regimenFlags: z.array(RegimenFlagInfo),
  regimenOptions: z.array(RegimenOption),
  conditions: z.array(Condition),
  ingredients: z.array(Ingredient),
  adjuncts: z.array(Adjunct),
  statements: z.array(EvidenceStatement),
  conditionNotes: z.array(ConditionNote),
  safetyRules: z.array(SafetyRule),
  standardCaveats: z.array(StandardCaveat),
  /** Shown when a topical is in the regimen: an absence of reports, not proof of safety. */
  topicalInteractionNote: StandardCaveat,
  conclusions: Conclusions,
  crossReferences: z.array(CrossReference),
  /** When to stop any adjunct (besides "no response by the review time"), shown on every suggestion. */
  stopReasons: z.array(StopReason).min(1),
  codeTables: CodeTables,
});
export type KnowledgeBaseData = z.infer<typeof KnowledgeBaseData>;
export type KnowledgeBaseInput = z.input<typeof KnowledgeBaseData>;
