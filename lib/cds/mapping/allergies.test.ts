import { describe, expect, it } from 'vitest';
import { SYSTEM } from './codes';
import { readPatient } from './patient';
import { allergy, condition, kb, NOW } from './testing';

describe('allergies and pregnancy', () => {
  const factorsOf = (...resources: unknown[]) =>
    readPatient(kb, { prefetch: resources, drafts: [] }, NOW).factors.map((f) => f.factorId);
  it("reads cow's milk allergy from the SNOMED CT code or the text, and egg allergy from the text", () => {
    expect(factorsOf(allergy({ coding: [{ system: SYSTEM.snomed, code: '3718001' }] }))).toEqual(['milk-allergy']);
    expect(factorsOf(allergy({ text: 'Milk protein' }))).toEqual(['milk-allergy']);
    expect(factorsOf(allergy({ text: 'Hen’s eggs' }))).toEqual(['egg-allergy']);
    expect(factorsOf(allergy({ coding: [{ display: 'Egg white' }] }))).toEqual(['egg-allergy']);
  });
  it('does not read lactose intolerance, eggplant, inactive or refuted entries as allergies', () => {
    expect(factorsOf(allergy({ text: 'Lactose intolerance (milk)' }))).toEqual([]);
    expect(factorsOf(allergy({ text: 'Eggplant' }))).toEqual([]);
    expect(factorsOf(allergy({ text: "Cow's milk" }, 'resolved'))).toEqual([]);
    expect(
      factorsOf({ ...allergy({ text: "Cow's milk" }), verificationStatus: { coding: [{ code: 'refuted' }] } }),
    ).toEqual([]);
  });
  it('leaves pregnancy to the assumptions: no pregnancy code is verified in our sources', () => {
    expect(factorsOf(condition(SYSTEM.snomed, '77386006'))).toEqual([]);
  });
});
