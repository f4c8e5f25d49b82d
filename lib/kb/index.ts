/**
 * Loads the knowledge base: validates every record with Zod, checks cross-references, and derives the ruleset
 * version (release version + a hash of the content, so any content change changes the version).
 */
import { createHash } from 'node:crypto';
import { codeTables, conditions, factors, regimenFlags, regimenOptions } from './data/conditions';
import { adjuncts, conditionNotes, statements } from './data/evidence';
import { ingredients } from './data/ingredients';
import { letterClaims } from './data/letter';
import { regimenSafety } from './data/regimen-safety';
import { release } from './data/release';
import {
  conclusions,
  crossReferences,
  safetyRules,
  standardCaveats,
  stopReasons,
  topicalInteractionNote,
} from './data/safety';
import { sources } from './data/sources';
import { labelSources } from './data/sources-labels';
import { KnowledgeBaseData, type KnowledgeBaseInput } from './schema';
import { buildKnowledgeBase, type KnowledgeBase } from './model';

export type { KnowledgeBase } from './model';

/**
 * Joins each regimen option with its safety facts (kept in their own file, one entry per option). An option with no
 * entry keeps `safety` undefined, which the schema refuses: no option loads without its pregnancy, breastfeeding,
 * paediatric and immunosuppression facts.
 */
function withSafety(): KnowledgeBaseInput['regimenOptions'] {
  return regimenOptions.map((o) => ({ ...o, safety: regimenSafety[o.id]! }));
}

export const knowledgeBaseInput: KnowledgeBaseInput = {
  release,
  sources: [...sources, ...labelSources],
  letterClaims,
  factors,
  regimenFlags,
  regimenOptions: withSafety(),
  conditions,
  ingredients,
  adjuncts,
  statements,
  conditionNotes,
  safetyRules,
  standardCaveats,
  topicalInteractionNote,
  conclusions,
  crossReferences,
  stopReasons,
  codeTables,
};

export function contentHash(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 7);
}

/** Parses, cross-checks and indexes a knowledge base; throws with every problem listed if it is not valid. */
export function loadKnowledgeBase(input: KnowledgeBaseInput = knowledgeBaseInput): KnowledgeBase {
  const parsed = KnowledgeBaseData.safeParse(input);
  if (!parsed.success) {
    throw new Error(
      `The knowledge base does not validate:\n${parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  }
  return buildKnowledgeBase(parsed.data, `${parsed.data.release.version}+${contentHash(parsed.data)}`);
}

let cached: KnowledgeBase | undefined;

/** The shipped knowledge base, loaded once per process. */
export function getKnowledgeBase(): KnowledgeBase {
  cached ??= loadKnowledgeBase();
  return cached;
}
