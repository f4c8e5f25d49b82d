/**
 * The safety personas of issue 13, asked through the public API as an outside client would, and printed as the
 * handout a patient would take home. Each asserts what a careful dermatologist expects to see, in visible text.
 */
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { buildHandout } from '@/lib/handout/build';
import { handoutTextUnits } from '@/lib/handout/readability';
import type { RecommendationOut } from '@/lib/rules/types';
import { GET } from './route';

const kb = getKnowledgeBase();

async function ask(query: string): Promise<RecommendationOut> {
  const res = GET(new Request(`http://localhost/api/v1/recommendations?${query}`));
  expect(res.status, query).toBe(200);
  return (await res.json()) as RecommendationOut;
}

async function problem(query: string) {
  const res = GET(new Request(`http://localhost/api/v1/recommendations?${query}`));
  expect(res.status, query).toBe(400);
  return (await res.json()) as { errors: { path: string; message: string }[] };
}

/** Every piece of text in an answer a clinician can read. */
function allText(out: RecommendationOut): string {
  return [
    out.conclusion.text,
    ...out.alerts.map((a) => a.text),
    ...out.suggestions.flatMap((s) => s.caveats.map((c) => c.text)),
  ].join('\n');
}

const KEEP_USING = /\b(continue|continuing|keep (on|using|taking)|carry on|stay on|remain on)\b|alongside the current/i;

function handoutText(out: RecommendationOut): string {
  const content = buildHandout(
    kb,
    out,
    out.suggestions.map((s) => s.id),
    new Date('2026-12-02T00:00:00Z'),
  );
  return handoutTextUnits(content).join('\n');
}

describe('pregnancy and the patient’s own treatment', () => {
  it('psoriasis on methotrexate, pregnant (the README example): a critical methotrexate alert, never "keep using"', async () => {
    const out = await ask('condition=psoriasis&regimen=topical-corticosteroid,methotrexate&factors=pregnant&age=30');
    const mtx = out.alerts.find((a) => a.regimenIds.includes('methotrexate') && a.severity === 'critical');
    expect(mtx?.text).toMatch(/Methotrexate/);
    expect(mtx?.text).toMatch(/contraindicated in pregnancy/);
    expect(mtx?.text).toMatch(/conception/);
    expect(out.alerts[0]?.severity).toBe('critical');
    expect(out.regimenUnderReview).toBe(true);
    expect(allText(out)).not.toMatch(KEEP_USING);
    const handout = handoutText(out);
    expect(handout).toContain('Methotrexate must not be used in pregnancy.');
    expect(handout).not.toMatch(/Keep using the skin treatment/);
  });

  it.each([
    ['psoriasis', 'acitretin', 'critical'],
    ['atopic-dermatitis', 'mycophenolate', 'critical'],
    ['acne-vulgaris', 'oral-doxycycline', 'critical'],
    ['acne-vulgaris', 'tazarotene', 'critical'],
    ['acne-vulgaris', 'spironolactone', 'warning'],
    ['rosacea', 'topical-ivermectin', 'warning'],
  ])('%s on %s, pregnant: a %s alert from its label', async (condition, option, severity) => {
    const out = await ask(`condition=${condition}&regimen=${option}&factors=pregnant&age=28`);
    const alert = out.alerts.find((a) => a.regimenIds.includes(option));
    expect(alert?.severity).toBe(severity);
    expect(alert?.sourceIds.length).toBeGreaterThan(0);
    expect(out.sources.map((s) => s.id)).toEqual(expect.arrayContaining(alert!.sourceIds));
  });

  it('acitretin names its 3-year wash-out; mycophenolate its REMS', async () => {
    const aci = await ask('condition=psoriasis&regimen=acitretin&factors=pregnant&age=28');
    expect(aci.alerts.find((a) => a.regimenIds.includes('acitretin'))?.text).toMatch(/3 years/);
    const myc = await ask('condition=atopic-dermatitis&regimen=mycophenolate&factors=pregnant&age=28');
    expect(myc.alerts.find((a) => a.regimenIds.includes('mycophenolate'))?.text).toMatch(/Mycophenolate REMS/);
  });

  it('a co-therapy whose label was not read says "not established", never nothing', async () => {
    const out = await ask('condition=acne-vulgaris&regimen=salicylic-acid&factors=pregnant&age=28');
    const note = out.alerts.find((a) => a.regimenIds.includes('salicylic-acid'));
    expect(note?.severity).toBe('info');
    expect(note?.text).toMatch(/Not established/);
  });

  it('pregnant on isotretinoin: the handout raises it once at the top and never says to keep using it', async () => {
    const out = await ask('condition=acne-vulgaris&regimen=isotretinoin&factors=pregnant&age=24');
    const handout = handoutText(out);
    expect(handout.split('Isotretinoin must not be used in pregnancy.').length - 1).toBe(1);
    expect(handout).toContain('Your doctor needs to review your skin treatment');
    expect(handout).not.toMatch(/Keep using the skin treatment/);
  });
});

