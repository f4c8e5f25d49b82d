import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { recommend } from '@/lib/rules/engine';
import { Personas } from '@/lib/rules/personas';
import type { RecommendationInput } from '@/lib/rules/types';
import { buildHandout, hoistShared } from './build';
import { HandoutContent, type Section } from './content';
import { doseUnverified, footerText, readerPlain } from './plain-language';
import { handoutTextUnits } from './readability';

const kb = getKnowledgeBase();
const issuedAt = new Date('2026-11-27T09:30:00Z');

function handoutFor(input: RecommendationInput, pick?: (id: string) => boolean) {
  const rec = recommend(kb, input);
  const ids = rec.suggestions.map((s) => s.id).filter((id) => (pick ? pick(id) : true));
  return { rec, content: buildHandout(kb, rec, ids, issuedAt) };
}

const text = (section: Section | undefined | null) =>
  section
    ? [section.heading, ...section.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items))].join('\n')
    : '';
const all = (content: HandoutContent) => handoutTextUnits(content).join('\n');
const headings = (sections: Section[]) => sections.map((s) => s.heading);

// Most important first: whether it goes with the treatment, how to take it and when to stop; then background.
const PRODUCT_HEADINGS = [
  'It goes with your skin treatment, not instead of it',
  'How to take it',
  'When to stop and call',
  'What to expect',
  'What it is and why your doctor mentioned it',
  'Questions to ask your doctor or pharmacist',
  'What to look for on a label',
];

