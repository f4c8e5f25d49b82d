/**
 * For tests of the create-order path: the shipped knowledge base with a made-up medication code planted on every
 * product (no product has a real one yet), so cards offer draft orders as they will once a code system covers them.
 */
import { knowledgeBaseInput, loadKnowledgeBase } from '@/lib/kb';
import type { KnowledgeBase } from '@/lib/kb/model';

export const TEST_MEDICATION_SYSTEM = 'http://example.org/test-medication-codes';

let cached: KnowledgeBase | undefined;

export function kbWithTestOrderCodes(): KnowledgeBase {
  cached ??= loadKnowledgeBase({
    ...knowledgeBaseInput,
    adjuncts: knowledgeBaseInput.adjuncts.map((a) => ({
      ...a,
      orderCoding: [{ system: TEST_MEDICATION_SYSTEM, code: a.id.slice(0, 64), display: a.name }],
    })),
  });
  return cached;
}
