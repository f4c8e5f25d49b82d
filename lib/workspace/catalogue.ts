/** What the workspace's pickers need from GET /api/v1/conditions, trimmed so the page sends no more than it uses. */
import type { ConditionsResponse } from '@/lib/api/conditions';

export interface CatalogueCondition {
  id: string;
  name: string;
  question: 'treatment' | 'prevention';
  icd10: string[];
  regimenOptions: { id: string; name: string; route: 'topical' | 'oral' | 'injection' }[];
}

export interface Catalogue {
  rulesetVersion: string;
  conditions: CatalogueCondition[];
  factors: { id: string; name: string; description: string }[];
}

export function workspaceCatalogue(response: ConditionsResponse): Catalogue {
  return {
    rulesetVersion: response.rulesetVersion,
    conditions: response.conditions.map((c) => ({
      id: c.id,
      name: c.name,
      question: c.question,
      icd10: c.codes.icd10,
      regimenOptions: c.regimenOptions.map((r) => ({ id: r.id, name: r.name, route: r.route })),
    })),
    factors: response.factors.map((f) => ({ id: f.id, name: f.name, description: f.description })),
  };
}