describe('the spirulina in the acne product', () => {
  const spirulinaProduct = (out: RecommendationOut) =>
    out.suggestions.find((s) => s.adjunct.otherIngredients.some((i) => /spirulina|Arthrospira/i.test(i)))!;

  it('carries its contamination warning for every patient', async () => {
    const s = spirulinaProduct(await ask('condition=acne-vulgaris&age=20'));
    expect(s.caveats.map((c) => c.code)).toContain('spirulina-contamination');
  });

  it.each([
    ['pregnant', 'spirulina-pregnancy'],
    ['breastfeeding', 'spirulina-lactation'],
    ['autoimmune-disease', 'spirulina-autoimmune'],
    ['phenylketonuria', 'spirulina-phenylketonuria'],
  ])('%s: its own caveat on the card it changes', async (factor, code) => {
    const s = spirulinaProduct(await ask(`condition=acne-vulgaris&factors=${factor}&age=25`));
    expect(s.caveats.map((c) => c.code)).toContain(code);
    expect(s.stance).not.toBe('consider');
  });
});

describe('combined immunosuppression', () => {
  it('methotrexate + a TNF inhibitor + deucravacitinib at 70: a hard stop for live products, naming the drugs', async () => {
    const out = await ask('condition=psoriasis&regimen=methotrexate,tnf-inhibitor,deucravacitinib&age=70');
    expect(out.suggestions.filter((s) => s.adjunct.live).every((s) => s.stance === 'avoid')).toBe(true);
    const stop = out.alerts.find((a) => a.code === 'live-microbes-combined-immunosuppression');
    expect(stop?.severity).toBe('critical');
    expect(stop?.text).toMatch(/Methotrexate.*TNF inhibitor.*Deucravacitinib/s);
  });

  it('one drug alone stays a caution', async () => {
    const out = await ask('condition=psoriasis&regimen=methotrexate&age=70');
    expect(out.alerts.map((a) => a.code)).not.toContain('live-microbes-combined-immunosuppression');
    expect(out.alerts.find((a) => a.code === 'systemic-immunosuppressant')?.severity).toBe('warning');
    expect(out.suggestions.some((s) => s.stance === 'avoid')).toBe(false);
  });
});

describe('the new patient factors', () => {
  it.each(['structural-heart-disease', 'surgery-planned'])('%s: a warning on live products', async (factor) => {
    const out = await ask(`condition=psoriasis&factors=${factor}&age=60`);
    expect(out.alerts.some((a) => a.severity === 'warning' && a.code === factor)).toBe(true);
  });

  it('an 8-month-old is answered in months', async () => {
    const out = await ask('condition=atopic-dermatitis-prevention&ageMonths=8');
    expect(out.input).toMatchObject({ age: 0, ageMonths: 8 });
    expect(out.alerts.map((a) => a.code)).toContain('infant');
  });

  it('implausible combinations are refused with a 400 that names them', async () => {
    expect((await problem('condition=acne-vulgaris&factors=pregnant&age=3')).errors[0]).toMatchObject({
      path: 'factors',
      message: expect.stringMatching(/Pregnant.*not plausible at age 3/),
    });
    const both = await problem(
      'condition=atopic-dermatitis-prevention&factors=preterm-or-hospitalised-neonate,pregnant',
    );
    expect(both.errors.map((e) => e.message).join(' ')).toMatch(/cannot both apply/);
  });

  it('ages over 89 are answered as "90 or older"', async () => {
    const out = await ask('condition=psoriasis&age=104');
    expect(out.input.age).toBe(90);
    expect(JSON.stringify(out)).not.toContain('104');
  });
});

