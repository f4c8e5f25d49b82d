import { describe, expect, it } from 'vitest';
import { auditKnowledgeBase } from './audit';
import { contentHash, knowledgeBaseInput, loadKnowledgeBase } from './index';
import type { KnowledgeBaseInput } from './schema';

const clone = (): KnowledgeBaseInput => structuredClone(knowledgeBaseInput);

describe('the shipped knowledge base', () => {
  it('loads, validates and carries a version with a content hash', () => {
    const kb = loadKnowledgeBase();
    expect(kb.rulesetVersion).toMatch(/^\d{4}\.\d{1,2}\.\d+\+[0-9a-f]{7}$/);
    expect(kb.rulesetVersion.startsWith(`${knowledgeBaseInput.release.version}+`)).toBe(true);
  });

  it('passes every rule of honesty', () => {
    expect(auditKnowledgeBase(knowledgeBaseInput)).toEqual([]);
  });

  it('covers the required conditions, and keeps eczema treatment and prevention apart', () => {
    const ids = knowledgeBaseInput.conditions.map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining(['acne-vulgaris', 'psoriasis', 'atopic-dermatitis', 'rosacea', 'seborrheic-dermatitis']),
    );
    const treatment = knowledgeBaseInput.conditions.find((c) => c.id === 'atopic-dermatitis')!;
    const prevention = knowledgeBaseInput.conditions.find((c) => c.id === 'atopic-dermatitis-prevention')!;
    expect([treatment.question, prevention.question]).toEqual(['treatment', 'prevention']);
    const statementsFor = (id: string) =>
      knowledgeBaseInput.statements.filter((s) => s.conditionId === id).map((s) => s.adjunctId);
    expect(statementsFor('atopic-dermatitis')).not.toEqual(
      expect.arrayContaining(statementsFor('atopic-dermatitis-prevention')),
    );
  });

  it('cites the founding letter and all five of its references', () => {
    const ids = knowledgeBaseInput.sources.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(['khalid-2025', 'thye-2022', 'mahmud-2022', 'gao-2023', 'buhas-2023', 'shirkhan-2024']),
    );
    const letter = knowledgeBaseInput.sources.find((s) => s.id === 'khalid-2025')!;
    expect(letter).toMatchObject({ type: 'letter', doi: '10.47391/JPMA.30238', ocebmLevel: 5 });
    expect(knowledgeBaseInput.sources.find((s) => s.id === 'buhas-2023')).toMatchObject({
      type: 'cohort',
      ocebmLevel: 3,
    });
  });

  it('gives every safety rule a one-line summary that fits a CDS card (under 140 characters), so none is cut', () => {
    const kb = loadKnowledgeBase();
    const long = kb.safetyRules.filter((r) => (r.summary ?? r.caveat).length > 139).map((r) => r.id);
    expect(long).toEqual([]);
  });

  it('changes its version whenever its content changes', () => {
    const changed = clone();
    changed.statements[0]!.effect += ' (edited)';
    expect(loadKnowledgeBase(changed).rulesetVersion).not.toBe(loadKnowledgeBase().rulesetVersion);
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });
});

