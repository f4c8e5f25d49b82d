/** The engine's rules, each tested on a tiny knowledge base built for the test (lib/kb/testing.ts). */
import { describe, expect, it } from 'vitest';
import { tinyKnowledgeBase } from '@/lib/kb/testing';
import type { SafetyRuleInput } from '@/lib/kb/schema';
import { validateRecommendationInput } from './input';
import { recommend } from './engine';
import type { RecommendationInput } from './types';

const ask = (input: Partial<RecommendationInput>): RecommendationInput => ({
  condition: 'test-condition',
  regimen: [],
  factors: [],
  age: 30,
  ...input,
});
const stanceOf = (out: ReturnType<typeof recommend>, adjunctId: string) =>
  out.suggestions.find((s) => s.adjunct.id === adjunctId)!.stance;

const ingredientRule = (over: Partial<SafetyRuleInput>): SafetyRuleInput => ({
  id: 'alga-autoimmune',
  topic: 'autoimmune',
  trigger: { factor: 'autoimmune-disease' },
  appliesTo: { ingredient: 'alga' },
  effect: 'avoid',
  severity: 'warning',
  alertCode: 'alga-autoimmune',
  text: 'Autoimmune disease: avoid the test alga (test rule).',
  caveat: 'Not with autoimmune disease (test).',
  sourceIds: ['trial'],
  ...over,
});

describe('ingredient rules', () => {
  it('reach every product that contains the ingredient, and no other', () => {
    const kb = tinyKnowledgeBase((d) => d.safetyRules.push(ingredientRule({})));
    const out = recommend(kb, ask({ factors: ['autoimmune-disease'] }));
    expect(stanceOf(out, 'bug-with-alga')).toBe('avoid');
    expect(stanceOf(out, 'bug-only')).toBe('consider');
    expect(stanceOf(out, 'fibre-only')).toBe('consider');
    expect(out.suggestions.find((s) => s.adjunct.id === 'bug-with-alga')!.caveats.map((c) => c.code)).toContain(
      'alga-autoimmune',
    );
    expect(out.alerts.map((a) => a.code)).toContain('alga-autoimmune');
  });

  it('reach a new product that contains the ingredient without any new rule', () => {
    const kb = tinyKnowledgeBase((d) => {
      d.safetyRules.push(ingredientRule({}));
      d.adjuncts.push({ ...d.adjuncts[2]!, id: 'fibre-with-alga', ingredientIds: ['fibre', 'alga'] });
      d.statements.push({ ...d.statements[2]!, id: 'test-fibre-with-alga', adjunctId: 'fibre-with-alga' });
    });
    expect(stanceOf(recommend(kb, ask({ factors: ['autoimmune-disease'] })), 'fibre-with-alga')).toBe('avoid');
  });

  it('with an `always` trigger, put their caveat on the card of every product that contains it', () => {
    const kb = tinyKnowledgeBase((d) =>
      d.safetyRules.push(
        ingredientRule({
          id: 'alga-contamination',
          alertCode: 'alga-contamination',
          trigger: { always: true },
          effect: 'advice',
        }),
      ),
    );
    const out = recommend(kb, ask({}));
    const codes = (id: string) => out.suggestions.find((s) => s.adjunct.id === id)!.caveats.map((c) => c.code);
    expect(codes('bug-with-alga')).toContain('alga-contamination');
    expect(codes('bug-only')).not.toContain('alga-contamination');
    expect(stanceOf(out, 'bug-with-alga')).toBe('consider');
  });
});

describe('alerts fire only when they matter', () => {
  it('an alert about a kind of product appears only when such a product is in the answer', () => {
    const yeastRule = ingredientRule({
      id: 'yeast-rule',
      alertCode: 'yeast-rule',
      appliesTo: 'yeast',
      trigger: { factor: 'oral-antibiotics' },
    });
    const kb = tinyKnowledgeBase((d) => d.safetyRules.push(yeastRule));
    expect(recommend(kb, ask({ factors: ['oral-antibiotics'] })).alerts.map((a) => a.code)).not.toContain('yeast-rule');
    const withYeast = tinyKnowledgeBase((d) => {
      d.safetyRules.push(yeastRule);
      d.ingredients.push({ id: 'yeast', name: 'Test yeast', kind: 'yeast', live: true });
      d.adjuncts[0]!.ingredientIds.push('yeast');
    });
    expect(recommend(withYeast, ask({ factors: ['oral-antibiotics'] })).alerts.map((a) => a.code)).toContain(
      'yeast-rule',
    );
  });
});

