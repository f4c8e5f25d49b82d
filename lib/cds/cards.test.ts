import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { recommend } from '@/lib/rules/engine';
import type { RecommendationInput } from '@/lib/rules/types';
import {
  type CardContext,
  cardsForRecommendation,
  clampSummary,
  firstSentence,
  md,
  mergeCards,
  OFFERED_STANCES,
  workspaceUrl,
} from './cards';
import type { PatientFindings } from './mapping';
import { Card } from './schemas';

const kb = getKnowledgeBase();
const ORIGIN = 'https://gutskin.example.org';
const noFindings: PatientFindings = {
  age: null,
  ageMonths: null,
  conditions: [],
  medications: [],
  factors: [],
  unmapped: [],
  emptyDraftOrders: 0,
};

function ctx(overrides: Partial<CardContext> = {}): CardContext {
  return {
    kb,
    origin: ORIGIN,
    patientId: 'pat-1',
    makeId: (key) => `id:${key}`,
    findings: noFindings,
    factorSources: {},
    otherMedications: [],
    ...overrides,
  };
}
const cardsFor = (input: RecommendationInput, c: Partial<CardContext> = {}) =>
  cardsForRecommendation(ctx(c), recommend(kb, input));

describe('text helpers', () => {
  it('cuts summaries under 140 characters, at a clause or word boundary', () => {
    const long =
      'On a systemic immunosuppressant: use live probiotics only with caution (infection risk), and note that the trials excluded patients on systemic therapy, so there are no data.';
    const s = clampSummary(long);
    expect(s.length).toBeLessThan(140);
    expect(s).toBe('On a systemic immunosuppressant: use live probiotics only with caution (infection risk)…');
    const noClause = clampSummary(`Infant under 1 year ${'word '.repeat(40)}end.`);
    expect(noClause.length).toBeLessThan(140);
    expect(noClause).toMatch(/ word…$/);
    expect(clampSummary('Short one.')).toBe('Short one.');
  });
  it('finds the first sentence without stopping at genus abbreviations', () => {
    expect(firstSentence('Pregnancy: safe with L. rhamnosus and B. lactis. Yeasts were not assessed.')).toBe(
      'Pregnancy: safe with L. rhamnosus and B. lactis.',
    );
  });
  it('escapes Markdown so record text cannot inject links or formatting', () => {
    expect(md('[click](http://evil.example) *x* <b>')).toBe('\\[click\\](http://evil.example) \\*x\\* \\<b\\>');
    expect(md('line one\nline two')).toBe('line one line two');
  });
  it('builds the workspace URL with the state and no identifiers', () => {
    expect(
      workspaceUrl(ORIGIN, {
        condition: 'psoriasis',
        regimen: ['methotrexate', 'calcipotriene'],
        factors: ['milk-allergy'],
        age: 46,
      }),
    ).toBe(`${ORIGIN}/?condition=psoriasis&regimen=methotrexate,calcipotriene&factors=milk-allergy&age=46`);
    expect(workspaceUrl(ORIGIN, { condition: 'rosacea', regimen: [], factors: [], age: null })).toBe(
      `${ORIGIN}/?condition=rosacea`,
    );
  });
});

