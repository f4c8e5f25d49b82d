import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { conditionsResponse } from '@/lib/api/conditions';
import { parseRecommendationQuery } from '@/lib/rules/input';
import { workspaceCatalogue } from './catalogue';
import { WORKSPACE_EXAMPLES } from './examples';
import {
  EMPTY_STATE,
  normaliseQuery,
  stateFromSearchParams,
  stateToHref,
  stateToQuery,
  ageEntry,
  toggleId,
  withAge,
  withCondition,
  withoutInvalid,
} from './state';

const kb = getKnowledgeBase();
const catalogue = workspaceCatalogue(conditionsResponse(kb));
const psoriasisOptions = kb.conditionsById.get('psoriasis')!.regimenOptionIds;

describe('workspace URL state', () => {
  it('reads comma-separated lists, trims, drops empties and duplicates, ignores unknown parameters', () => {
    const state = stateFromSearchParams(
      new URLSearchParams(
        'condition= psoriasis &regimen=methotrexate,,topical-corticosteroid,methotrexate&factors=pregnant&age=45&utm=x',
      ),
    );
    expect(state).toEqual({
      condition: 'psoriasis',
      regimen: ['methotrexate', 'topical-corticosteroid'],
      factors: ['pregnant'],
      age: '45',
      ageMonths: '',
    });
  });

  it('reads an empty query as the empty state', () => {
    expect(stateFromSearchParams(new URLSearchParams(''))).toEqual(EMPTY_STATE);
    expect(stateToHref(EMPTY_STATE)).toBe('/');
  });

  it('writes a readable query (commas unescaped) that reads back to the same state', () => {
    const state = {
      condition: 'psoriasis',
      regimen: ['topical-corticosteroid', 'methotrexate'],
      factors: ['immunocompromised'],
      age: '45',
      ageMonths: '',
    };
    const query = stateToQuery(state);
    expect(query).toBe(
      'condition=psoriasis&regimen=topical-corticosteroid,methotrexate&factors=immunocompromised&age=45',
    );
    expect(stateFromSearchParams(new URLSearchParams(query))).toEqual(state);
    expect(normaliseQuery(query)).toBe(
      normaliseQuery(
        'condition=psoriasis&regimen=topical-corticosteroid%2Cmethotrexate&factors=immunocompromised&age=45',
      ),
    );
  });

  it('escapes what could break the query (a hand-typed id with & or =)', () => {
    const state = { ...EMPTY_STATE, condition: 'a&b=c' };
    expect(stateFromSearchParams(new URLSearchParams(stateToQuery(state))).condition).toBe('a&b=c');
  });

  it('keeps toggled ids in the knowledge-base order, so one choice has one URL', () => {
    const a = toggleId(
      toggleId([], 'methotrexate', true, psoriasisOptions),
      'topical-corticosteroid',
      true,
      psoriasisOptions,
    );
    const b = toggleId(
      toggleId([], 'topical-corticosteroid', true, psoriasisOptions),
      'methotrexate',
      true,
      psoriasisOptions,
    );
    expect(a).toEqual(b);
    expect(a).toEqual(['topical-corticosteroid', 'methotrexate']);
    expect(toggleId(a, 'methotrexate', false, psoriasisOptions)).toEqual(['topical-corticosteroid']);
  });

  it('drops regimen ids that do not belong to a newly chosen condition', () => {
    const state = {
      condition: 'psoriasis',
      regimen: ['topical-corticosteroid', 'methotrexate'],
      factors: ['pregnant'],
      age: '30',
      ageMonths: '',
    };
    const acne = withCondition(state, 'acne-vulgaris', kb.conditionsById.get('acne-vulgaris')!.regimenOptionIds);
    expect(acne).toEqual({ condition: 'acne-vulgaris', regimen: [], factors: ['pregnant'], age: '30', ageMonths: '' });
    const ad = withCondition(state, 'atopic-dermatitis', kb.conditionsById.get('atopic-dermatitis')!.regimenOptionIds);
    expect(ad.regimen).toEqual(['topical-corticosteroid', 'methotrexate']);
  });

  it('removes invalid choices so that the rest validates', () => {
    const state = {
      condition: 'psoriasis',
      regimen: ['oral-doxycycline', 'methotrexate', 'nope'],
      factors: ['pregnant', 'martian'],
      age: '500',
      ageMonths: '',
    };
    const cleaned = withoutInvalid(state, catalogue);
    expect(cleaned).toEqual({
      condition: 'psoriasis',
      regimen: ['methotrexate'],
      factors: ['pregnant'],
      age: '',
      ageMonths: '',
    });
    expect(parseRecommendationQuery(kb, new URLSearchParams(stateToQuery(cleaned)).entries()).ok).toBe(true);
    expect(withoutInvalid({ ...state, condition: 'eczema-x' }, catalogue).condition).toBe('');
  });

  it('carries an infant age in months (ageMonths) through the URL, and the API accepts it', () => {
    const state = { ...EMPTY_STATE, condition: 'atopic-dermatitis-prevention', ageMonths: '8' };
    const query = stateToQuery(state);
    expect(query).toBe('condition=atopic-dermatitis-prevention&ageMonths=8');
    expect(stateFromSearchParams(new URLSearchParams(query))).toEqual(state);
    expect(stateFromSearchParams(new URLSearchParams('condition=psoriasis&ageMonths= 11 ')).ageMonths).toBe('11');
    const parsed = parseRecommendationQuery(kb, new URLSearchParams(query).entries());
    expect(parsed.ok && parsed.value.ageMonths).toBe(8);
  });

  it('keeps the number when the age unit changes, and gives the API one unit only', () => {
    const years = withAge({ ...EMPTY_STATE, condition: 'psoriasis' }, '8', 'years');
    expect(ageEntry(years)).toEqual({ value: '8', unit: 'years' });
    const months = withAge(years, ageEntry(years).value, 'months');
    expect(months).toMatchObject({ age: '', ageMonths: '8' });
    expect(ageEntry(months)).toEqual({ value: '8', unit: 'months' });
    expect(stateToQuery(months)).toBe('condition=psoriasis&ageMonths=8');
    expect(ageEntry(withAge(months, '', 'months'))).toEqual({ value: '', unit: null });
    expect(stateToQuery(withAge(months, '', 'months'))).toBe('condition=psoriasis');
  });

  it('drops months out of 0–23, and months given together with years, so the rest validates', () => {
    const base = { ...EMPTY_STATE, condition: 'atopic-dermatitis-prevention' };
    expect(withoutInvalid({ ...base, ageMonths: '30' }, catalogue).ageMonths).toBe('');
    expect(withoutInvalid({ ...base, ageMonths: 'x' }, catalogue).ageMonths).toBe('');
    expect(withoutInvalid({ ...base, ageMonths: '23' }, catalogue).ageMonths).toBe('23');
    expect(withoutInvalid({ ...base, ageMonths: '0' }, catalogue).ageMonths).toBe('0');
    const both = { ...base, age: '1', ageMonths: '8' };
    expect(parseRecommendationQuery(kb, new URLSearchParams(stateToQuery(both)).entries()).ok).toBe(false);
    const cleaned = withoutInvalid(both, catalogue);
    expect(cleaned).toMatchObject({ age: '1', ageMonths: '' });
    expect(parseRecommendationQuery(kb, new URLSearchParams(stateToQuery(cleaned)).entries()).ok).toBe(true);
    // An out-of-range age in years is dropped; valid months are then kept.
    expect(withoutInvalid({ ...base, age: '500', ageMonths: '8' }, catalogue)).toMatchObject({
      age: '',
      ageMonths: '8',
    });
  });

  it('groups the factors: hard risks, other risks, allergies and intolerances, context', () => {
    const grouped = workspaceCatalogue(conditionsResponse(kb), kb.data.factors);
    const group = (id: string) => grouped.factors.find((f) => f.id === id)?.group;
    expect(group('immunocompromised')).toBe('hard-risk');
    expect(group('preterm-or-hospitalised-neonate')).toBe('hard-risk');
    expect(group('pregnant')).toBe('other-risk');
    expect(group('structural-heart-disease')).toBe('other-risk');
    expect(group('autoimmune-disease')).toBe('other-risk');
    expect(group('milk-allergy')).toBe('allergy');
    expect(group('soy-allergy')).toBe('allergy');
    expect(group('yeast-allergy')).toBe('allergy');
    expect(group('lactose-intolerance')).toBe('allergy');
    expect(group('family-history-atopy')).toBe('context');
    // Every factor of the knowledge base is offered, once.
    expect(grouped.factors.map((f) => f.id)).toEqual(kb.data.factors.map((f) => f.id));
  });

  it('offers examples that the API accepts', () => {
    for (const example of WORKSPACE_EXAMPLES) {
      const parsed = parseRecommendationQuery(kb, new URLSearchParams(stateToQuery(example.state)).entries());
      expect(parsed.ok, example.label).toBe(true);
    }
  });

  it('reads ages as typed: "8m" and "8 months" as months, "3y" as years, "0.7" years as 8 months, "2.5" as 2 years', () => {
    const base = { ...EMPTY_STATE, condition: 'atopic-dermatitis' };
    expect(ageEntry(withAge(base, '8m', 'years'))).toEqual({ value: '8', unit: 'months' });
    expect(ageEntry(withAge(base, '8 months', 'years'))).toEqual({ value: '8', unit: 'months' });
    expect(ageEntry(withAge(base, '3y', 'months'))).toEqual({ value: '3', unit: 'years' });
    expect(ageEntry(withAge(base, '0.7', 'years'))).toEqual({ value: '8', unit: 'months' });
    expect(ageEntry(withAge(base, '1,5', 'years'))).toEqual({ value: '18', unit: 'months' });
    expect(ageEntry(withAge(base, '2.5', 'years'))).toEqual({ value: '2', unit: 'years' });
    // Anything else is kept as typed, so the API can say what is wrong with it.
    expect(ageEntry(withAge(base, 'abc', 'years'))).toEqual({ value: 'abc', unit: 'years' });
  });
});