describe('who the evidence applies to (issue 15)', () => {
  const stanceOf = (out: RecommendationOut, adjunctId: string) =>
    out.suggestions.find((s) => s.adjunct.id === adjunctId)!;

  it('acne on doxycycline: the spirulina product is not suggested, because its trial excluded antibiotics', async () => {
    const s = stanceOf(
      await ask('condition=acne-vulgaris&regimen=adapalene,oral-doxycycline&age=20'),
      'lactobacillus-rhamnosus-cect-30031-arthrospira',
    );
    expect(s.evidenceStance).toBe('consider');
    expect(s.stance).toBe('insufficient-evidence');
    expect(s.caveats.map((c) => c.text).join(' ')).toMatch(/excluded patients who used antibiotics/);
  });

  it('acne on isotretinoin: outside the trial, which excluded systemic retinoids in the previous 6 months', async () => {
    const s = stanceOf(
      await ask('condition=acne-vulgaris&regimen=isotretinoin&age=20'),
      'lactobacillus-rhamnosus-cect-30031-arthrospira',
    );
    expect(s.stance).toBe('insufficient-evidence');
    expect(s.caveats.map((c) => c.text).join(' ')).toMatch(/systemic retinoid .* previous 6 months/);
  });

  it('acne on topicals only, aged 20: the spirulina product stays "consider"', async () => {
    const s = stanceOf(
      await ask('condition=acne-vulgaris&regimen=adapalene,benzoyl-peroxide&age=20'),
      'lactobacillus-rhamnosus-cect-30031-arthrospira',
    );
    expect(s.stance).toBe('consider');
  });

  it('prevention for a 5-year-old: outside the trial (late pregnancy to 6 months), so not suggested', async () => {
    const out = await ask('condition=atopic-dermatitis-prevention&factors=family-history-atopy&age=5');
    const s = stanceOf(out, 'lgg-perinatal');
    expect(s.stance).toBe('insufficient-evidence');
    expect(s.caveats.map((c) => c.text).join(' ')).toMatch(/mothers in late pregnancy and babies up to 6 months/);
    expect(out.conclusion.status).toBe('insufficient-evidence');
  });

  it('prevention in pregnancy with a family history of atopy: "consider", as its sources studied', async () => {
    const s = stanceOf(
      await ask('condition=atopic-dermatitis-prevention&factors=pregnant,family-history-atopy&age=31'),
      'lgg-perinatal',
    );
    expect(s.stance).toBe('consider');
  });

  it('prevention in pregnancy without a family history: the clinician is told what to tick', async () => {
    const s = stanceOf(await ask('condition=atopic-dermatitis-prevention&factors=pregnant&age=31'), 'lgg-perinatal');
    expect(s.stance).toBe('insufficient-evidence');
    expect(s.caveats.map((c) => c.text).join(' ')).toMatch(/Tick "Family history of atopy"/);
  });

  it('psoriasis on a biologic: the trial excluded biologics, so its mix is not suggested', async () => {
    const s = stanceOf(
      await ask('condition=psoriasis&regimen=topical-corticosteroid,il23-inhibitor&age=45'),
      'navarro-lopez-psoriasis-three-strain',
    );
    expect(s.evidenceStance).toBe('consider');
    expect(s.stance).toBe('insufficient-evidence');
    expect(s.caveats.map((c) => c.text).join(' ')).toMatch(/or a biologic in the previous 3 months/);
  });
});

describe('when to review and stop (issue 15)', () => {
  it('psoriasis on a topical steroid: judge at 12 weeks on PASI, with the reasons to stop', async () => {
    const out = await ask('condition=psoriasis&regimen=topical-corticosteroid&age=45');
    const s = out.suggestions.find((x) => x.adjunct.id === 'navarro-lopez-psoriasis-three-strain')!;
    expect(s.review?.afterWeeks).toBe(12);
    expect(s.review?.text).toMatch(/12 weeks.*PASI/);
    expect(s.review?.stopIf.join(' ')).toMatch(
      /no clear response by 12 weeks.*fever.*immunosuppressant.*central line.*surgery.*pregnancy/s,
    );
    expect(out.sources.map((x) => x.id)).toEqual(expect.arrayContaining(s.review!.sourceIds));
  });

  it('prevention has no response to judge; an avoided product has no review at all', async () => {
    const prevention = await ask('condition=atopic-dermatitis-prevention&factors=pregnant,family-history-atopy&age=31');
    expect(prevention.suggestions[0]!.review?.afterWeeks).toBeNull();
    const avoided = await ask('condition=psoriasis&factors=immunocompromised&age=45');
    expect(avoided.suggestions.filter((s) => s.stance === 'avoid').every((s) => s.review === null)).toBe(true);
  });

  it('the handout says when to stop if it has not helped', async () => {
    const out = await ask('condition=psoriasis&regimen=topical-corticosteroid&age=45');
    expect(handoutText(out)).toContain('If it has not helped after 12 weeks, stop it and tell your doctor.');
    expect(handoutText(out)).toContain('are going to have an operation');
  });
});

