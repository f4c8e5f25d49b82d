import { describe, expect, it } from 'vitest';
import { conditionsResponse } from '@/lib/api/conditions';
import { getKnowledgeBase } from '@/lib/kb';
import { noLabelFacts, tinyKnowledgeBase } from '@/lib/kb/testing';
import type { KnowledgeBaseInput } from '@/lib/kb/schema';
import { workspaceCatalogue } from './catalogue';
import { factorEntry, matchNote, quickAddMatches, regimenEntry } from './quick-add';

type Option = KnowledgeBaseInput['regimenOptions'][number];

/** Made-up drugs (no real drug facts): the matcher is tested on what it does with the terms, not on shipped content. */
const drug = (id: string, name: string, extra: Partial<Option>): Option => ({
  id,
  name,
  route: 'oral',
  drugClass: 'test',
  ingredients: [id],
  safety: noLabelFacts,
  ...extra,
});

function edit(input: KnowledgeBaseInput) {
  input.sources.push({
    id: 'fictinol-label',
    type: 'regulatory',
    label: 'Fictal (fictinol) test label',
    citation: 'Fictal (fictinol) tablets. Test prescribing information.',
    year: 2020,
    pmid: '2',
    ocebmLevel: 5,
    design: 'A test label.',
    findings: 'A test label for the quick-add matcher.',
  });
  const labelled = { ...noLabelFacts.paediatric, sourceIds: ['fictinol-label'], confidence: 'confirmed' as const };
  input.regimenOptions.push(
    drug('fictinol', 'Fictinol (oral)', {
      drugClass: 'fictocycline',
      ingredients: ['fictinol'],
      searchTerms: { abbreviations: ['FTN'], brands: ['Fictal'] },
      safety: { ...noLabelFacts, paediatric: labelled },
    }),
    drug('mextinol', 'Mextinol', { drugClass: 'fictocycline', searchTerms: { abbreviations: ['MTN'] } }),
    drug('ftn-cream', 'Ftnaline cream', { route: 'topical', drugClass: 'emollient-like' }),
    drug('topical-fictosteroid', 'Topical fictocorticosteroid', {
      route: 'topical',
      drugClass: 'fictocorticosteroid',
      ingredients: ['fictomethasone', 'clobefictol'],
      searchTerms: { synonyms: ['topical fictoid'] },
    }),
  );
  input.conditions[0]!.regimenOptionIds.push('fictinol', 'mextinol', 'ftn-cream', 'topical-fictosteroid');
  input.factors.push({
    id: 'fict-allergy',
    name: "Cow's fict allergy",
    description: 'Test.',
    searchTerms: { abbreviations: ['CFA'], synonyms: ["cow's fict protein allergy"] },
  });
}

const kb = tinyKnowledgeBase(edit);
const catalogue = workspaceCatalogue(conditionsResponse(kb), kb.data.factors);
const regimen = catalogue.conditions[0]!.regimenOptions.map(regimenEntry);
const factors = catalogue.factors.map(factorEntry);
const ids = (text: string, entries = regimen) => quickAddMatches(entries, text).map((m) => m.entry.id);

