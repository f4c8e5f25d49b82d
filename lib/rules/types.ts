/** The recommendation the engine returns: the public contract of ../shared/design/api.md, plus added fields. */
import type { Certainty, Severity, SourceType, Stance, Strength } from '@/lib/kb/schema';

export interface RecommendationInput {
  condition: string;
  regimen: string[];
  factors: string[];
  /** Whole years, 0–120, or null when not given. */
  age: number | null;
}

export interface CaveatOut {
  code: string;
  severity: Severity;
  text: string;
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
  rationale: string;
  evidenceUrl: string;
  trace: string[];
}

export interface AlertOut {
  code: string;
  severity: Severity;
  text: string;
  sourceIds: string[];
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
  input: RecommendationInput;
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