describe('chronic urticaria (issue 15)', () => {
  it('on cetirizine: no product suggested, the one named strain shown with why, and "not established" for the antihistamine in pregnancy', async () => {
    const out = await ask('condition=chronic-urticaria&regimen=second-generation-h1-antihistamine&age=40');
    expect(out.conclusion.status).toBe('insufficient-evidence');
    expect(out.suggestions.every((s) => s.stance !== 'consider')).toBe(true);
    const reuteri = out.suggestions.find((s) => s.adjunct.id === 'lactobacillus-reuteri-atcc-55730')!;
    expect(reuteri.evidence.certainty).toBe('very-low');
    expect(reuteri.evidence.strength).toBe('C');
    expect(reuteri.caveats.map((c) => c.text).join(' ')).toMatch(/non-randomised/);
    expect(reuteri.review?.afterWeeks).toBeNull();
    expect(reuteri.review?.text).toMatch(/length was not reported/);
    expect(handoutText(out)).toContain('people were not put into groups by chance');

    const pregnant = await ask(
      'condition=chronic-urticaria&regimen=second-generation-h1-antihistamine&factors=pregnant&age=30',
    );
    const note = pregnant.alerts.find((a) => a.regimenIds.includes('second-generation-h1-antihistamine'));
    expect(note?.text).toMatch(/Not established/);
  });

  it('in pregnancy on ciclosporin: warns (immunosuppressant, and its label on pregnancy), never "keep using"', async () => {
    const out = await ask('condition=chronic-urticaria&regimen=ciclosporin&factors=pregnant&age=30');
    expect(out.alerts.find((a) => a.code === 'systemic-immunosuppressant')?.severity).toBe('warning');
    const pregnancy = out.alerts.find((a) => a.regimenIds.includes('ciclosporin'));
    expect(pregnancy?.text).toMatch(
      /Ciclosporin.*do not use in pregnancy unless the expected benefit outweighs the risk/,
    );
    expect(out.sources.map((s) => s.id)).toEqual(expect.arrayContaining(pregnancy!.sourceIds));
    expect(out.regimenUnderReview).toBe(true);
    expect(out.suggestions.every((s) => s.stance !== 'consider')).toBe(true);
    expect(allText(out)).not.toMatch(KEEP_USING);
    const handout = handoutText(out);
    expect(handout).toContain('ciclosporin is right for you in pregnancy');
    expect(handout).not.toMatch(/Keep using the skin treatment/);
  });

  it('ciclosporin with omalizumab counts as combined immunosuppression: a hard stop for live products', async () => {
    const out = await ask('condition=chronic-urticaria&regimen=ciclosporin,omalizumab&age=45');
    expect(out.alerts.find((a) => a.code === 'live-microbes-combined-immunosuppression')?.severity).toBe('critical');
    expect(out.suggestions.filter((s) => s.adjunct.live).every((s) => s.stance === 'avoid')).toBe(true);
  });
});