describe('the honesty rules catch planted violations', () => {
  const expectViolation = (plant: (kb: KnowledgeBaseInput) => void, pattern: RegExp) => {
    const kb = clone();
    plant(kb);
    const problems = auditKnowledgeBase(kb);
    expect(
      problems.some((p) => pattern.test(p)),
      problems.join('\n'),
    ).toBe(true);
  };

  it('a statement without sources', () =>
    expectViolation((kb) => (kb.statements[0]!.sourceIds = []), /sourceIds.*at least one source/));
  it('a caveat without sources', () =>
    expectViolation((kb) => (kb.standardCaveats[0]!.sourceIds = []), /standardCaveats.*at least one source/));
  it('a safety fact without sources', () =>
    expectViolation((kb) => (kb.safetyRules[0]!.sourceIds = []), /safetyRules.*at least one source/));
  it('a source id that does not resolve', () =>
    expectViolation(
      (kb) => kb.statements[0]!.sourceIds.push('no-such-study-2031'),
      /cites unknown source "no-such-study-2031"/,
    ));
  it('a source with no DOI, PMID or URL', () =>
    expectViolation((kb) => {
      const s = kb.sources.find((x) => x.id === 'jung-2013')!;
      delete s.doi;
      delete s.pmid;
    }, /source jung-2013 has no DOI/));
  it('high certainty', () => expectViolation((kb) => (kb.statements[0]!.certainty = 'high'), /graded high certainty/));
  it('moderate certainty without a Cochrane-level source', () =>
    expectViolation(
      (kb) => (kb.statements.find((s) => s.id === 'psoriasis-navarro-lopez-mix')!.certainty = 'moderate'),
      /graded moderate without/,
    ));
  it('an unchecked number', () =>
    expectViolation((kb) => (kb.conditionNotes[0]!.text += ' The Cochrane review pooled 39 RCTs.'), /left unverified/));
  it('wording about the letter that appraises its author instead of its claims', () => {
    expectViolation(
      (kb) => (kb.sources.find((s) => s.type === 'letter')!.design += ' Written by a medical student.'),
      /sources\[\d+\]\.design appraises the letter's author \("student"\)/,
    );
    expectViolation(
      (kb) => (kb.letterClaims[0]!.ourGrades += ' The author is a 4th-year trainee.'),
      /letterClaims\[0\]\.ourGrades appraises the letter's author/,
    );
  });
  it('an overclaiming word', () =>
    expectViolation(
      (kb) => (kb.statements[0]!.rationale += ' This product is proven to work.'),
      /overclaims \("proven"\)/,
    ));
  it('SORT A anywhere', () => expectViolation((kb) => (kb.statements[0]!.strength = 'A'), /is SORT A/));
  it('"consider" without a randomised trial at OCEBM level 2 or better', () =>
    expectViolation((kb) => {
      const st = kb.statements.find((s) => s.baseStance === 'consider')!;
      for (const id of st.sourceIds) {
        const source = kb.sources.find((x) => x.id === id)!;
        if (source.type === 'rct') source.ocebmLevel = 3;
      }
    }, /without a randomised trial at OCEBM level 2/));
  it('supportsModerateCertainty on a source that is not a systematic review or meta-analysis', () =>
    expectViolation(
      (kb) => (kb.sources.find((x) => x.id === 'jung-2013')!.supportsModerateCertainty = true),
      /jung-2013 may support moderate certainty but is a rct/,
    ));
  it('moderate certainty resting on a review of another condition', () =>
    expectViolation((kb) => {
      const review = kb.sources.find((x) => x.supportsModerateCertainty)!;
      const st = kb.statements.find((s) => s.conditionId === 'psoriasis')!;
      st.certainty = 'moderate';
      st.sourceIds.push(review.id);
    }, /moderate without a systematic review or meta-analysis of psoriasis/));
  it("a statement's stance above its condition's evidence status", () =>
    expectViolation(
      (kb) => (kb.statements.find((s) => s.conditionId === 'rosacea')!.baseStance = 'consider-with-caution'),
      /above its condition's evidence status \(insufficient-evidence\)/,
    ));
  for (const risk of [
    'immunocompromised',
    'central-venous-catheter',
    'critically-ill',
    'severe-acute-pancreatitis',
    'short-bowel-syndrome',
    'preterm-or-hospitalised-neonate',
  ]) {
    it(`a hard risk (${risk}) that does not set every live product to "avoid"`, () =>
      expectViolation(
        (kb) => {
          const rule = kb.safetyRules.find(
            (r) => 'factor' in r.trigger && r.trigger.factor === risk && r.effect === 'avoid',
          )!;
          rule.effect = 'caution';
        },
        new RegExp(`hard risk ${risk} does not set live product`),
      ));
  }
  it('a hard risk that is not marked as one', () =>
    expectViolation(
      (kb) => (kb.factors.find((f) => f.id === 'critically-ill')!.hardRisk = false),
      /critically-ill is a hard risk but is not marked/,
    ));
  it('an ingredient without safety facts', () =>
    expectViolation(
      (kb) => kb.ingredients.push({ id: 'new-seaweed', name: 'A new seaweed', kind: 'excipient', live: false }),
      /ingredient new-seaweed has no safety fact on pregnancy/,
    ));
  it('an ingredient whose own pregnancy rule is removed', () =>
    expectViolation(
      (kb) => (kb.safetyRules = kb.safetyRules.filter((r) => r.id !== 'spirulina-pregnancy')),
      /ingredient arthrospira-platensis has no safety fact on pregnancy/,
    ));
  it('a regimen option without pregnancy and lactation facts', () =>
    expectViolation((kb) => {
      const option = kb.regimenOptions[0]! as { safety?: unknown };
      delete option.safety;
    }, /regimenOptions\.0\.safety/));
  it('a regimen option stating a pregnancy status with no source', () =>
    expectViolation((kb) => {
      const option = kb.regimenOptions.find((o) => o.id === 'isotretinoin')!;
      option.safety.pregnancy.sourceIds = [];
    }, /isotretinoin states a pregnancy status \(contraindicated\) without a source/));
  it('an unverified fact shown as a fact', () =>
    expectViolation((kb) => {
      const option = kb.regimenOptions.find((o) => o.id === 'isotretinoin')!;
      option.safety.lactation.confidence = 'unverified';
    }, /isotretinoin shows an unverified breastfeeding fact/));
  it('an immunosuppressive drug whose immunosuppression level says none', () =>
    expectViolation((kb) => {
      const option = kb.regimenOptions.find((o) => o.id === 'methotrexate')!;
      option.safety.immunosuppression.level = 'none';
    }, /methotrexate counts as immunosuppressive but its immunosuppression level is "none"/));
  it('an instruction to use a product as studied when its dose is not known', () =>
    expectViolation((kb) => {
      const a = kb.adjuncts.find((x) => x.id === 'lactobacillus-rhamnosus-cect-30031-arthrospira')!;
      a.dose = 'Dose in CFU not checked: use the product as studied';
    }, /lactobacillus-rhamnosus-cect-30031-arthrospira tells the reader to use it as studied/));
  it('a dose marked checked that says part of it is not known', () =>
    expectViolation((kb) => {
      const a = kb.adjuncts.find((x) => x.id === 'escherichia-coli-nissle-1917')!;
      a.doseVerified = true;
    }, /escherichia-coli-nissle-1917 is marked dose-checked/));
  it('but not inside a quotation of the letter', () => {
    const kb = clone();
    kb.letterClaims[0]!.quote = 'probiotics are proven';
    expect(auditKnowledgeBase(kb)).toEqual([]);
  });
  it('a duplicated id', () =>
    expectViolation((kb) => kb.sources.push({ ...kb.sources[0]! }), /duplicate source id "khalid-2025"/));
  it('an id that is not kebab-case', () => expectViolation((kb) => (kb.adjuncts[0]!.id = 'Jung_Mix'), /kebab-case/));
});