describe('acne on doxycycline', () => {
  const jung = 'acne-vulgaris:jung-three-strain-lactobacillus-bifidobacterium';
  const { content } = handoutFor(Personas.acneOnDoxycycline, (id) => id === jung);
  const product = content.products[0]!;

  it('prints the one selected product with all seven sections, in order', () => {
    expect(content.products).toHaveLength(1);
    expect(product.suggestionId).toBe(jung);
    expect(headings(product.sections)).toEqual(PRODUCT_HEADINGS);
    expect(content.shared).toBeNull();
  });

  it('names the product as studied: strains, amount and duration from the knowledge base', () => {
    const how = text(product.sections.find((s) => s.id === 'how-to-take'));
    for (const o of kb.adjunctsById.get('jung-three-strain-lactobacillus-bifidobacterium')!.organisms)
      expect(how).toContain(o.species);
    expect(how).toContain('5 billion CFU of Lactobacillus acidophilus');
    expect(how).toContain('20 billion CFU of Bifidobacterium bifidum');
    expect(how).toContain('2 capsules a day');
    expect(how).toContain('12 weeks');
    expect(how).toContain('strain not named');
    expect(how).not.toContain(doseUnverified);
  });

  it('tells the patient to space it from the antibiotic (in the box at the top), with the warning signs', () => {
    const stop = text(product.sections.find((s) => s.id === 'stop-and-call'));
    expect(text(content.important)).toContain('at least 2 hours before or after your antibiotic');
    expect(stop).not.toContain('at least 2 hours');
    for (const sign of ['fever or chills', 'very unwell', 'rash, swelling or trouble breathing'])
      expect(stop).toContain(sign);
    expect(text(product.sections.find((s) => s.id === 'questions'))).toContain(
      'How should I time it with my antibiotic?',
    );
  });

  it('is honest about what to expect (low certainty: may help a little; still studied)', () => {
    const expectText = text(product.sections.find((s) => s.id === 'what-to-expect'));
    // Low certainty, but no product can be matched to the unnamed strains: not enough research to suggest it.
    expect(expectText).toContain('There is not enough research to know if this helps.');
    // Very low certainty (open label, about 15 per arm): "may help a little" would overstate it.
    expect(expectText).not.toContain('may help a little');
    expect(expectText).toContain('Researchers are still studying products like this.');
    expect(product.standing).toMatch(/not enough research/);
  });

  it('says it goes with the skin treatment, and what a label can and cannot tell', () => {
    expect(text(product.sections.find((s) => s.id === 'alongside'))).toContain(
      'Keep using the skin treatment your doctor gave you.',
    );
    const label = text(product.sections.find((s) => s.id === 'label'));
    expect(label).toContain('Other products are different');
    expect(label).toContain('Supplements are not checked like medicines');
    expect(label).toContain('labels are not always right');
  });

  it('carries the title, date, version, the general part and the footer', () => {
    expect(content.title).toBe('Probiotics and your acne');
    expect(content.conditionName).toBe('acne');
    expect(content.issuedOn).toBe('27 November 2026');
    expect(content.issuedAt).toBe('2026-11-27T09:30:00.000Z');
    expect(content.rulesetVersion).toBe(kb.rulesetVersion);
    expect(text(content.general)).toMatch(/live micro-organisms.*right amount/);
    expect(text(content.general)).toContain('fibre that feeds helpful bacteria');
    expect(content.footer).toBe(footerText);
    expect(content.intro.map((b) => (b.kind === 'paragraph' ? b.text : '')).join(' ')).toMatch(
      /do not start, stop or change any treatment/,
    );
  });

  it('beside products worth acting on, lists an insufficient-evidence product briefly, as not known to help', () => {
    const { content: full } = handoutFor({
      condition: 'acne-vulgaris',
      regimen: ['adapalene', 'benzoyl-peroxide'],
      factors: [],
      age: 20,
    });
    expect(full.products.map((p) => p.stance)).toEqual(['consider']);
    expect(full.alsoDiscussed?.heading).toBe('Also talked about: not enough research');
    expect(text(full.alsoDiscussed)).toContain(
      'There is not enough research to know if this helps. Your doctor is not asking you to take it.',
    );
  });

  it('prints an insufficient-evidence product in full when it is what the sheet is about', () => {
    const { content: alone } = handoutFor(Personas.acneOnDoxycycline, (id) =>
      id.endsWith('lactobacillus-rhamnosus-sp1'),
    );
    expect(alone.alsoDiscussed).toBeNull();
    const sp1 = alone.products.find((p) => p.adjunctId === 'lactobacillus-rhamnosus-sp1')!;
    expect(sp1.standing).toBe('There is not enough research to know if this helps.');
    expect(text(sp1.sections.find((s) => s.id === 'what-to-expect'))).toContain(
      'There is not enough research to know if this helps.',
    );
    // Very low certainty: "We do not know if it helps" would only repeat it.
    expect(text(sp1.sections.find((s) => s.id === 'what-to-expect'))).not.toContain('We do not know if it helps.');
  });

  it('prints the sections that read the same for every product once, after the products', () => {
    // Two products printed in full, each from its own sheet (a sheet with nothing worth acting on prints one).
    const input = { ...Personas.seborrheicOnItraconazole, factors: ['oral-antibiotics'] };
    const ids = recommend(kb, input).suggestions.map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const products = ids.slice(0, 2).map((id) => handoutFor(input, (x) => x === id).content.products[0]!);
    const shared = hoistShared(products);
    expect(shared?.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['alongside', 'stop-and-call', 'label']));
    for (const p of products)
      expect(p.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['what-and-why', 'how-to-take']));
    // Items every product has are printed once; each product keeps its own.
    expect(text(shared!.sections.find((s) => s.id === 'stop-and-call'))).toContain('fever or chills');
    expect(
      products.every((p) => !text(p.sections.find((s) => s.id === 'stop-and-call')).includes('fever or chills')),
    ).toBe(true);
  });

  it('with nothing worth acting on, prints the first product in full and lists the rest briefly', () => {
    const { content } = handoutFor({ ...Personas.seborrheicOnItraconazole, factors: ['oral-antibiotics'] });
    expect(content.products).toHaveLength(1);
    expect(text(content.alsoDiscussed)).toContain('There is not enough research to know if this helps.');
  });
});

