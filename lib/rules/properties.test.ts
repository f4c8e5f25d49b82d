import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { HARD_RISKS } from '@/lib/kb/audit';
import { severityRank } from '@/lib/kb/schema';
import { permissiveness, recommend } from './engine';
import { validateRecommendationInput } from './input';
import { RecommendationResponse } from './response-schema';
import type { RecommendationInput, RecommendationOut } from './types';

const kb = getKnowledgeBase();
const factorIds = kb.data.factors.map((f) => f.id);
const riskFactorIds = kb.data.factors.filter((f) => f.kind === 'risk').map((f) => f.id);
const hardRiskFactors = kb.data.factors.filter((f) => f.hardRisk).map((f) => f.id);

const plausible = (input: RecommendationInput) => validateRecommendationInput(kb, input).ok;

/** Any valid, plausible input: a condition, some of its regimen options, some factors, an age in years or months. */
const validInput: fc.Arbitrary<RecommendationInput> = fc
  .constantFrom(...kb.data.conditions)
  .chain((condition) =>
    fc.oneof(
      fc.record({
        condition: fc.constant(condition.id),
        regimen: fc.subarray(condition.regimenOptionIds),
        factors: fc.subarray(factorIds),
        age: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
      }),
      fc.record({
        condition: fc.constant(condition.id),
        regimen: fc.subarray(condition.regimenOptionIds),
        factors: fc.subarray(factorIds),
        age: fc.constant(null),
        ageMonths: fc.integer({ min: 0, max: 23 }),
      }),
    ),
  )
  .map((input) => ('ageMonths' in input ? { ...input, age: Math.floor(input.ageMonths! / 12) } : input))
  .filter(plausible);

/**
 * `after` is at least as cautious as `before`: no stance more permissive, and no warning or critical alert gone or
 * lowered, unless a critical alert now stands in its place. Returns what broke, or null.
 */
function lessSafe(before: RecommendationOut, after: RecommendationOut): string | null {
  for (const s of before.suggestions) {
    const same = after.suggestions.find((x) => x.id === s.id)!;
    // A factor can put the patient inside a trial's population (pregnancy, for perinatal prevention): then the
    // evidence applies, which is not safety relaxing. Every safety alert is still compared below.
    const enteredPopulation = (x: typeof s) => x.caveats.filter((c) => c.text.startsWith('Studied only in')).length;
    if (enteredPopulation(same) < enteredPopulation(s)) continue;
    if (permissiveness(same.stance) > permissiveness(s.stance)) return `${s.id}: ${s.stance} → ${same.stance}`;
  }
  const critical = after.alerts.some((a) => a.severity === 'critical');
  for (const a of before.alerts) {
    if (a.severity === 'info') continue;
    const same = after.alerts.find((x) => x.code === a.code);
    if (same && severityRank(same.severity) < severityRank(a.severity))
      return `${a.code}: ${a.severity} → ${same.severity}`;
    if (!same && !(a.severity === 'warning' && critical)) return `${a.code} (${a.severity}) disappeared`;
  }
  return null;
}

