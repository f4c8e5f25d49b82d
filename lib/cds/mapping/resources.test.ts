import { describe, expect, it } from 'vitest';
import { fixture } from '../__fixtures__/load';
import { readPatient } from './patient';
import { resourcesIn, selectedDrafts } from './resources';
import { bundle, kb, NOW } from './testing';

describe('reading the request', () => {
  it('takes resources from a searchset Bundle, a single resource, or null', () => {
    expect(resourcesIn(null)).toEqual([]);
    expect(resourcesIn({ resourceType: 'Patient', id: 'p' })).toEqual([{ resourceType: 'Patient', id: 'p' }]);
    expect(resourcesIn(bundle({ resourceType: 'Condition' }, { resourceType: 'Condition' }))).toHaveLength(2);
    expect(resourcesIn('123')).toEqual([]);
    expect(resourcesIn({ resourceType: 'Bundle', type: 'searchset', total: 0 })).toEqual([]);
  });
  it('takes the selected draft orders, or all when the selections name none of them', () => {
    const entries = [
      { resource: { resourceType: 'MedicationRequest', id: 'a' } },
      { resource: { resourceType: 'NutritionOrder', id: 'b' } },
    ];
    expect(selectedDrafts(entries, ['MedicationRequest/a'])).toEqual([entries[0]!.resource]);
    expect(selectedDrafts(entries, ['MedicationRequest/zzz'])).toHaveLength(2);
    expect(selectedDrafts(undefined, undefined)).toEqual([]);
  });
  it('reads the psoriasis fixture: condition, combination topical, age', () => {
    const body = fixture('psoriasis-calcipotriene-betamethasone');
    const findings = readPatient(kb, { prefetch: Object.values(body.prefetch).flatMap(resourcesIn), drafts: [] }, NOW);
    expect(findings).toMatchObject({ age: 46, conditions: [{ conditionId: 'psoriasis' }], unmapped: [] });
    expect(findings.medications.map((m) => m.optionId)).toEqual(['calcipotriene-betamethasone']);
  });
});
