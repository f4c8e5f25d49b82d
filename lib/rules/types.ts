/** The recommendation the engine returns: the public contract of ../shared/design/api.md, plus added fields. */
import type { Certainty, Confidence, RegimenFlag, Severity, SourceType, Stance, Strength } from '@/lib/kb/schema';

/** A medicine the patient takes that is not one of the condition's regimen options (read from an EHR record). */
export interface OtherMedication {
  /** As the record names it. */
  label: string;
  /** The regimen option it matches, when it is one for another condition (e.g. isotretinoin in a rosacea answer). */
  optionId: string | null;
  /** Drug-class flags it carries. */
  flags: RegimenFlag[];
}

export interface RecommendationInput {
  condition: string;
  regimen: string[];
  factors: string[];
  /** Whole years, 0–120, or null when not given. With `ageMonths`, the whole years those months make. */
  age: number | null;
  /** Age in months (0–23) when given that way, for infants; null otherwise. */
  ageMonths?: number | null;
  /** Medicines outside the condition's regimen list: their safety rules apply all the same. */
  otherMedications?: OtherMedication[];
}

export interface CaveatOut {
  code: string;
  severity: Severity;
  text: string;
  sourceIds: string[];
}

/** One part of the product as studied, with how well it was checked (evidence addendum 2). */
export interface AsStudiedPartOut {
  part: 'product' | 'dose' | 'form' | 'duration' | 'background';
  /** Row label, e.g. "Background treatment". */
  label: string;
  /** What was read, or "Not reported in what we could read." when nothing was (`reported` false). */
  text: string;
  /** confirmed, partly (part read, sources disagree or summaries only), unverified (not read: never shown as fact). */
  confidence: Confidence;
  reported: boolean;
  /** For partly or unverified parts: what is not known and what that means for the prescriber. */
  unknown: string | null;
  sourceIds: string[];
}

export interface SuggestionOut {
  id: string;
  adjunct: {
    id: string;
    name: string;
    kind: 'probiotic' | 'prebiotic' | 'synbiotic';
    live: boolean;
    strains: string[];
    otherIngredients: string[];
    form: string;
    dose: string;
    duration: string;
    doseVerified: boolean;
    /** The product exactly as its trial gave it, part by part with confidence, and the trial's conflicts of interest. */
    asStudied: {
      trialSourceId: string;
      parts: AsStudiedPartOut[];
      conflicts: { text: string; confidence: Confidence; sourceIds: string[] }[];
    };
  };
  stance: Stance;
  /** The stance the evidence alone supports, before patient factors. */
  evidenceStance: Stance;
  evidence: {
    certainty: Certainty;
    strength: Strength;
    summary: string;
    population: string;
    outcome: string;
    effect: string;
    downgrades: { domain: string; reason: string }[];
    sourceIds: string[];
  };
  caveats: CaveatOut[];
  /** When to judge whether it worked and when to stop; null for an avoided product. */
  review: {
    /** The trial's length, when a response can be judged (null for prevention, or where the length was not reported). */
    afterWeeks: number | null;
    text: string;
    stopIf: string[];
    sourceIds: string[];
  } | null;
  rationale: string;
  evidenceUrl: string;
  trace: string[];
}

export interface AlertOut {
  code: string;
  severity: Severity;
  text: string;
  /** One line under 140 characters that names the subject (a CDS card's summary). */
  summary: string;
  sourceIds: string[];
  /**
   * The regimen options of the patient's own treatment this alert concerns (empty when it is about the products).
   * When any alert has them, nothing in the answer, the handout or a CDS card tells the patient to keep using them.
   */
  regimenIds: string[];
}

export interface SourceOut {
  id: string;
  type: SourceType;
  label: string;
  citation: string;
  year: number | null;
  doi: string | null;
  pmid: string | null;
  url: string;
  ocebmLevel: number;
}

export interface RecommendationOut {
  rulesetVersion: string;
  /** The knowledge-base release the answer comes from: its version, release date and when its content was last reviewed. */
  knowledgeBase: { version: string; releaseDate: string; lastReviewed: string };
  input: { condition: string; regimen: string[]; factors: string[]; age: number | null; ageMonths: number | null };
  /** True when an alert concerns the patient's own regimen: the doctor needs to review it. */
  regimenUnderReview: boolean;
  condition: {
    id: string;
    name: string;
    question: 'treatment' | 'prevention';
    evidenceStatus: 'some-evidence' | 'insufficient-evidence' | 'evidence-against-routine-use';
    summary: string;
    sourceIds: string[];
    conditionUrl: string;
  };
  /** One plain sentence on where the evidence stands for this question, never empty. */
  conclusion: { status: Stance | 'evidence-against-routine-use'; text: string };
  suggestions: SuggestionOut[];
  alerts: AlertOut[];
  notes: { id: string; kind: string; title: string; text: string; sourceIds: string[] }[];
  assumptions: { factor: string; text: string }[];
  sources: SourceOut[];
}
