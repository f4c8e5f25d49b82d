/** What the workspace's pickers need from GET /api/v1/conditions, trimmed so the page sends no more than it uses. */
import type { ConditionsResponse } from '@/lib/api/conditions';

export interface CatalogueCondition {
  id: string;
  name: string;
  question: 'treatment' | 'prevention';
  icd10: string[];
  /** Abbreviations ("AD") and other names ("eczema") the condition search also matches. */
  abbreviations: string[];
  synonyms: string[];
  regimenOptions: CatalogueRegimenOption[];
}

/** What the quick-add field matches besides the name (from the knowledge base). */
export interface EntryTerms {
  abbreviations: string[];
  synonyms: string[];
  brands: string[];
}

export interface CatalogueRegimenOption {
  id: string;
  name: string;
  route: 'topical' | 'oral' | 'injection';
  drugClass: string;
  ingredients: string[];
  terms: EntryTerms;
}

/** How the factor picker groups the factors, in the order shown. */
export const FACTOR_GROUPS = [
  { id: 'hard-risk', legend: 'Serious risks (no live product)' },
  { id: 'other-risk', legend: 'Other risks and medicines' },
  { id: 'allergy', legend: 'Allergies and intolerances' },
  { id: 'context', legend: 'Context' },
] as const;
export type FactorGroup = (typeof FACTOR_GROUPS)[number]['id'];

export interface CatalogueFactor {
  id: string;
  name: string;
  description: string;
  group: FactorGroup;
  terms: EntryTerms;
}

export interface Catalogue {
  rulesetVersion: string;
  conditions: CatalogueCondition[];
  factors: CatalogueFactor[];
}

/** What the knowledge base records about a factor that decides its group (lib/kb's Factor has these fields). */
export interface FactorTraits {
  id: string;
  kind?: 'risk' | 'context';
  hardRisk?: boolean;
  fromAllergy?: unknown;
}

/** A factor's group: a hard risk, a context fact, an allergy or intolerance, or another risk. */
export function factorGroup(traits: FactorTraits | undefined): FactorGroup {
  if (!traits) return 'other-risk';
  if (traits.hardRisk) return 'hard-risk';
  if (traits.kind === 'context') return 'context';
  if (traits.fromAllergy !== undefined || /-(allergy|intolerance)$/.test(traits.id)) return 'allergy';
  return 'other-risk';
}

/**
 * The catalogue for the pickers. `traits` (read from the knowledge base on the server) groups the factors; without
 * them every factor is an "other risk".
 */
export function workspaceCatalogue(response: ConditionsResponse, traits: readonly FactorTraits[] = []): Catalogue {
  const traitsById = new Map(traits.map((t) => [t.id, t]));
  return {
    rulesetVersion: response.rulesetVersion,
    conditions: response.conditions.map((c) => ({
      id: c.id,
      name: c.name,
      question: c.question,
      icd10: c.codes.icd10,
      abbreviations: c.searchTerms.abbreviations,
      synonyms: c.searchTerms.synonyms,
      regimenOptions: c.regimenOptions.map((r) => ({
        id: r.id,
        name: r.name,
        route: r.route,
        drugClass: r.drugClass,
        ingredients: r.ingredients,
        terms: r.searchTerms,
      })),
    })),
    factors: response.factors.map((f) => ({
      id: f.id,
      name: f.name,
      description: f.description,
      group: factorGroup(traitsById.get(f.id)),
      terms: { ...f.searchTerms, brands: [] },
    })),
  };
}