describe('co-therapy label facts', () => {
  const kb = tinyKnowledgeBase();

  it('a drug contraindicated in pregnancy gives a critical alert with its wash-out and programme', () => {
    const out = recommend(kb, ask({ regimen: ['teratogen'], factors: ['pregnant'] }));
    const alert = out.alerts.find((a) => a.code === 'regimen-pregnancy-teratogen')!;
    expect(alert).toMatchObject({ severity: 'critical', regimenIds: ['teratogen'], sourceIds: ['label'] });
    expect(alert.text).toMatch(/contraindicated/);
    expect(alert.text).toMatch(/1 month/);
    expect(alert.text).toMatch(/test prevention programme/);
    expect(out.alerts[0]!.code).toBe('regimen-pregnancy-teratogen');
  });

  it('a drug with nothing read says so, rather than staying silent', () => {
    const out = recommend(kb, ask({ regimen: ['cream'], factors: ['pregnant'] }));
    const alert = out.alerts.find((a) => a.regimenIds.includes('cream'))!;
    expect(alert.severity).toBe('info');
    expect(alert.text).toMatch(/Nothing read on pregnancy/);
  });

  it('is silent when the factor is absent', () => {
    const out = recommend(kb, ask({ regimen: ['teratogen', 'cream'] }));
    expect(out.alerts.filter((a) => a.regimenIds.length)).toEqual([]);
    expect(out.regimenUnderReview).toBe(false);
  });

  it('below the label age gives a warning about that drug', () => {
    const out = recommend(kb, ask({ regimen: ['teratogen'], age: 10 }));
    expect(out.alerts.find((a) => a.code === 'regimen-paediatric-teratogen')).toMatchObject({ severity: 'warning' });
    expect(
      recommend(kb, ask({ regimen: ['teratogen'], age: 12 })).alerts.some(
        (a) => a.code === 'regimen-paediatric-teratogen',
      ),
    ).toBe(false);
  });

  it('when any alert concerns the regimen, no caveat says to keep the treatment alongside', () => {
    const plain = recommend(kb, ask({ regimen: ['teratogen'] }));
    expect(plain.suggestions[0]!.caveats.find((c) => c.code === 'alongside-not-instead')!.text).toMatch(/alongside/);
    const review = recommend(kb, ask({ regimen: ['teratogen'], factors: ['pregnant'] }));
    expect(review.regimenUnderReview).toBe(true);
    for (const s of review.suggestions) {
      const text = s.caveats.find((c) => c.code === 'alongside-not-instead')!.text;
      expect(text).toMatch(/needs review/);
      expect(text).not.toMatch(/alongside/);
    }
  });

  it('applies to a drug among the other medicines as to one in the regimen', () => {
    const out = recommend(
      kb,
      ask({
        factors: ['pregnant'],
        otherMedications: [{ label: 'Teratogenicum 20 mg', optionId: 'teratogen', flags: [] }],
      }),
    );
    const alert = out.alerts.find((a) => a.code === 'regimen-pregnancy-teratogen')!;
    expect(alert.severity).toBe('critical');
    expect(alert.text).toMatch(/From the record: Teratogenicum 20 mg/);
  });
});

describe('cumulative immunosuppression', () => {
  const kb = tinyKnowledgeBase((d) =>
    d.safetyRules.push(
      ingredientRule({
        id: 'combined',
        topic: 'immunocompromise',
        trigger: { immunosuppressiveDrugsAtLeast: 2 },
        appliesTo: 'live',
        severity: 'critical',
        alertCode: 'combined',
        text: 'Combined immunosuppression ({drugs}): avoid live products (test).',
      }),
    ),
  );

  it('one immunosuppressant does not trigger it; two do, and the alert names them', () => {
    expect(stanceOf(recommend(kb, ask({ regimen: ['suppressant-a'] })), 'bug-only')).toBe('consider');
    const out = recommend(kb, ask({ regimen: ['suppressant-a', 'suppressant-b'] }));
    expect(stanceOf(out, 'bug-only')).toBe('avoid');
    expect(stanceOf(out, 'fibre-only')).toBe('consider');
    expect(out.alerts.find((a) => a.code === 'combined')!.text).toMatch(/Immunosuppressant A \+ Immunosuppressant B/);
  });

  it('counts a drug from the record that is not in the regimen list', () => {
    const out = recommend(
      kb,
      ask({
        regimen: ['suppressant-a'],
        otherMedications: [{ label: 'Adalimumab pen', optionId: null, flags: ['biologic'] }],
      }),
    );
    expect(stanceOf(out, 'bug-only')).toBe('avoid');
  });
});

