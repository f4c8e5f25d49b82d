import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { permissiveness, recommend } from './engine';
import { RecommendationResponse } from './response-schema';
import type { RecommendationInput } from './types';

const kb = getKnowledgeBase();
const factorIds = kb.data.factors.map((f) => f.id);
const hardRiskFactors = kb.data.safetyRules
  .filter((r) => r.effect === 'avoid' && r.appliesTo === 'live' && 'factor' in r.trigger)
  .map((r) => (r.trigger as { factor: string }).factor);

/** Any valid input: a condition, a subset of its regimen options, a subset of the factors, and an age or none. */
const validInput: fc.Arbitrary<RecommendationInput> = fc.constantFrom(...kb.data.conditions).chain((condition) =>
  fc.record({
    condition: fc.constant(condition.id),
    regimen: fc.subarray(condition.regimenOptionIds),
    factors: fc.subarray(factorIds),
    age: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
  }),
);

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

  it('adding a risk factor never makes any stance more permissive', () => {
    fc.assert(
      fc.property(validInput, fc.constantFrom(...factorIds), (input, extra) => {
        const before = recommend(kb, input);
        const after = recommend(kb, { ...input, factors: [...new Set([...input.factors, extra])] });
        return before.suggestions.every((s) => {
          const same = after.suggestions.find((x) => x.id === s.id)!;
          return permissiveness(same.stance) <= permissiveness(s.stance);
        });
      }),
      { numRuns: 600 },
    );
  });

  it('adding a regimen item never makes any stance more permissive', () => {
    fc.assert(
      fc.property(validInput, fc.nat(), (input, pick) => {
        const options = kb.conditionsById.get(input.condition)!.regimenOptionIds;
        const extra = options[pick % options.length]!;
        const before = recommend(kb, input);
        const after = recommend(kb, { ...input, regimen: [...new Set([...input.regimen, extra])] });
        return before.suggestions.every(
          (s) => permissiveness(after.suggestions.find((x) => x.id === s.id)!.stance) <= permissiveness(s.stance),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('no live microbe is "consider" (or "consider with caution") under a hard risk', () => {
    fc.assert(
      fc.property(validInput, fc.constantFrom(...hardRiskFactors), (input, risk) => {
        const out = recommend(kb, { ...input, factors: [...new Set([...input.factors, risk])] });
        return out.suggestions.every((s) => !s.adjunct.live || s.stance === 'avoid');
      }),
      { numRuns: 400 },
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
      {
        numRuns: 200,
      },
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
  it('includes the risks the brief names', () => {
    expect(hardRiskFactors).toEqual(
      expect.arrayContaining([
        'immunocompromised',
        'central-venous-catheter',
        'critically-ill',
        'preterm-or-hospitalised-neonate',
      ]),
    );
  });
});