describe('quick-add matcher', () => {
  it('puts an exact abbreviation first, before names that merely start with the same letters', () => {
    // "ftn" is FTN's abbreviation and also the start of "Ftnaline cream": the abbreviation wins.
    expect(ids('ftn')).toEqual(['fictinol', 'ftn-cream']);
    expect(ids('FTN')[0]).toBe('fictinol');
    expect(ids('mtn')).toEqual(['mextinol']);
  });

  it('finds a brand, an ingredient, an other name and the start of a name', () => {
    expect(ids('fictal')).toEqual(['fictinol']);
    expect(matchNote(quickAddMatches(regimen, 'Fictal')[0]!)).toBe('brand Fictal');
    expect(ids('clobefictol')).toEqual(['topical-fictosteroid']);
    expect(ids('topical fictoid')).toEqual(['topical-fictosteroid']);
    expect(ids('mext')).toEqual(['mextinol']);
    expect(matchNote(quickAddMatches(regimen, 'mext')[0]!)).toBeNull();
  });

  it('finds every member of a drug class, in the knowledge base order', () => {
    expect(ids('fictocycline')).toEqual(['fictinol', 'mextinol']);
    expect(quickAddMatches(regimen, 'fictocycline')[0]!.by).toBe('class');
  });

  it('matches words in order and text inside a word, ranked after the start of a name', () => {
    expect(ids('fict', factors)).toEqual(['fict-allergy']);
    expect(ids('fict prot', factors)).toEqual(['fict-allergy']);
    expect(ids('cfa', factors)).toEqual(['fict-allergy']);
    // "steroid" is inside "fictocorticosteroid": found, but after anything that starts with the text.
    expect(ids('steroid')).toEqual(['topical-fictosteroid']);
    expect(quickAddMatches(regimen, 'steroid')[0]!.rank).toBeGreaterThan(quickAddMatches(regimen, 'mext')[0]!.rank);
  });

  it('finds nothing for text no entry has, and for empty text', () => {
    expect(ids('zzzz')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    // One or two letters are not looked for inside words (too many false hits).
    expect(ids('xt')).toEqual([]);
  });

  it('treats a curly apostrophe and extra spaces as typed straight', () => {
    expect(ids('cow’s   fict', factors)).toEqual(['fict-allergy']);
  });
});

describe('quick-add terms are checked when the knowledge base loads', () => {
  it('refuses a brand that none of the option’s product-information sources names', () => {
    expect(() =>
      tinyKnowledgeBase((input) => {
        edit(input);
        input.regimenOptions.find((o) => o.id === 'mextinol')!.searchTerms = { brands: ['Mexal'] };
      }),
    ).toThrow(/brand "Mexal", which none of its product-information sources names/);
  });

  it('refuses an abbreviation given to two entries', () => {
    expect(() =>
      tinyKnowledgeBase((input) => {
        edit(input);
        input.regimenOptions.find((o) => o.id === 'mextinol')!.searchTerms = { abbreviations: ['FTN'] };
      }),
    ).toThrow(/search term "FTN" is given to both/);
  });

  it('refuses a brand on a patient factor', () => {
    expect(() =>
      tinyKnowledgeBase((input) => {
        edit(input);
        input.factors.at(-1)!.searchTerms = { brands: ['Fictal'] };
      }),
    ).toThrow();
  });
});

describe('quick-add on the shipped knowledge base: what clinicians type', () => {
  const shipped = workspaceCatalogue(conditionsResponse(getKnowledgeBase()), getKnowledgeBase().data.factors);
  const list = (condition: string) =>
    shipped.conditions.find((c) => c.id === condition)!.regimenOptions.map(regimenEntry);
  const first = (condition: string, text: string) => quickAddMatches(list(condition), text)[0]?.entry.id;
  it.each([
    ['acne-vulgaris', 'bpo', 'benzoyl-peroxide'],
    ['acne-vulgaris', 'ada', 'adapalene'],
    ['acne-vulgaris', 'dox', 'oral-doxycycline'],
    ['acne-vulgaris', 'Differin', 'adapalene'],
    ['acne-vulgaris', 'tetracycline', 'oral-doxycycline'],
    ['psoriasis', 'mtx', 'methotrexate'],
    ['psoriasis', 'tcs', 'topical-corticosteroid'],
    ['psoriasis', 'topical steroid', 'topical-corticosteroid'],
    ['psoriasis', 'calcipotriol', 'calcipotriene'],
    ['atopic-dermatitis', 'CsA', 'ciclosporin'],
  ])('%s: "%s" finds %s first', (condition, text, id) => {
    expect(first(condition, text)).toBe(id);
  });
  it('finds cow’s milk allergy by "cmpa" and by "milk"', () => {
    const entries = shipped.factors.map(factorEntry);
    expect(quickAddMatches(entries, 'cmpa')[0]?.entry.id).toBe('milk-allergy');
    expect(quickAddMatches(entries, 'milk')[0]?.entry.id).toBe('milk-allergy');
  });
});