describe('properties over all inputs', () => {
  it('the output validates against the response schema', () => {
    fc.assert(
      fc.property(validInput, (input) => RecommendationResponse.safeParse(recommend(kb, input)).success),
      { numRuns: 400 },
    );
  });

  it('every sourceIds entry resolves to an entry of sources in the same response', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const out = recommend(kb, input);
        const listed = new Set(out.sources.map((s) => s.id));
        const cited = [
          ...out.condition.sourceIds,
          ...out.suggestions.flatMap((s) => [...s.evidence.sourceIds, ...s.caveats.flatMap((c) => c.sourceIds)]),
          ...out.alerts.flatMap((a) => a.sourceIds),
          ...out.notes.flatMap((n) => n.sourceIds),
        ];
        return cited.every((id) => listed.has(id));
      }),
      { numRuns: 400 },
    );
  });

  it('adding a risk factor never makes an answer less cautious (leaving one out is never safer)', () => {
    fc.assert(
      fc.property(validInput, fc.constantFrom(...riskFactorIds), (input, extra) => {
        const more = { ...input, factors: [...new Set([...input.factors, extra])] };
        fc.pre(plausible(more));
        const broke = lessSafe(recommend(kb, input), recommend(kb, more));
        if (broke) throw new Error(`adding ${extra} to ${JSON.stringify(input)}: ${broke}`);
      }),
      { numRuns: 800 },
    );
  });

  it('adding a co-therapy never makes an answer less cautious', () => {
    fc.assert(
      fc.property(validInput, fc.nat(), (input, pick) => {
        const options = kb.conditionsById.get(input.condition)!.regimenOptionIds;
        const extra = options[pick % options.length]!;
        const broke = lessSafe(
          recommend(kb, input),
          recommend(kb, { ...input, regimen: [...new Set([...input.regimen, extra])] }),
        );
        if (broke) throw new Error(`adding ${extra} to ${JSON.stringify(input)}: ${broke}`);
      }),
      { numRuns: 600 },
    );
  });

  it('a younger infant never gets a less cautious answer', () => {
    fc.assert(
      fc.property(validInput, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 23 }), (input, a, b) => {
        const [older, younger] = [Math.max(a, b), Math.min(a, b)];
        // Factors that cannot hold for an infant (pregnancy, breastfeeding) are left out rather than rejected.
        const factors = input.factors.filter((f) => (kb.factorsById.get(f)?.plausibleAges?.min ?? 0) <= 0);
        const at = (m: number): RecommendationInput => ({
          condition: input.condition,
          regimen: input.regimen,
          factors,
          age: null,
          ageMonths: m,
        });
        fc.pre(plausible(at(older)) && plausible(at(younger)));
        const broke = lessSafe(recommend(kb, at(older)), recommend(kb, at(younger)));
        if (broke) throw new Error(`${older} → ${younger} months for ${JSON.stringify(input)}: ${broke}`);
      }),
      { numRuns: 400 },
    );
  });

  it('no product is "consider" (or "consider with caution") for a patient its trials left out', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const out = recommend(kb, input);
        return out.suggestions.every(
          (s) =>
            !s.caveats.some((c) => c.code === 'outside-studied-population' || c.code === 'outside-studied-ages') ||
            s.stance === 'insufficient-evidence' ||
            s.stance === 'avoid',
        );
      }),
      { numRuns: 400 },
    );
  });

  it('no live product is "consider" (or "consider with caution") under a hard risk', () => {
    fc.assert(
      fc.property(validInput, fc.constantFrom(...hardRiskFactors), (input, risk) => {
        const out = recommend(kb, { ...input, factors: [...new Set([...input.factors, risk])] });
        return out.suggestions.every((s) => !s.adjunct.live || s.stance === 'avoid');
      }),
      { numRuns: 400 },
    );
  });

  it('two or more immunosuppressive drugs are a hard stop for live products', () => {
    const psoriasis = kb.conditionsById.get('psoriasis')!;
    const suppressive = psoriasis.regimenOptionIds.filter((id) =>
      kb.regimenById.get(id)!.flags.some((f) => kb.flagsById.get(f)?.immunosuppressive),
    );
    fc.assert(
      fc.property(fc.subarray(suppressive, { minLength: 2 }), (regimen) => {
        const out = recommend(kb, { condition: 'psoriasis', regimen, factors: [], age: 50 });
        return (
          out.suggestions.every((s) => !s.adjunct.live || s.stance === 'avoid') &&
          out.alerts.some((a) => a.code === 'live-microbes-combined-immunosuppression' && a.severity === 'critical')
        );
      }),
      { numRuns: 100 },
    );
  });

  it('when an alert concerns the regimen, no caveat says to keep the treatment going alongside', () => {
    const alongside = kb.data.standardCaveats.find((c) => c.code === 'alongside-not-instead')!;
    fc.assert(
      fc.property(validInput, (input) => {
        const out = recommend(kb, input);
        if (!out.alerts.some((a) => a.regimenIds.length)) return true;
        return (
          out.regimenUnderReview && out.suggestions.every((s) => s.caveats.every((c) => c.text !== alongside.text))
        );
      }),
      { numRuns: 400 },
    );
  });

  it('every regimen option in the answer is covered when the patient is pregnant or breastfeeding', () => {
    fc.assert(
      fc.property(validInput, fc.constantFrom('pregnant', 'breastfeeding'), (input, factor) => {
        const asked = { ...input, factors: [...new Set([...input.factors, factor])] };
        fc.pre(plausible(asked));
        const out = recommend(kb, asked);
        const covered = new Set(out.alerts.flatMap((a) => a.regimenIds));
        return input.regimen.every((id) => covered.has(id));
      }),
      { numRuns: 300 },
    );
  });

  it('every suggestion carries at least one caveat about the limits of the evidence', () => {
    fc.assert(
      fc.property(validInput, (input) =>
        recommend(kb, input).suggestions.every((s) => s.caveats.some((c) => c.code === 'evidence-limits')),
      ),
      { numRuns: 200 },
    );
  });

  it('the same query on the same version gives the same body', () => {
    fc.assert(
      fc.property(
        validInput,
        (input) => JSON.stringify(recommend(kb, input)) === JSON.stringify(recommend(kb, structuredClone(input))),
      ),
      { numRuns: 200 },
    );
  });

  it('alerts are ordered by severity', () => {
    const rank = { critical: 0, warning: 1, info: 2 } as const;
    fc.assert(
      fc.property(validInput, (input) => {
        const severities = recommend(kb, input).alerts.map((a) => rank[a.severity]);
        return severities.every((v, i) => i === 0 || severities[i - 1]! <= v);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the hard-risk list the properties rely on', () => {
  it('includes every hard risk the brief names', () => {
    expect(hardRiskFactors).toEqual(expect.arrayContaining(HARD_RISKS));
  });
});
