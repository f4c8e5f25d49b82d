/**
 * For tests of the create-order path: the shipped knowledge base with a made-up medication code planted on every
 * product (no product has a real one yet), so cards offer draft orders as they will once a code system covers them.
 */
import { knowledgeBaseInput, loadKnowledgeBase } from '@/lib/kb';
import type { KnowledgeBase } from '@/lib/kb/model';
import { withTestOrderCodes } from '@/lib/kb/testing';

export { TEST_MEDICATION_SYSTEM } from '@/lib/kb/testing';

let cached: KnowledgeBase | undefined;

export function kbWithTestOrderCodes(): KnowledgeBase {
  cached ??= loadKnowledgeBase(withTestOrderCodes(knowledgeBaseInput));
  return cached;
}