describe('psoriasis on methotrexate', () => {
  const { content } = handoutFor(Personas.psoriasisOnMethotrexate);

  it('says the trial left out people on methotrexate, with no amount or strains, and cautions at the top', () => {
    expect(content.products.map((p) => p.adjunctId)).not.toContain('navarro-lopez-psoriasis-three-strain');
    const also = text(content.alsoDiscussed);
    expect(also).toContain(readerPlain.self.outsidePopulationProduct('probiotic'));
    expect(also).toContain('So this sheet does not say how to take it.');
    expect(all(content)).not.toContain('1 billion CFU');
    expect(all(content)).not.toContain('Lactobacillus rhamnosus CECT 8361');
    expect(text(content.important)).toContain('You take a medicine that lowers your body’s defences.');
    expect(text(content.important)).toContain(
      'There is no research on whether probiotics help people on these medicines.',
    );
    expect(all(content)).toContain('Is it safe for me with the medicine I take for my immune system?');
  });

  it('says plainly that the amount must be checked with the doctor when the dose was not verified', () => {
    const { content: buhasOnly } = handoutFor(Personas.psoriasisOnMethotrexate, (id) =>
      id.endsWith('bacillus-spores-with-fos-xos-gos'),
    );
    const buhas = buhasOnly.products.find((p) => p.adjunctId === 'bacillus-spores-with-fos-xos-gos')!;
    expect(text(buhas.sections.find((s) => s.id === 'how-to-take'))).toContain(doseUnverified);
    expect(text(buhas.sections.find((s) => s.id === 'questions'))).toContain('What amount should I take?');
    // No amount is shown for it, so the label advice does not send the reader looking for one.
    expect(text(buhas.sections.find((s) => s.id === 'label'))).not.toMatch(/amount shown/);
    // On a topical alone the trial's patients are matched, so the amount is shown.
    const topical = handoutFor(Personas.psoriasisTopicalOnly).content;
    const navarro = topical.products.find((p) => p.adjunctId === 'navarro-lopez-psoriasis-three-strain')!;
    expect(text(navarro.sections.find((s) => s.id === 'how-to-take'))).toContain('1 billion CFU');
    expect(text(navarro.sections.find((s) => s.id === 'how-to-take'))).toContain('Lactobacillus rhamnosus CECT 8361');
  });
});

describe('infant: eczema prevention', () => {
  const { content } = handoutFor({
    condition: 'atopic-dermatitis-prevention',
    regimen: [],
    factors: ['family-history-atopy'],
    age: 0,
    ageMonths: 3,
  });
  const product = content.products[0]!;

  it('speaks to the parent, with the infant cautions in plain words', () => {
    expect(content.title).toBe('Probiotics and eczema in your baby');
    expect(product.stance).toBe('consider-with-caution');
    expect(headings(product.sections)).toContain('It goes with your baby’s usual care, not instead of it');
    const stop = text(product.sections.find((s) => s.id === 'stop-and-call'));
    expect(stop).toContain('you or your baby get a fever or chills');
    expect(text(content.important)).toContain('No probiotic is approved for babies');
    expect(text(content.important)).toContain('Do not give one if your baby was born early or is in hospital care.');
    expect(text(product.sections.find((s) => s.id === 'how-to-take'))).toContain(
      'It was then given for 6 months after the birth.',
    );
    expect(all(content)).toContain('It is not a treatment for eczema.');
  });

  it('rules the product out for a preterm or hospitalised newborn', () => {
    const { content: preterm } = handoutFor(Personas.pretermNewbornPrevention);
    expect(preterm.products).toEqual([]);
    expect(text(preterm.notForYou)).toContain('Do not give probiotics to a baby born early');
  });
});

describe('immunocompromised patient: the live product is avoid', () => {
  const { rec, content } = handoutFor(Personas.psoriasisImmunocompromised);

  it('never prints an avoided product as something to take, only under "Not for you right now" with the reason', () => {
    expect(rec.suggestions.every((s) => s.stance === 'avoid')).toBe(true);
    expect(content.products).toEqual([]);
    expect(content.shared).toBeNull();
    const everything = all(content);
    for (const heading of ['How to take it', 'What to look for on a label', 'Questions to ask'])
      expect(everything).not.toContain(heading);
    expect(content.notForYou?.heading).toBe('Not for you right now');
    const notForYou = text(content.notForYou);
    expect(notForYou).toContain('Probiotic capsule with 3 kinds of bacteria: do not take it.');
    expect(notForYou).toContain('Spore probiotic with prebiotic fibre: do not take it.');
    expect(notForYou).toContain('When the body’s defences are weak, live bacteria can get into the blood');
    expect(everything).toContain('The product your doctor talked about is not for you right now.');
  });

  it('prints only what was selected', () => {
    const { content: one } = handoutFor(Personas.psoriasisImmunocompromised, (id) =>
      id.endsWith('navarro-lopez-psoriasis-three-strain'),
    );
    expect(text(one.notForYou)).not.toContain('Spore probiotic');
    const { content: none } = handoutFor(Personas.psoriasisImmunocompromised, () => false);
    expect(none.notForYou).toBeNull();
    expect(text(none.whyNone)).toContain(readerPlain.self.hardStop);
    expect(text(none.important)).toContain('Live bacteria can then get into the blood');
  });
});