describe('the product as studied (issue 15): the honesty rules catch planted violations', () => {
  const expectViolation = (plant: (kb: KnowledgeBaseInput) => void, pattern: RegExp) => {
    const kb = clone();
    plant(kb);
    const problems = auditKnowledgeBase(kb);
    expect(
      problems.some((p) => pattern.test(p)),
      problems.join('\n'),
    ).toBe(true);
  };
  const adjunct = (kb: KnowledgeBaseInput, id: string) => kb.adjuncts.find((a) => a.id === id)!;
  const statement = (kb: KnowledgeBaseInput, id: string) => kb.statements.find((s) => s.id === id)!;

  it('every adjunct says, for each part, how well it was checked, and the shipped parts pass', () => {
    for (const a of knowledgeBaseInput.adjuncts) {
      expect(a.asStudied.trialSourceId, a.id).toMatch(/\w/);
      for (const part of [a.asStudied.product, a.asStudied.background])
        if (part.confidence === 'unverified') expect(part.text, a.id).toBeNull();
    }
  });

  it('a studied age range wider than its reported wording', () =>
    expectViolation(
      (kb) => (statement(kb, 'acne-jung-mix-with-minocycline').studiedAges!.max = 120),
      /acne-jung-mix-with-minocycline treats ages 18 and over as studied, but its reported ages \("women aged 18–35"\) do not/,
    ));
  it('a studied age range wider than its source states, even when the wording is changed to match', () =>
    expectViolation((kb) => {
      const ages = statement(kb, 'acne-jung-mix-with-minocycline').studiedAges!;
      ages.max = 45;
      ages.asReported = 'women aged 18–45';
    }, /acne-jung-mix-with-minocycline treats ages 18–45 as studied, but its source jung-2013 does not state them/));
  it('an open-ended "adults" range where the source gives none', () =>
    expectViolation(
      (kb) =>
        (statement(kb, 'acne-l-rhamnosus-cect-30031').studiedAges = {
          min: 18,
          max: 120,
          asReported: 'adults',
          sourceId: 'eguren-2024',
        }),
      /acne-l-rhamnosus-cect-30031 treats ages 18 and over as studied, but its source eguren-2024 does not state them/,
    ));
  it('studied ages taken from a source the statement does not cite', () =>
    expectViolation(
      (kb) => (statement(kb, 'acne-jung-mix-with-minocycline').studiedAges!.sourceId = 'navarro-lopez-2019'),
      /takes its studied ages from "navarro-lopez-2019", which is not among its sources/,
    ));
  it('a dose shown as checked that addendum 2 reads only in summaries (CONFIRMED-S)', () =>
    expectViolation((kb) => {
      const a = adjunct(kb, 'navarro-lopez-ad-three-strain');
      a.asStudied.dose = { confidence: 'confirmed', sourceIds: ['navarro-lopez-2018'] };
      a.dose = '1×10⁹ CFU in total, one capsule a day';
      a.doseVerified = true;
    }, /navarro-lopez-ad-three-strain shows its dose as confirmed, but addendum 2 reads the dose of navarro-lopez-2018 as CONFIRMED-S/));
  it('a dose shown as partly checked that addendum 2 left unverified', () =>
    expectViolation(
      (kb) =>
        (adjunct(kb, 'bacillus-spores-with-fos-xos-gos').asStudied.dose = {
          confidence: 'partly',
          unknown: 'Some of the amount was not reported.',
          sourceIds: ['buhas-2023'],
        }),
      /shows its dose as partly, but addendum 2 reads the dose of buhas-2023 as UNVERIFIED/,
    ));
  it('a dose marked checked whose as-studied dose is not', () =>
    expectViolation(
      (kb) => (adjunct(kb, 'lactobacillus-rhamnosus-cect-30031-arthrospira').doseVerified = true),
      /is marked dose-checked, but its dose is partly/,
    ));
  it('a background treatment shown as fact while marked unverified', () =>
    expectViolation(
      (kb) => (adjunct(kb, 'lactobacillus-rhamnosus-sp1').asStudied.background.text = 'Topical benzoyl peroxide'),
      /lactobacillus-rhamnosus-sp1 shows its unverified background treatment as a fact \("Topical benzoyl peroxide"\)/,
    ));
  it('a product shown as fact while marked unverified', () =>
    expectViolation(
      (kb) => (adjunct(kb, 'bacillus-spores-with-fos-xos-gos').asStudied.product.text = 'A named spore product'),
      /bacillus-spores-with-fos-xos-gos shows its unverified product as a fact/,
    ));
  it('an unverified form worded as a fact', () =>
    expectViolation(
      (kb) => (adjunct(kb, 'bacillus-spores-with-fos-xos-gos').form = 'Capsules plus a prebiotic powder'),
      /shows its unverified form as a fact/,
    ));
  it('a partly checked part that does not say what is not known', () =>
    expectViolation(
      (kb) => delete adjunct(kb, 'navarro-lopez-psoriasis-three-strain').asStudied.background.unknown,
      /navarro-lopez-psoriasis-three-strain: its background treatment is partly but does not say what is not known/,
    ));
  it('an unverified conflict of interest stated as a fact', () =>
    expectViolation(
      (kb) => (adjunct(kb, 'navarro-lopez-psoriasis-three-strain').asStudied.conflicts![0]!.confidence = 'unverified'),
      /states an unverified conflict of interest as a fact/,
    ));
  it('a source that cites a news report of a document instead of the document', () =>
    expectViolation((kb) => {
      const s = kb.sources.find((x) => x.id === 'fda-preterm-2023')!;
      s.url = 'https://www.specialtypharmacycontinuum.com/Online-First/Article/12-23/FDA-Raises-the-Red-Flag/72492';
      s.citation += ' As reported in Specialty Pharmacy Continuum.';
    }, /fda-preterm-2023 links to specialtypharmacycontinuum.com, a secondary page/));
  it('a citation that says it is a report of the document', () =>
    expectViolation(
      (kb) => (kb.sources.find((x) => x.id === 'fda-preterm-2023')!.citation += ' As reported in a trade journal.'),
      /fda-preterm-2023 cites a report of the document rather than the document itself/,
    ));
  it('an as-studied part citing a source that does not exist', () =>
    expectViolation(
      (kb) => adjunct(kb, 'lgg-perinatal').asStudied.product.sourceIds.push('valio-brochure-2001'),
      /lgg-perinatal cites unknown source "valio-brochure-2001" for its product/,
    ));
});

describe('the strain rule', () => {
  it('catches "consider" for a product whose strains are not named', () => {
    const kb = clone();
    const statement = kb.statements.find((s) => s.id === 'psoriasis-navarro-lopez-mix')!;
    const adjunct = kb.adjuncts.find((a) => a.id === statement.adjunctId)!;
    const ingredient = kb.ingredients.find((i) => i.id === adjunct.ingredientIds[0])!;
    ingredient.strain = null;
    expect(auditKnowledgeBase(kb).some((p) => /strains are not all named/.test(p))).toBe(true);
  });
});
