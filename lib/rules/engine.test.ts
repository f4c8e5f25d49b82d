import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { recommend } from './engine';
import { Personas } from './personas';
import { RecommendationResponse } from './response-schema';
import type { RecommendationInput, RecommendationOut } from './types';

const kb = getKnowledgeBase();
const run = (input: RecommendationInput): RecommendationOut =>
  RecommendationResponse.parse(recommend(kb, input)) as RecommendationOut;
const suggestion = (out: RecommendationOut, adjunctId: string) => {
  const s = out.suggestions.find((x) => x.adjunct.id === adjunctId);
  if (!s) throw new Error(`no suggestion ${adjunctId} in ${out.suggestions.map((x) => x.id).join(', ')}`);
  return s;
};
const alertCodes = (out: RecommendationOut) => out.alerts.map((a) => a.code);
const caveatCodes = (out: RecommendationOut, adjunctId: string) =>
  suggestion(out, adjunctId).caveats.map((c) => c.code);

describe('acne', () => {
  it('on doxycycline: outside the trial that excluded antibiotics, spacing advice, topicals "none documented"', () => {
    const out = run(Personas.acneOnDoxycycline);
    expect(suggestion(out, 'jung-three-strain-lactobacillus-bifidobacterium').stance).toBe('insufficient-evidence');
    const eguren = suggestion(out, 'lactobacillus-rhamnosus-cect-30031-arthrospira');
    expect(eguren.evidenceStance).toBe('consider');
    expect(eguren.stance).toBe('insufficient-evidence');
    expect(eguren.caveats.find((c) => c.code === 'outside-studied-population')?.text).toMatch(
      /excluded patients who used antibiotics or antifungals.*previous 2 weeks/,
    );
    expect(suggestion(out, 'lactobacillus-rhamnosus-sp1').stance).toBe('insufficient-evidence');
    const spacing = out.alerts.find((a) => a.code === 'oral-antibiotic-spacing');
    expect(spacing?.severity).toBe('warning');
    expect(spacing?.text).toMatch(/2 hours apart/);
    expect(caveatCodes(out, 'jung-three-strain-lactobacillus-bifidobacterium')).toContain('oral-antibiotic-spacing');
    const topicals = suggestion(out, 'jung-three-strain-lactobacillus-bifidobacterium').caveats.find(
      (c) => c.code === 'no-known-interaction-topicals',
    );
    expect(topicals?.text).toMatch(
      /^Adapalene.*Benzoyl peroxide.*No interaction .* is documented. That is an absence of reports, not proof of safety/,
    );
    expect(out.assumptions.map((a) => a.factor)).not.toContain('oral-antibiotics');
  });

  it('unverified dose is said plainly', () => {
    const out = run(Personas.acneOnDoxycycline);
    expect(caveatCodes(out, 'lactobacillus-rhamnosus-cect-30031-arthrospira')).toContain('dose-unverified');
    expect(caveatCodes(out, 'jung-three-strain-lactobacillus-bifidobacterium')).not.toContain('dose-unverified');
  });

  it('pregnant on isotretinoin: a critical alert from its label, independent of probiotics', () => {
    const out = run(Personas.acneOnIsotretinoinPregnant);
    expect(out.alerts[0]).toMatchObject({
      code: 'regimen-pregnancy-isotretinoin',
      severity: 'critical',
      regimenIds: ['isotretinoin'],
    });
    expect(out.alerts[0]?.text).toMatch(/iPLEDGE/);
    expect(alertCodes(out)).toContain('pregnancy');
  });

  it('outside the studied age range the stance drops to insufficient evidence, and the conclusion says why', () => {
    const out = run({ ...Personas.acneOnDoxycycline, age: 50 });
    expect(out.conclusion).toMatchObject({ status: 'insufficient-evidence' });
    expect(out.conclusion.text).toMatch(/tested in other groups/);
    const s = suggestion(out, 'jung-three-strain-lactobacillus-bifidobacterium');
    expect(s.stance).toBe('insufficient-evidence');
    expect(s.caveats.find((c) => c.code === 'outside-studied-ages')?.text).toMatch(/ages 18–35; this patient is 50/);
  });
});