describe('the product as studied (issue 15)', () => {
  const part = (out: RecommendationOut, adjunctId: string, name: string) =>
    out.suggestions.find((s) => s.adjunct.id === adjunctId)!.adjunct.asStudied.parts.find((p) => p.part === name)!;
  const USE_AS_STUDIED = /\b(use|take|give) (the product |it )?(exactly )?as studied\b/i;

  it('acne on doxycycline: the spirulina product says which parts are unknown, and never "use it as studied"', async () => {
    const out = await ask('condition=acne-vulgaris&regimen=adapalene,oral-doxycycline&age=20');
    const id = 'lactobacillus-rhamnosus-cect-30031-arthrospira';
    expect(part(out, id, 'dose')).toMatchObject({ confidence: 'partly' });
    expect(part(out, id, 'dose').unknown).toMatch(/amount per capsule .* was not reported in what we could read/);
    expect(part(out, id, 'background')).toMatchObject({
      reported: false,
      confidence: 'unverified',
      text: 'Not reported in what we could read.',
    });
    expect(part(out, id, 'product').confidence).toBe('partly');
    const s = out.suggestions.find((x) => x.adjunct.id === id)!;
    expect(s.adjunct.asStudied.conflicts.map((c) => c.text).join(' ')).toMatch(/Bionou Research/);
    expect(JSON.stringify(out)).not.toMatch(USE_AS_STUDIED);
    // On topicals alone it is "consider", and its handout says what the study did not report.
    const handout = handoutText(await ask('condition=acne-vulgaris&regimen=adapalene&age=20'));
    expect(handout).toContain('We could not find out if people in the study used other acne treatment.');
    expect(handout).not.toContain('Where can I get the exact product used in the study?');
  });

  it('acne on isotretinoin: the Jung mix names minocycline as its background and says its dose was not reported', async () => {
    const out = await ask('condition=acne-vulgaris&regimen=isotretinoin&age=20');
    const bg = part(out, 'jung-three-strain-lactobacillus-bifidobacterium', 'background');
    expect(bg).toMatchObject({ confidence: 'partly', reported: true });
    expect(bg.text).toMatch(/Minocycline/);
    expect(bg.unknown).toMatch(/minocycline dose was not reported/);
  });

  it('psoriasis on a topical steroid: the background regimen is reported inconsistently, and the patent is a conflict', async () => {
    const out = await ask('condition=psoriasis&regimen=topical-corticosteroid&age=45');
    const id = 'navarro-lopez-psoriasis-three-strain';
    const bg = part(out, id, 'background');
    expect(bg.confidence).toBe('partly');
    expect(bg.text).toMatch(/betamethasone .* calcipotriol for all patients/);
    expect(bg.unknown).toMatch(/reported inconsistently/);
    expect(part(out, id, 'dose').confidence).toBe('confirmed');
    const conflicts = out.suggestions.find((s) => s.adjunct.id === id)!.adjunct.asStudied.conflicts;
    expect(conflicts.map((c) => c.text).join(' ')).toMatch(/ES2873889T3/);
    expect(out.sources.map((s) => s.id)).toContain('patent-es2873889t3');
    expect(handoutText(out)).toContain('Reports do not agree on which one.');
  });

  it('prevention at 5 years and in pregnancy: LGG from Valio, with how it was given after birth left unknown', async () => {
    for (const q of [
      'condition=atopic-dermatitis-prevention&factors=family-history-atopy&age=5',
      'condition=atopic-dermatitis-prevention&factors=pregnant,family-history-atopy&age=31',
    ]) {
      const out = await ask(q);
      expect(part(out, 'lgg-perinatal', 'product')).toMatchObject({
        confidence: 'confirmed',
        text: 'LGG from Valio Ltd, Helsinki',
      });
      expect(part(out, 'lgg-perinatal', 'form').unknown).toMatch(/after birth .* not reported in what we could read/);
      expect(part(out, 'lgg-perinatal', 'background').text).toMatch(/prevention trial/);
    }
  });

  it('psoriasis on a biologic: every part of every product either is checked or says what is not known', async () => {
    const out = await ask('condition=psoriasis&regimen=topical-corticosteroid,il23-inhibitor&age=45');
    const ids = new Set(out.sources.map((s) => s.id));
    for (const s of out.suggestions) {
      expect(s.adjunct.asStudied.parts.map((p) => p.part)).toEqual([
        'product',
        'dose',
        'form',
        'duration',
        'background',
      ]);
      for (const p of s.adjunct.asStudied.parts) {
        if (p.confidence !== 'confirmed') expect(p.unknown, `${s.id} ${p.part}`).toMatch(/\w/);
        if (!p.reported) expect(p.confidence).toBe('unverified');
        p.sourceIds.forEach((id) => expect(ids).toContain(id));
      }
    }
    const spores = out.suggestions.find((s) => s.adjunct.id === 'bacillus-spores-with-fos-xos-gos')!;
    expect(spores.adjunct.asStudied.parts.find((p) => p.part === 'form')!.confidence).toBe('unverified');
    expect(spores.adjunct.asStudied.parts.find((p) => p.part === 'product')!.text).toBe(
      'Not reported in what we could read.',
    );
  });
});
