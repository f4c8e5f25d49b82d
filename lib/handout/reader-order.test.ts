/**
 * Handouts for every answer, to the right reader, most important first (issue 18): who the sheet speaks to, what
 * comes first, no amount or product for a patient outside the studied ages or population, a sheet that says why
 * nothing is suggested, and no instruction the sheet cannot complete.
 */
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { recommend } from '@/lib/rules/engine';
import type { RecommendationInput } from '@/lib/rules/types';
import { buildHandout, outsideStudied, readerFor } from './build';
import type { HandoutContent, Section } from './content';
import { adjunctPlain, doseUnverified, readerPlain } from './plain-language';
import { producibleHandouts } from './producible';
import { handoutReadingGrade, handoutTextUnits } from './readability';

const kb = getKnowledgeBase();
const issuedAt = new Date('2026-11-27T09:30:00Z');

function build(input: RecommendationInput, pick: 'default' | 'all' | 'none' = 'default', clinic = null) {
  const rec = recommend(kb, input);
  const ids = rec.suggestions
    .filter((s) =>
      pick === 'all' ? true : pick === 'none' ? false : s.stance === 'consider' || s.stance === 'consider-with-caution',
    )
    .map((s) => s.id);
  return { rec, content: buildHandout(kb, rec, ids, issuedAt, { clinic }) };
}

const text = (section: Section | null | undefined) =>
  section ? [section.heading, ...section.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items))] : [];
const all = (content: HandoutContent) => handoutTextUnits(content).join('\n');

const infant: RecommendationInput = {
  condition: 'atopic-dermatitis',
  regimen: [],
  factors: ['milk-allergy'],
  age: 0,
  ageMonths: 8,
};
const pregnantOnIsotretinoin: RecommendationInput = {
  condition: 'acne-vulgaris',
  regimen: ['isotretinoin'],
  factors: ['pregnant'],
  age: 28,
};
const acneAt19: RecommendationInput = {
  condition: 'acne-vulgaris',
  regimen: ['adapalene', 'benzoyl-peroxide', 'oral-doxycycline'],
  factors: [],
  age: 19,
};
const methotrexateAt45: RecommendationInput = {
  condition: 'psoriasis',
  regimen: ['topical-corticosteroid', 'methotrexate'],
  factors: [],
  age: 45,
};

describe('the reader', () => {
  const reader = (input: Partial<RecommendationInput>) =>
    readerFor(recommend(kb, { condition: 'acne-vulgaris', regimen: [], factors: [], age: null, ...input }));

  it('is a parent for a child (under 18 or an age in months), the mother in pregnancy or breastfeeding, else the patient', () => {
    expect(reader({ age: 45 })).toBe('self');
    expect(reader({ age: 18 })).toBe('self');
    expect(reader({ age: null })).toBe('self');
    expect(reader({ age: 17 })).toBe('child');
    expect(reader({ age: 0, ageMonths: 8 })).toBe('child');
    expect(reader({ age: 30, factors: ['pregnant'] })).toBe('mother');
    expect(reader({ age: 30, factors: ['breastfeeding'] })).toBe('mother');
    // A pregnant teenager is spoken to herself, about herself and her baby.
    expect(reader({ age: 16, factors: ['pregnant'] })).toBe('mother');
  });

  it('speaks to the parent about "your child" for the 8-month-old with eczema and milk allergy', () => {
    for (const pick of ['default', 'all'] as const) {
      const { content } = build(infant, pick);
      expect(content.reader).toBe('child');
      expect(content.title).toBe('Probiotics and your child’s eczema');
      expect(content.important?.heading).toBe('Important for your child');
      expect(all(content)).toContain('Your child has a milk allergy.');
      expect(all(content)).toContain('For eczema your child already has');
      expect(all(content)).not.toContain('You have a milk allergy');
      // No stop reason about becoming pregnant for a baby.
      expect(all(content)).not.toMatch(/becomes? pregnant/);
    }
  });

  it('never speaks to a child as the patient in any handout the knowledge base can produce', () => {
    const AS_PATIENT = [
      /\bYou (have|take|use|are)\b/,
      /\byou (take|use|are|become|start|need) /,
      /\byou get (a fever|signs)/,
      /\b(for|with) me\b/,
      /\bmy (immune|antibiotic|biologic|heart|other)\b/,
      /\bI take\b/,
      /you already have/,
      /\byour body’s\b/,
      /\bat your age\b/,
      /Should I stop/,
      /Stop taking it/,
    ];
    const children = producibleHandouts(kb, issuedAt).filter((h) => h.content.reader === 'child');
    expect(children.length).toBeGreaterThan(20);
    const found = children.flatMap((h) =>
      handoutTextUnits(h.content)
        .filter((t) => AS_PATIENT.some((re) => re.test(t)))
        .map((t) => `${h.label}: ${t}`),
    );
    expect([...new Set(found)]).toEqual([]);
  });

  it('speaks about mother and baby in pregnancy', () => {
    const { content } = build(pregnantOnIsotretinoin, 'all');
    expect(content.reader).toBe('mother');
    expect(content.important?.heading).toBe('Important for you and your baby');
    expect(all(content)).toContain('Is this product right for me and my baby?');
    expect(all(content)).not.toContain('you become pregnant');
  });
});

