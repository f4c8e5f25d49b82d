/** AllergyIntolerance → patient factors (KB allergy codes and words). */
import type { KnowledgeBase } from '@/lib/kb/model';
import type { CodeableConcept, FhirAllergyIntolerance } from '../schemas';
import { codings, statusCode, SYSTEM } from './codes';
import { containsWord, shorten } from './words';

export function allergyFactors(kb: KnowledgeBase, a: FhirAllergyIntolerance): { factorId: string; via: string }[] {
  const clinical = statusCode(a.clinicalStatus);
  const verification = statusCode(a.verificationStatus);
  if (
    clinical === 'inactive' ||
    clinical === 'resolved' ||
    verification === 'refuted' ||
    verification === 'entered-in-error'
  )
    return [];
  const concepts = [a.code, ...(a.reaction ?? []).map((r) => r.substance)].filter(
    (c): c is CodeableConcept => c !== undefined,
  );
  const texts = concepts
    .flatMap((c) => [c.text ?? '', ...codings(c).map((x) => x.display ?? '')])
    .join(' | ')
    .toLowerCase();
  const codes = concepts.flatMap((c) =>
    codings(c)
      .filter((x) => x.system === SYSTEM.snomed)
      .map((x) => x.code),
  );
  const label = shorten(a.code?.text ?? codings(a.code).find((c) => c.display)?.display ?? 'allergy');
  const out: { factorId: string; via: string }[] = [];
  for (const factor of kb.data.factors) {
    const match = factor.fromAllergy;
    if (!match) continue;
    const byCode = match.snomed.some((c) => codes.includes(c.code));
    const byWord =
      match.words.some((w) => containsWord(texts, w)) && !match.unlessWords.some((w) => containsWord(texts, w));
    if (byCode || byWord) out.push({ factorId: factor.id, via: `allergy: ${label}` });
  }
  return out;
}
