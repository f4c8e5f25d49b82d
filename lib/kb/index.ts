/**
 * Loads the knowledge base: validates every record with Zod, checks cross-references, and derives the ruleset
 * version (release version + a hash of the content, so any content change changes the version).
 */
import { createHash } from 'node:crypto';
import { conditions, factors, regimenOptions } from './data/conditions';
import { adjuncts, conditionNotes, statements } from './data/evidence';
import { letterClaims } from './data/letter';
import { release } from './data/release';
import { safetyRules, standardCaveats, topicalInteractionNote } from './data/safety';
import { sources } from './data/sources';
import { KnowledgeBaseData, type KnowledgeBaseInput } from './schema';
import { buildKnowledgeBase, type KnowledgeBase } from './model';

export type { KnowledgeBase } from './model';

export const knowledgeBaseInput: KnowledgeBaseInput = {
  release,
  sources,
  letterClaims,
  factors,
  regimenOptions,
  conditions,
  adjuncts,
  statements,
  conditionNotes,
  safetyRules,
  standardCaveats,
  topicalInteractionNote,
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