describe('most important first', () => {
  it('puts the hard stop at the top, before any product, and hard stops before warnings', () => {
    const { content } = build({ ...pregnantOnIsotretinoin, factors: ['pregnant', 'milk-allergy'] }, 'all');
    const units = handoutTextUnits(content);
    const box = text(content.important);
    expect(box[1]).toContain('Isotretinoin must not be used in pregnancy.');
    expect(box.join(' ')).toContain('milk allergy');
    const at = (t: string) => units.findIndex((u) => u.includes(t));
    expect(at('Isotretinoin must not be used in pregnancy.')).toBeLessThan(at(content.products[0]!.name));
    expect(at('Not for you right now')).toBeLessThan(at(content.products[0]!.name));
    // Background after the products.
    expect(at('What are probiotics and prebiotics?')).toBeGreaterThan(at('What to look for on a label'));
  });

  it('puts the methotrexate infection warning in the box at the top, not under each product', () => {
    const { content } = build(methotrexateAt45, 'all');
    expect(text(content.important).join(' ')).toContain('You take a medicine that lowers your body’s defences.');
    for (const p of content.products)
      for (const s of p.sections) expect(text(s).join(' ')).not.toContain('lowers your body’s defences. Live');
  });

  it('keeps information that asks for nothing out of the red box', () => {
    const { content } = build(infant);
    expect(text(content.important).join(' ')).not.toContain('Lowering the chance of eczema');
    expect(text(content.goodToKnow).join(' ')).toContain('Lowering the chance of eczema');
  });
});