describe('cards from a recommendation', () => {
  it('offers adjuncts on one info card with at-most-one suggestions, each a draft MedicationRequest proposal', () => {
    const cards = cardsFor({ condition: 'psoriasis', regimen: ['calcipotriene-betamethasone'], factors: [], age: 46 });
    expect(cards).toHaveLength(1);
    const [card] = cards;
    expect(Card.parse(card)).toBeTruthy();
    expect(card).toMatchObject({
      uuid: 'id:adjuncts:psoriasis',
      indicator: 'info',
      selectionBehavior: 'at-most-one',
      source: { label: `GutSkin CDS ${kb.rulesetVersion}`, url: `${ORIGIN}/methods` },
    });
    expect(card!.summary).toMatch(
      /^Psoriasis: a studied probiotic add-on may be considered \(low certainty, SORT B\)$/,
    );
    const suggestion = card!.suggestions![0]!;
    expect(suggestion.uuid).toBe('id:suggestion:psoriasis:navarro-lopez-psoriasis-three-strain');
    const action = suggestion.actions![0]!;
    expect(action).toMatchObject({
      type: 'create',
      resource: {
        resourceType: 'MedicationRequest',
        status: 'draft',
        intent: 'proposal',
        subject: { reference: 'Patient/pat-1' },
      },
    });
    const resource = action.resource as unknown as {
      medicationCodeableConcept: { text: string };
      dosageInstruction: { text: string }[];
    };
    expect(resource.medicationCodeableConcept.text).toContain('Bifidobacterium longum CECT 7347');
    expect(resource.medicationCodeableConcept.text).toContain('Lactobacillus rhamnosus CECT 8361');
    expect(resource.dosageInstruction[0]!.text).toContain('1×10⁹ CFU per capsule, 1 capsule a day');
    expect(resource.dosageInstruction[0]!.text).toContain('12 weeks');
    expect(card!.overrideReasons!.map((r) => r.code)).toEqual([
      'patient-declined',
      'not-clinically-relevant',
      'evidence-insufficient',
      'already-taking',
    ]);
    expect(
      card!.overrideReasons!.every((r) => r.system === `${ORIGIN}/cds/override-reasons` && r.display.length > 0),
    ).toBe(true);
    expect(card!.links!.map((l) => l.url)).toEqual([
      `${ORIGIN}/evidence/psoriasis/navarro-lopez-psoriasis-three-strain`,
      `${ORIGIN}/?condition=psoriasis&regimen=calcipotriene-betamethasone&age=46`,
      `${ORIGIN}/conditions/psoriasis`,
    ]);
    expect(card!.links!.every((l) => l.type === 'absolute')).toBe(true);
  });

  it('writes stance, certainty, strength, caveats and assumptions into the detail', () => {
    const [card] = cardsFor({ condition: 'psoriasis', regimen: [], factors: [], age: 46 });
    const detail = card!.detail!;
    expect(detail).toContain('**Stance:** may be considered');
    expect(detail).toContain('**Certainty (GRADE):** low');
    expect(detail).toContain('**Strength (SORT):** B');
    expect(detail).toContain('**Caveats:**');
    expect(detail).toContain('Further research is needed');
    expect(detail).toMatch(
      /\*\*Not in the record, so taken as absent \(check before acting\):\*\* Immunocompromised, .*Pregnant/,
    );
    expect(detail).toContain('**Not suggested:** Five-strain Bacillus spore probiotic');
  });

  it('turns warning and critical alerts into their own cards with that indicator', () => {
    const cards = cardsFor({
      condition: 'psoriasis',
      regimen: ['methotrexate'],
      factors: ['immunocompromised'],
      age: 50,
    });
    const alerts = cards.filter((c) => c.indicator !== 'info');
    expect(alerts.map((c) => [c.indicator, c.uuid])).toEqual(
      expect.arrayContaining([
        ['critical', 'id:alert:live-microbes-immunocompromised'],
        ['warning', 'id:alert:systemic-immunosuppressant'],
      ]),
    );
    for (const card of alerts) {
      expect(card.summary.length).toBeLessThan(140);
      expect(card.suggestions).toBeUndefined();
      expect(card.detail).toContain('**Sources:**');
    }
  });

  it('says plainly when no adjunct is offered: one info card, no suggestions', () => {
    const cards = cardsFor({ condition: 'hidradenitis-suppurativa', regimen: [], factors: [], age: 30 });
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ indicator: 'info', uuid: 'id:conclusion:hidradenitis-suppurativa' });
    expect(cards[0]!.summary).toMatch(
      /^Insufficient evidence: no trial .* hidradenitis suppurativa, so none is suggested\.$/,
    );
    expect(cards[0]!.suggestions).toBeUndefined();
  });

  it('keeps every summary under 140 characters, for every condition and many patient states', () => {
    const factorSets = [
      [],
      ['immunocompromised'],
      ['milk-allergy', 'egg-allergy', 'pregnant'],
      ['oral-antibiotics', 'oral-antifungals', 'irritable-bowel'],
      ['central-venous-catheter', 'critically-ill'],
    ];
    for (const condition of kb.data.conditions) {
      for (const factors of factorSets) {
        for (const age of [0, 8, 40, null]) {
          const regimen = condition.regimenOptionIds.slice(0, 3);
          for (const card of cardsFor({ condition: condition.id, regimen, factors, age })) {
            expect(Card.safeParse(card).success, `${condition.id} ${factors} ${age}: ${card.summary}`).toBe(true);
            if (card.suggestions) {
              expect(card.selectionBehavior).toBe('at-most-one');
              expect(card.suggestions.length).toBeGreaterThan(0);
            }
          }
        }
      }
    }
  });

  it('only consider and consider-with-caution adjuncts become suggestions', () => {
    const rec = recommend(kb, { condition: 'acne-vulgaris', regimen: [], factors: [], age: 20 });
    const card = cardsForRecommendation(ctx(), rec).find((c) => c.suggestions?.length);
    const offered = rec.suggestions
      .filter((s) => OFFERED_STANCES.includes(s.stance))
      .map((s) => `id:suggestion:${s.id}`);
    expect(card!.suggestions!.map((s) => s.uuid)).toEqual(offered);
    expect(offered.length).toBeLessThan(rec.suggestions.length);
  });

  it('escapes what the record says before it reaches the detail', () => {
    const findings: PatientFindings = {
      ...noFindings,
      unmapped: ['Medication not recognised: [x](javascript:alert(1)).'],
    };
    const [card] = cardsFor({ condition: 'rosacea', regimen: [], factors: [], age: 40 }, { findings });
    expect(card!.detail).toContain('\\[x\\](javascript:alert(1))');
  });
});