describe('psoriasis', () => {
  it('topical only: the studied three-strain mix, low certainty, SORT B, consider', () => {
    const s = suggestion(run(Personas.psoriasisTopicalOnly), 'navarro-lopez-psoriasis-three-strain');
    expect(s).toMatchObject({
      stance: 'consider',
      evidence: { certainty: 'low', strength: 'B' },
      evidenceUrl: '/evidence/psoriasis/navarro-lopez-psoriasis-three-strain',
    });
    expect(s.evidence.sourceIds).toContain('navarro-lopez-2019');
  });

  it('the letter-cited synbiotic is shown, graded very low, as insufficient evidence', () => {
    const s = suggestion(run(Personas.psoriasisTopicalOnly), 'bacillus-spores-with-fos-xos-gos');
    expect(s).toMatchObject({ stance: 'insufficient-evidence', evidence: { certainty: 'very-low', strength: 'C' } });
  });

  it('on methotrexate: outside the trial (it excluded methotrexate), with the immunosuppressant warning', () => {
    const out = run(Personas.psoriasisOnMethotrexate);
    const s = suggestion(out, 'navarro-lopez-psoriasis-three-strain');
    expect(s.stance).toBe('insufficient-evidence');
    expect(s.caveats.find((c) => c.code === 'outside-studied-population')?.text).toMatch(/methotrexate/);
    const alert = out.alerts.find((a) => a.code === 'systemic-immunosuppressant');
    expect(alert?.severity).toBe('warning');
    expect(alert?.text).toMatch(/excluded such patients/);
  });

  it('advice on taking products is dropped when every product it concerns is avoid', () => {
    const out = run({ ...Personas.acneOnDoxycycline, factors: ['immunocompromised'] });
    expect(out.suggestions.every((s) => s.stance === 'avoid')).toBe(true);
    expect(alertCodes(out)).not.toContain('oral-antibiotic-spacing');
    expect(out.suggestions.flatMap((s) => s.caveats.map((c) => c.code))).not.toContain('oral-antibiotic-spacing');
    expect(alertCodes(run(Personas.acneOnDoxycycline))).toContain('oral-antibiotic-spacing');
  });

  it('immunocompromised: every live product is avoid, with a critical alert first', () => {
    const out = run(Personas.psoriasisImmunocompromised);
    expect(out.suggestions.every((s) => !s.adjunct.live || s.stance === 'avoid')).toBe(true);
    expect(out.alerts[0]).toMatchObject({ code: 'live-microbes-immunocompromised', severity: 'critical' });
    expect(out.conclusion.status).toBe('avoid');
  });

  it('critically ill with a central line: avoid, with both critical alerts', () => {
    const out = run(Personas.icuPatientWithCentralLine);
    expect(out.suggestions.every((s) => s.stance === 'avoid')).toBe(true);
    expect(alertCodes(out)).toEqual(
      expect.arrayContaining(['live-microbes-critical-illness', 'live-microbes-central-line']),
    );
  });
});

