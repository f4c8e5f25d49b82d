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
  toggleId,
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
    };
    const acne = withCondition(state, 'acne-vulgaris', kb.conditionsById.get('acne-vulgaris')!.regimenOptionIds);
    expect(acne).toEqual({ condition: 'acne-vulgaris', regimen: [], factors: ['pregnant'], age: '30' });
    const ad = withCondition(state, 'atopic-dermatitis', kb.conditionsById.get('atopic-dermatitis')!.regimenOptionIds);
    expect(ad.regimen).toEqual(['topical-corticosteroid', 'methotrexate']);
  });

  it('removes invalid choices so that the rest validates', () => {
    const state = {
      condition: 'psoriasis',
      regimen: ['oral-doxycycline', 'methotrexate', 'nope'],
      factors: ['pregnant', 'martian'],
      age: '500',
    };
    const cleaned = withoutInvalid(state, catalogue);
    expect(cleaned).toEqual({ condition: 'psoriasis', regimen: ['methotrexate'], factors: ['pregnant'], age: '' });
    expect(parseRecommendationQuery(kb, new URLSearchParams(stateToQuery(cleaned)).entries()).ok).toBe(true);
    expect(withoutInvalid({ ...state, condition: 'eczema-x' }, catalogue).condition).toBe('');
  });

  it('offers examples that the API accepts', () => {
    for (const example of WORKSPACE_EXAMPLES) {
      const parsed = parseRecommendationQuery(kb, new URLSearchParams(stateToQuery(example.state)).entries());
      expect(parsed.ok, example.label).toBe(true);
    }
  });
});