describe('implied factors, ages and implausible input', () => {
  const kb = tinyKnowledgeBase();

  it('a drug flag implies its factor, so the factor is not listed as assumed absent', () => {
    const out = recommend(kb, ask({ regimen: ['antibiotic'] }));
    expect(out.assumptions.map((a) => a.factor)).not.toContain('oral-antibiotics');
  });

  it('ages in months count as fractions of a year and are echoed', () => {
    const out = recommend(kb, ask({ age: 0, ageMonths: 8 }));
    expect(out.input).toMatchObject({ age: 0, ageMonths: 8 });
    expect(out.suggestions[0]!.caveats.find((c) => c.code === 'outside-studied-ages')!.text).toMatch(/8 months/);
  });

  it('ages over 89 are written as 90 or older', () => {
    const out = recommend(kb, ask({ age: 104 }));
    expect(out.suggestions[0]!.caveats.find((c) => c.code === 'outside-studied-ages')!.text).toMatch(/90 or older/);
  });

  it('refuses factors that cannot hold at the age given, or together, naming them', () => {
    const bad = validateRecommendationInput(kb, {
      condition: 'test-condition',
      regimen: [],
      factors: ['pregnant'],
      age: 3,
    });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]!.message).toMatch(/Pregnant.*not plausible at age 3/);
    const both = validateRecommendationInput(kb, {
      condition: 'test-condition',
      regimen: [],
      factors: ['newborn', 'pregnant'],
      age: null,
    });
    expect(!both.ok && both.errors.map((e) => e.message).join(' ')).toMatch(/cannot both apply/);
    const months = validateRecommendationInput(kb, {
      condition: 'test-condition',
      regimen: [],
      factors: [],
      age: null,
      ageMonths: '8',
    });
    expect(months.ok && months.value).toMatchObject({ age: 0, ageMonths: 8 });
    const twice = validateRecommendationInput(kb, {
      condition: 'test-condition',
      regimen: [],
      factors: [],
      age: 1,
      ageMonths: 8,
    });
    expect(twice.ok).toBe(false);
    const tooMany = validateRecommendationInput(kb, {
      condition: 'test-condition',
      regimen: [],
      factors: [],
      age: null,
      ageMonths: 30,
    });
    expect(tooMany.ok).toBe(false);
  });
});

describe('when to judge a product', () => {
  const reviewOf = (edit: Parameters<typeof tinyKnowledgeBase>[0]) =>
    recommend(tinyKnowledgeBase(edit), ask({})).suggestions.find((s) => s.adjunct.id === 'bug-only')!.review!;

  it('a treatment trial of unreported length gives no review time and says so, never "a set time"', () => {
    const review = reviewOf((d) => {
      d.statements.find((s) => s.adjunctId === 'bug-only')!.reviewAfter = null;
    });
    expect(review.afterWeeks).toBeNull();
    expect(review.text).toMatch(/length was not reported/);
    expect(review.text).not.toMatch(/set time/);
  });

  it('prevention, given for a set time, is not judged by response', () => {
    const review = reviewOf((d) => {
      d.conditions[0]!.question = 'prevention';
      d.statements.find((s) => s.adjunctId === 'bug-only')!.reviewAfter = null;
    });
    expect(review.text).toMatch(/^Given for a set time/);
  });
});

describe('the product as studied', () => {
  const studied = (edit: Parameters<typeof tinyKnowledgeBase>[0]) =>
    recommend(tinyKnowledgeBase(edit), ask({})).suggestions.find((s) => s.adjunct.id === 'bug-only')!.adjunct.asStudied;

  it('says "not reported" for a part no source reported, and keeps what is unknown beside it', () => {
    const out = studied((d) => {
      const a = d.adjuncts.find((x) => x.id === 'bug-only')!;
      a.asStudied = {
        ...a.asStudied,
        background: {
          text: null,
          confidence: 'unverified',
          unknown: 'Whether the test trial gave anything alongside was not reported.',
          sourceIds: ['trial'],
        },
      };
    });
    expect(out.parts.find((p) => p.part === 'background')).toEqual({
      part: 'background',
      label: 'Background treatment',
      text: 'Not reported in what we could read.',
      confidence: 'unverified',
      reported: false,
      unknown: 'Whether the test trial gave anything alongside was not reported.',
      sourceIds: ['trial'],
    });
  });

  it('gives the dose, form and duration in the adjunct’s own words, with their confidence', () => {
    const out = studied(() => {});
    expect(out.parts.map((p) => [p.part, p.text, p.confidence])).toEqual([
      ['product', 'Test product from Test Ltd', 'confirmed'],
      ['dose', '1 a day', 'confirmed'],
      ['form', 'Capsule', 'confirmed'],
      ['duration', '12 weeks', 'confirmed'],
      ['background', 'None: the test trial gave nothing alongside', 'confirmed'],
    ]);
  });

  it('names the unknown part of a dose in its caveat, never "use it as studied"', () => {
    const kb = tinyKnowledgeBase((d) => {
      const a = d.adjuncts.find((x) => x.id === 'bug-only')!;
      a.doseVerified = false;
      a.asStudied = {
        ...a.asStudied,
        dose: { confidence: 'partly', unknown: 'The amount per capsule was not reported.', sourceIds: ['trial'] },
      };
    });
    const s = recommend(kb, ask({})).suggestions.find((x) => x.adjunct.id === 'bug-only')!;
    const caveat = s.caveats.find((c) => c.code === 'dose-unverified')!;
    expect(caveat.text).toMatch(/not fully known: the amount per capsule was not reported\./);
    expect(caveat.text).not.toMatch(/\b(use|take|give) (the product |it )?as studied\b/i);
  });
});