describe('other situations from the alerts', () => {
  it('milk allergy: may contain milk protein even when the label says milk-free', () => {
    const { content } = handoutFor(Personas.childWithEczemaAndMilkAllergy);
    expect(all(content)).toContain('10 of 11 probiotic products had milk protein in them, even one labelled milk-free');
    expect(all(content)).toContain('Has this product been tested for milk?');
    expect(all(content)).toContain('large reviews found that probiotics probably make little or no difference');
  });

  it('pregnant on isotretinoin: the skin medicine is raised once, near the top, whatever is selected', () => {
    const { content } = handoutFor(Personas.acneOnIsotretinoinPregnant, () => false);
    expect(text(content.important)).toContain('Isotretinoin must not be used in pregnancy.');
    const { content: withProducts } = handoutFor(Personas.acneOnIsotretinoinPregnant);
    expect(all(withProducts).split('Isotretinoin must not be used in pregnancy.').length - 1).toBe(1);
    expect(all(withProducts)).not.toContain('Keep using the skin treatment');
    expect(all(withProducts)).toContain(
      'Reviews of studies in pregnancy found no safety problems with Lactobacillus or Bifidobacterium products.',
    );
  });

  it('central line and critical illness: both reasons, once each', () => {
    const { content } = handoutFor(Personas.icuPatientWithCentralLine);
    const notForYou = text(content.notForYou);
    expect(notForYou).toContain('people with a central line');
    expect(notForYou).toContain('very ill or fed through a tube');
    expect(notForYou.split('people with a central line').length - 1).toBe(2); // one per product
  });

  it('outside the studied ages: says so', () => {
    const { content } = handoutFor({ ...Personas.acneOnDoxycycline, age: 50 }, (id) =>
      id.endsWith('jung-three-strain-lactobacillus-bifidobacterium'),
    );
    expect(text(content.alsoDiscussed)).toContain(
      'A probiotic you talked about was tested only in people aged 18 to 35. No one knows if it would help you. So this sheet does not say how to take it.',
    );
    expect(content.products).toEqual([]);
    expect(all(content)).not.toContain('2 capsules a day');
  });

  it('no studied product (hidradenitis suppurativa): a short sheet that says so', () => {
    const { content } = handoutFor(Personas.hidradenitisOnAdalimumab);
    expect(content.products).toEqual([]);
    expect(all(content)).toContain('there is no product to suggest');
  });
});

describe('the handout as data', () => {
  it('is JSON-serialisable, valid against its schema, and the same for the same input and time', () => {
    const { content } = handoutFor(Personas.psoriasisOnMethotrexate);
    const roundTrip = JSON.parse(JSON.stringify(content));
    expect(roundTrip).toEqual(content);
    expect(HandoutContent.parse(roundTrip)).toEqual(content);
    expect(handoutFor(Personas.psoriasisOnMethotrexate).content).toEqual(content);
  });

  it('takes its date from the caller, never from a clock', () => {
    const rec = recommend(kb, Personas.psoriasisTopicalOnly);
    const content = buildHandout(kb, rec, [], new Date('2030-01-05T23:59:00Z'));
    expect(content.issuedOn).toBe('5 January 2030');
  });

  it('refuses suggestion ids that are not in the recommendation', () => {
    const rec = recommend(kb, Personas.psoriasisTopicalOnly);
    expect(() => buildHandout(kb, rec, ['acne-vulgaris:lactobacillus-rhamnosus-sp1'], issuedAt)).toThrow(
      /Not suggestions of this recommendation/,
    );
  });
});

describe('when to stop, for this patient', () => {
  it('does not tell a patient who is pregnant to stop "if you become pregnant"; it does tell one who is not', () => {
    const input = { condition: 'psoriasis', regimen: ['topical-corticosteroid'], factors: [] as string[], age: 30 };
    const stopText = (factors: string[]) =>
      handoutFor({ ...input, factors })
        .content.products.flatMap((p) => p.sections)
        .concat(handoutFor({ ...input, factors }).content.shared?.sections ?? [])
        .filter((s) => s.id === 'stop-and-call')
        .map(text)
        .join('\n');
    expect(stopText([])).toMatch(/become pregnant/);
    expect(stopText(['pregnant'])).not.toMatch(/become pregnant/);
    expect(stopText(['pregnant'])).toMatch(/central line/);
  });
});
