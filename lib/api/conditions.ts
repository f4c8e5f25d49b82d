/** The public DTO of GET /api/v1/conditions, built from the knowledge base. Pure. */
import type { KnowledgeBase } from '@/lib/kb/model';
import type { ConditionsResponse } from './schemas';
import type { EntrySearchTerms } from '@/lib/kb/schema';

const entryTerms = (t: EntrySearchTerms) => ({
  abbreviations: [...t.abbreviations],
  synonyms: [...t.synonyms],
  brands: [...t.brands],
});

export type { ConditionsResponse };

export function conditionsResponse(kb: KnowledgeBase): ConditionsResponse {
  return {
    rulesetVersion: kb.rulesetVersion,
    conditions: kb.data.conditions.map((c) => ({
      id: c.id,
      name: c.name,
      question: c.question,
      evidenceStatus: c.evidenceStatus,
      searchTerms: { abbreviations: [...c.searchTerms.abbreviations], synonyms: [...c.searchTerms.synonyms] },
      codes: {
        icd10: c.codes.icd10.map((x) => x.code),
        snomed: c.codes.snomed.map((x) => x.code),
        details: {
          icd10: c.codes.icd10,
          snomed: c.codes.snomed,
        },
      },
      regimenOptions: c.regimenOptionIds.map((id) => {
        const r = kb.regimenById.get(id)!;
        return {
          id: r.id,
          name: r.name,
          route: r.route,
          drugClass: r.drugClass,
          flags: r.flags,
          ingredients: [...r.ingredients],
          searchTerms: entryTerms(r.searchTerms),
        };
      }),
    })),
    factors: kb.data.factors.map((f) => ({
      id: f.id,
      name: f.name,
      description: f.description,
      searchTerms: { abbreviations: [...f.searchTerms.abbreviations], synonyms: [...f.searchTerms.synonyms] },
    })),
  };
}
