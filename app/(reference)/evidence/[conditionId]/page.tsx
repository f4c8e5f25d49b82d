import { notFound, permanentRedirect } from 'next/navigation';
import { getKnowledgeBase } from '@/lib/kb';

/** /evidence/{conditionId} has no page of its own: it is the condition page. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getKnowledgeBase().data.conditions.map((c) => ({ conditionId: c.id }));
}

export default async function EvidenceConditionRedirect(props: PageProps<'/evidence/[conditionId]'>) {
  const { conditionId } = await props.params;
  if (!getKnowledgeBase().conditionsById.has(conditionId)) notFound();
  permanentRedirect(`/conditions/${conditionId}`);
}
