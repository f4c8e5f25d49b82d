/**
 * The knowledge base's rules of honesty, as a pure check that returns every violation found.
 * Tested on the shipped knowledge base (must be clean) and on planted violations (must be caught).
 */
import { crossReferenceProblems } from './model';
import { KnowledgeBaseData, type KnowledgeBaseInput } from './schema';

/** Words that claim more than this evidence can carry. Allowed only inside attributed quotations of the letter. */
export const OVERCLAIM =
  /\b(cure[sd]?|curative|proven|guarantee[sd]?|safe for everyone|completely safe|100% safe|harmless|miracle|definitive(?:ly)?|always works|clinically proven|no side effects|risk[- ]free)\b/i;

/**
 * Figures and names the evidence addendum left unverified ([M] in the fact sheet). They may shape a caveat in words
 * but must never appear as a number or a finding.
 */
export const UNCHECKED_FIGURES = [
  '2,599',
  '2599',
  '39 RCTs',
  '39 randomised',
  '−3.9',
  '-3.9',
  '8.7',
  'MegaSporeBiotic',
  'MegaPre',
  'Megaspore',
];

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

export function auditKnowledgeBase(input: KnowledgeBaseInput): string[] {
  const parsed = KnowledgeBaseData.safeParse(input);
  if (!parsed.success) return parsed.error.issues.map((i) => `schema: ${i.path.join('.')}: ${i.message}`);
  const data = parsed.data;
  const problems = crossReferenceProblems(data);

  for (const s of data.sources) {
    if (!s.doi && !s.pmid && !s.pmcid && !s.url)
      problems.push(`source ${s.id} has no DOI, PMID, PMC id or publication URL`);
  }

  const sources = new Map(data.sources.map((s) => [s.id, s]));
  for (const st of data.statements) {
    if (st.certainty === 'high')
      problems.push(`statement ${st.id} is graded high certainty: nothing in this field carries high certainty`);
    if (st.certainty === 'moderate' && !st.sourceIds.some((id) => sources.get(id)?.supportsModerateCertainty)) {
      problems.push(
        `statement ${st.id} is graded moderate without a Cochrane-level or large consistent meta-analysis among its sources`,
      );
    }
    if (st.downgrades.length === 0 && st.certainty !== 'high') {
      problems.push(`statement ${st.id} is rated below high but gives no reason for rating down`);
    }
    if (st.baseStance === 'consider' && st.certainty === 'very-low') {
      problems.push(`statement ${st.id} suggests "consider" on very low certainty evidence`);
    }
    const adjunct = data.adjuncts.find((a) => a.id === st.adjunctId);
    if (st.baseStance === 'consider' && adjunct?.organisms.some((o) => !o.strain)) {
      problems.push(
        `statement ${st.id} suggests "consider" for a product whose strains are not all named (no product can be matched to it)`,
      );
    }
  }

  for (const [path, text] of strings(data, '')) {
    if (/^letterClaims\[\d+\]\.quote$/.test(path)) continue;
    const overclaim = OVERCLAIM.exec(text);
    if (overclaim) problems.push(`${path} overclaims ("${overclaim[0]}") outside a quotation of the letter`);
    for (const figure of UNCHECKED_FIGURES) {
      if (text.includes(figure))
        problems.push(`${path} states "${figure}", which the evidence addendum left unverified`);
    }
  }
  return problems;
}
