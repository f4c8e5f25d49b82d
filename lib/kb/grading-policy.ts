/**
 * The grading rules, written once: the methods page shows them and docs/knowledge-base.md carries them between
 * `<!-- grading-policy:start -->` and `<!-- grading-policy:end -->` (`npm run docs:generate` writes it; `npm run lint` fails
 * when it differs). The honesty audit (lib/kb/audit.ts) is what enforces them; this is how they read.
 */
export interface GradingRule {
  id: 'ocebm' | 'grade' | 'sort' | 'stance' | 'patient-factors' | 'strain';
  title: string;
  /** Plain text; `backticks` mark field names and are shown as code. */
  text: string;
}

export const GRADING_POLICY: readonly GradingRule[] = [
  {
    id: 'ocebm',
    title: 'OCEBM 2011 level of each source',
    text:
      'Every source carries an Oxford Centre for Evidence-Based Medicine (2011) level for questions of treatment ' +
      'benefit: 1 systematic review of randomised trials (and guidelines built on them), 2 randomised trial, 3 ' +
      'non-randomised controlled study, 4 case series or reports, 5 mechanism-based reasoning, narrative reviews and ' +
      'the founding letter. Guidelines, regulatory reports and other documents are not studies of that kind; for them ' +
      'the level is the closest fit.',
  },
  {
    id: 'grade',
    title: 'GRADE certainty',
    text:
      'Certainty is rated for each condition and product from the studies underneath, never from the wording of the ' +
      'letter. Randomised trials start at high and other designs at low; certainty is rated down for risk of bias, ' +
      'inconsistency, indirectness, imprecision and publication bias, and every downgrade is written down. Nothing ' +
      'is rated high. Moderate is allowed only where a Cochrane-level review or a large, consistent meta-analysis of ' +
      'that condition supports it (`supportsModerateCertainty`).',
  },
  {
    id: 'sort',
    title: 'SORT strength',
    text:
      'The Strength of Recommendation Taxonomy rates how strongly the body of evidence supports acting on it: B for ' +
      'limited-quality patient-oriented evidence from randomised trials; C for opinion, disease-oriented outcomes, ' +
      'non-randomised designs or indirect populations. Nothing is rated A.',
  },
  {
    id: 'stance',
    title: 'Stance from the evidence',
    text:
      '“Consider” needs at least low certainty from a randomised trial (OCEBM level 2 or better) of that exact ' +
      'product, with every strain named. Very low certainty, indirect populations or conflicting higher-level ' +
      'evidence give “Insufficient evidence”. No stance is above what its condition’s evidence status allows.',
  },
  {
    id: 'patient-factors',
    title: 'Patient factors and the regimen only lower a stance',
    text:
      'A hard risk sets “Avoid”, a caution lowers a stance to “Consider with caution” at most, and a patient outside ' +
      'the ages or population studied gets “Insufficient evidence”. Some checks only add an alert. Adding a risk ' +
      'factor, a co-therapy or an earlier age never makes an answer more permissive. Factors that are not entered ' +
      'are taken as absent, and every answer lists those assumptions.',
  },
  {
    id: 'strain',
    title: 'Strain-specific',
    text:
      'An effect found for one strain or mix is never attached to another. Trials whose strain was not checked and ' +
      'pooled analyses of mixed strains are shown as condition notes, not as products.',
  },
];

export const gradingRule = (id: GradingRule['id']): GradingRule => GRADING_POLICY.find((r) => r.id === id)!;

/** The policy as a markdown list, for docs/knowledge-base.md. */
export function gradingPolicyMarkdown(): string {
  return GRADING_POLICY.map((r) => `- **${r.title}.** ${r.text}`).join('\n');
}