describe('atopic dermatitis', () => {
  it('treatment: evidence against routine use is said plainly; the paediatric mix is insufficient evidence', () => {
    const out = run(Personas.childWithEczemaAndMilkAllergy);
    expect(out.conclusion.status).toBe('evidence-against-routine-use');
    expect(out.notes.map((n) => n.id)).toEqual(expect.arrayContaining(['ad-cochrane', 'ad-aad-2014-against']));
    expect(suggestion(out, 'navarro-lopez-ad-three-strain').stance).toBe('insufficient-evidence');
  });

  it('a child with milk allergy gets the milk-protein warning on the product and as an alert', () => {
    const out = run(Personas.childWithEczemaAndMilkAllergy);
    expect(alertCodes(out)).toContain('milk-allergen');
    expect(caveatCodes(out, 'navarro-lopez-ad-three-strain')).toContain('milk-allergen');
  });

  it('an adult is outside the studied ages (4–17)', () => {
    const s = suggestion(run(Personas.adultWithEczema), 'navarro-lopez-ad-three-strain');
    expect(s.caveats.some((c) => c.code === 'outside-studied-ages')).toBe(true);
  });

  it('prevention in pregnancy: LGG to consider, with the pregnancy safety note; treatment points to prevention', () => {
    const out = run(Personas.pregnantMotherPrevention);
    expect(suggestion(out, 'lgg-perinatal').stance).toBe('consider');
    expect(out.conclusion.text).toMatch(/preventing eczema .* not a treatment for existing eczema/);
    expect(alertCodes(out)).toContain('pregnancy');
    expect(alertCodes(run({ ...Personas.adultWithEczema, factors: ['pregnant'] }))).toContain(
      'eczema-treatment-to-prevention',
    );
  });

  it('a preterm or hospitalised newborn: avoid, with the FDA warning', () => {
    const out = run(Personas.pretermNewbornPrevention);
    expect(suggestion(out, 'lgg-perinatal').stance).toBe('avoid');
    expect(out.alerts[0]?.code).toBe('live-microbes-preterm-neonate');
    expect(alertCodes(out)).toContain('infant');
  });
});

describe('conditions with insufficient evidence say so', () => {
  it('rosacea: the only product is insufficient evidence, spacing advice still given', () => {
    const out = run(Personas.rosaceaOnDoxycycline);
    expect(out.conclusion.status).toBe('insufficient-evidence');
    expect(out.suggestions.every((s) => s.stance === 'insufficient-evidence')).toBe(true);
    expect(alertCodes(out)).toContain('oral-antibiotic-spacing');
  });

  it('seborrheic dermatitis on itraconazole: insufficient evidence; no yeast note while no yeast product is offered', () => {
    const out = run(Personas.seborrheicOnItraconazole);
    expect(out.conclusion.status).toBe('insufficient-evidence');
    expect(out.suggestions.some((s) => s.adjunct.strains.some((x) => /Saccharomyces/.test(x)))).toBe(false);
    expect(alertCodes(out)).not.toContain('antifungal-yeast-probiotic');
  });

  it('hidradenitis: no product, a plain insufficient-evidence conclusion, and the biologic caution still raised', () => {
    const out = run(Personas.hidradenitisOnAdalimumab);
    expect(out.suggestions).toEqual([]);
    expect(out.conclusion).toMatchObject({ status: 'insufficient-evidence' });
    expect(out.conclusion.text).toMatch(/no trial of a specific probiotic or prebiotic product was found/);
    expect(alertCodes(out)).toContain('biologic');
  });
});

describe('every answer', () => {
  it('carries the standard caveats on every suggestion, including "alongside, not instead"', () => {
    for (const persona of Object.values(Personas)) {
      for (const s of run(persona).suggestions) {
        const codes = s.caveats.map((c) => c.code);
        expect(codes).toEqual(
          expect.arrayContaining([
            'research-needed',
            'long-term-unknown',
            'strain-specific',
            'supplement-regulation',
            'alongside-not-instead',
            'evidence-limits',
          ]),
        );
      }
    }
  });

  it('lists the factors it assumed absent, and says when age was not given', () => {
    const out = run({ condition: 'psoriasis', regimen: [], factors: ['pregnant'], age: null });
    const assumed = out.assumptions.map((a) => a.factor);
    expect(assumed).toContain('immunocompromised');
    expect(assumed).not.toContain('pregnant');
    expect(assumed).toContain('age');
    expect(out.assumptions.find((a) => a.factor === 'immunocompromised')?.text).toMatch(/taken as absent/);
  });

  it('is deterministic', () => {
    for (const persona of Object.values(Personas)) expect(recommend(kb, persona)).toEqual(recommend(kb, persona));
  });

  it('traces the rules that fired', () => {
    const s = suggestion(run(Personas.psoriasisOnMethotrexate), 'navarro-lopez-psoriasis-three-strain');
    expect(s.trace).toEqual(
      expect.arrayContaining([
        'statement:psoriasis-navarro-lopez-mix',
        'safety:systemic-immunosuppressant-caution→consider-with-caution',
      ]),
    );
  });
});
