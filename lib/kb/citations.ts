/**
 * Reverse look-ups for the evidence pages: which knowledge-base items cite a source, and the links between items.
 * Pure; takes the loaded knowledge base as an argument.
 */
import type { KnowledgeBase } from './model';
import type {
  Adjunct,
  Condition,
  ConditionNote,
  EvidenceStatement,
  LetterClaim,
  RegimenOption,
  SafetyRule,
  Source,
  StandardCaveat,
} from './schema';

export interface SourceCitations {
  statements: { statement: EvidenceStatement; condition: Condition; adjunct: Adjunct }[];
  conditionSummaries: Condition[];
  conditionNotes: { note: ConditionNote; condition: Condition }[];
  /** Letter claims for which the letter gives this source as its reference. */
  letterClaimsCited: LetterClaim[];
  /** Letter claims whose appraisal (ours) rests on this source. */
  letterClaimsAppraisal: LetterClaim[];
  safetyRules: SafetyRule[];
  /** Standard caveats and the topical-interaction note. */
  caveats: StandardCaveat[];
  /** Co-therapies whose pregnancy, breastfeeding, paediatric or immunosuppression facts rest on this source. */
  regimenFacts: RegimenOption[];
}

/** Every source behind a product as studied: its trial, each part and each conflict-of-interest note. */
export function asStudiedSourceIds(adjunct: Adjunct): string[] {
  const x = adjunct.asStudied;
  return [
    x.trialSourceId,
    ...[x.product, x.form, x.dose, x.duration, x.background].flatMap((p) => p.sourceIds),
    ...x.conflicts.flatMap((c) => c.sourceIds),
  ];
}

export function citationsOf(kb: KnowledgeBase, sourceId: string): SourceCitations {
  const d = kb.data;
  return {
    statements: d.statements
      .filter((s) =>
        [
          s.sourceIds,
          ...s.excludedPatients.map((x) => x.sourceIds),
          ...s.studiedIn.map((x) => x.sourceIds),
          asStudiedSourceIds(kb.adjunctsById.get(s.adjunctId)!),
        ].some((ids) => ids.includes(sourceId)),
      )
      .map((statement) => ({
        statement,
        condition: kb.conditionsById.get(statement.conditionId)!,
        adjunct: kb.adjunctsById.get(statement.adjunctId)!,
      })),
    conditionSummaries: d.conditions.filter((c) => c.summarySourceIds.includes(sourceId)),
    conditionNotes: d.conditionNotes
      .filter((n) => n.sourceIds.includes(sourceId))
      .map((note) => ({ note, condition: kb.conditionsById.get(note.conditionId)! })),
    letterClaimsCited: d.letterClaims.filter((l) => l.citedSourceIds.includes(sourceId)),
    letterClaimsAppraisal: d.letterClaims.filter((l) => l.sourceIds.includes(sourceId)),
    safetyRules: kb.safetyRules.filter((r) => r.sourceIds.includes(sourceId)),
    caveats: [...d.standardCaveats, d.topicalInteractionNote].filter((c) => c.sourceIds.includes(sourceId)),
    regimenFacts: d.regimenOptions.filter((o) =>
      Object.values(o.safety).some((fact) => fact.sourceIds.includes(sourceId)),
    ),
  };
}

export function citationCount(c: SourceCitations): number {
  return (
    c.statements.length +
    c.conditionSummaries.length +
    c.conditionNotes.length +
    c.letterClaimsCited.length +
    c.letterClaimsAppraisal.length +
    c.safetyRules.length +
    c.caveats.length +
    c.regimenFacts.length
  );
}

/** Sources by id, in the order given; throws on an unknown id (the loader has already checked every reference). */
export function resolveSources(kb: KnowledgeBase, ids: readonly string[]): Source[] {
  return ids.map((id) => {
    const s = kb.sourcesById.get(id);
    if (!s) throw new Error(`Unknown source "${id}"`);
    return s;
  });
}

/** The evidence statement for a condition and adjunct, if the knowledge base grades that pair. */
export function findStatement(
  kb: KnowledgeBase,
  conditionId: string,
  adjunctId: string,
): EvidenceStatement | undefined {
  return kb.statementsByCondition.get(conditionId)?.find((s) => s.adjunctId === adjunctId);
}

/** Letter claims about a condition: the condition's own list, then any claim naming the condition. */
export function letterClaimsForCondition(kb: KnowledgeBase, condition: Condition): LetterClaim[] {
  const ids = new Set(condition.letterClaimIds);
  for (const l of kb.data.letterClaims) if (l.conditionIds.includes(condition.id)) ids.add(l.id);
  return [...ids].map((id) => kb.letterClaimsById.get(id)!);
}

/** The references the founding letter gives, each once, in the order its claims cite them. */
export function letterReferences(kb: KnowledgeBase): Source[] {
  const ids = [...new Set(kb.data.letterClaims.flatMap((l) => l.citedSourceIds))];
  return resolveSources(kb, ids);
}

/** Every evidence page address, as `{ conditionId, adjunctId }` pairs (one per evidence statement). */
export function evidencePageParams(kb: KnowledgeBase): { conditionId: string; adjunctId: string }[] {
  return kb.data.statements.map((s) => ({ conditionId: s.conditionId, adjunctId: s.adjunctId }));
}

export function evidencePath(statement: { conditionId: string; adjunctId: string }): string {
  return `/evidence/${statement.conditionId}/${statement.adjunctId}`;
}