describe('never a dose or product outside the studied ages or population', () => {
  const handouts = producibleHandouts(kb, issuedAt);

  it('prints no amount, strain or "how to take it" for a product the patient is outside of, in any handout', () => {
    let checked = 0;
    for (const h of handouts) {
      const units = handoutTextUnits(h.content).join('\n');
      for (const s of h.recommendation.suggestions.filter(outsideStudied)) {
        checked++;
        expect(
          h.content.products.map((p) => p.suggestionId),
          h.label,
        ).not.toContain(s.id);
        const amount = adjunctPlain[s.adjunct.id]!.amount;
        if (amount) expect(units, h.label).not.toContain(amount);
        // A product not to take is named, to say so ("…: do not take it").
        if (s.stance !== 'avoid')
          for (const o of kb.adjunctsById.get(s.adjunct.id)!.organisms)
            if (o.strain) expect(units, h.label).not.toContain(o.strain);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('gives the infant no dosing, even when the clinician ticks the product studied in ages 4 to 17', () => {
    const { content } = build(infant, 'all');
    expect(content.products).toEqual([]);
    expect(all(content)).not.toContain('How to take it');
    expect(all(content)).toContain(
      'A probiotic you talked about was tested only in people aged 4 to 17. No one knows if it would help your child.',
    );
  });
});

describe('a handout for every answer', () => {
  it('says why no probiotic is suggested, with nothing to take, for each no-suggestion case', () => {
    const cases: [RecommendationInput, RegExp][] = [
      [infant, /tested in people aged 4 to 17/],
      [{ condition: 'hidradenitis-suppurativa', regimen: [], factors: [], age: 30 }, /there is no product to suggest/],
      [{ condition: 'atopic-dermatitis', regimen: [], factors: [], age: 30 }, /little or no difference/],
      [{ condition: 'psoriasis', regimen: [], factors: ['immunocompromised'], age: 60 }, /not safe for you right now/],
      [methotrexateAt45, /did not include people in your situation/],
      [acneAt19, /not enough research/],
    ];
    for (const [input, why] of cases) {
      const { content } = build(input, 'none');
      expect(content.products, input.condition).toEqual([]);
      expect(content.whyNone?.heading, input.condition).toMatch(/^Why no probiotic is suggested for (you|your child)$/);
      expect(text(content.whyNone).join(' '), input.condition).toMatch(why);
      expect(content.contact?.heading).toBe('When to call your doctor');
      expect(all(content)).not.toContain('How to take it');
      expect(handoutReadingGrade(content)).toBeLessThanOrEqual(7);
    }
  });
});

describe('no instruction the sheet cannot complete', () => {
  const handouts = producibleHandouts(kb, issuedAt);

  it('asks the reader to look only for what "How to take it" shows, and points only to headings on the sheet', () => {
    for (const h of handouts) {
      const headings = new Set(
        [
          h.content.important,
          h.content.whyNone,
          h.content.notForYou,
          ...h.content.products.flatMap((p) => p.sections),
          ...(h.content.shared?.sections ?? []),
        ].flatMap((s) => (s ? [s.heading] : [])),
      );
      for (const unit of handoutTextUnits(h.content))
        for (const [, heading] of unit.matchAll(/“([^”]+)”/g))
          expect(headings, `${h.label}: ${unit}`).toContain(heading);
      for (const prod of h.content.products) {
        const sections = [...prod.sections, ...(h.content.shared?.sections ?? [])];
        const how = sections
          .filter((s) => s.id === 'how-to-take')
          .flatMap(text)
          .join(' ');
        const label = sections
          .filter((s) => s.id === 'label')
          .flatMap(text)
          .join(' ');
        if (/amount, shown/.test(label)) expect(how, h.label).not.toContain(doseUnverified);
        if (/strain numbers/.test(label)) expect(how, h.label).not.toContain('strain not named');
        if (label.includes('CFU means')) expect(how, h.label).toContain('CFU');
      }
    }
  });
});

describe('the clinic', () => {
  it('keeps the clinic name and phone with the handout, trimmed; blanks are no clinic', () => {
    expect(
      buildHandout(kb, recommend(kb, acneAt19), [], issuedAt, { clinic: { name: ' Skin Clinic ', phone: '' } }).clinic,
    ).toEqual({ name: 'Skin Clinic', phone: null });
    expect(buildHandout(kb, recommend(kb, acneAt19), [], issuedAt, { clinic: { name: ' ', phone: null } }).clinic).toBe(
      null,
    );
    expect(buildHandout(kb, recommend(kb, acneAt19), [], issuedAt).clinic).toBeNull();
  });

  it('is never read as handout text (names and numbers are not prose)', () => {
    const content = buildHandout(kb, recommend(kb, acneAt19), [], issuedAt, {
      clinic: { name: 'Northside Dermatology', phone: '+44 20 7946 0000' },
    });
    expect(all(content)).not.toContain('Northside');
  });
});

it('reads at grade 7 or below for the five handouts of issue 18', () => {
  for (const input of [infant, pregnantOnIsotretinoin, acneAt19, methotrexateAt45])
    for (const pick of ['default', 'all'] as const)
      expect(handoutReadingGrade(build(input, pick).content), `${input.condition} ${pick}`).toBeLessThanOrEqual(7);
  expect(readerPlain.child.importantHeading).toBe('Important for your child');
});