describe('merging the cards of several conditions', () => {
  it('keeps one card per alert and puts the most urgent first', () => {
    const a = cardsFor({ condition: 'psoriasis', regimen: [], factors: ['milk-allergy'], age: 40 });
    const b = cardsFor({
      condition: 'acne-vulgaris',
      regimen: [],
      factors: ['milk-allergy', 'immunocompromised'],
      age: 40,
    });
    const merged = mergeCards([a, b]);
    expect(merged.filter((c) => c.uuid === 'id:alert:milk-allergen')).toHaveLength(1);
    expect(merged[0]!.indicator).toBe('critical');
    expect(merged.map((c) => c.indicator)).toEqual(
      [...merged.map((c) => c.indicator)].sort(
        (x, y) => ['critical', 'warning', 'info'].indexOf(x) - ['critical', 'warning', 'info'].indexOf(y),
      ),
    );
    expect(
      merged.filter((c) => c.uuid?.startsWith('id:adjuncts:') || c.uuid?.startsWith('id:conclusion:')),
    ).toHaveLength(2);
  });
});

describe('the product as studied on cards (issue 15)', () => {
  const input: RecommendationInput = { condition: 'acne-vulgaris', regimen: ['adapalene'], factors: [], age: 20 };

  it('names each part and says which were not reported or only partly checked', () => {
    const detail = cardsFor(input)
      .map((c) => c.detail ?? '')
      .join('\n');
    expect(detail).toMatch(/Background treatment: not reported in what we could read/);
    expect(detail).toMatch(/Dose: [^·]*\(partly checked\)/);
    expect(detail).toMatch(/\*\*Conflicts of interest:\*\* [^\n]*Bionou Research/);
  });

  it('never drafts an order "as studied" when the studied dose is not fully known', () => {
    const card = cardsFor(input).find((c) => c.suggestions?.length)!;
    const eguren = card.suggestions!.find((s) => s.label.includes('CECT 30031'))!;
    expect(eguren.label).toMatch(/studied dose not fully known/);
    const resource = eguren.actions![0]!.resource as unknown as { dosageInstruction: { text: string }[] };
    expect(resource.dosageInstruction[0]!.text).toMatch(
      /The studied dose is not fully known: .*Do not guess an amount/,
    );
    expect(JSON.stringify(eguren)).not.toMatch(/\bas studied\b/);
  });
});
