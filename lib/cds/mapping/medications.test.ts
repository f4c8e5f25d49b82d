import { describe, expect, it } from 'vitest';
import { FhirMedicationRequest } from '../schemas';
import { SYSTEM } from './codes';
import { readMedication } from './medications';
import { engineInputFor, readPatient } from './patient';
import { kb, NOW, med, read, options, flags, condition } from './testing';

describe('medications map to regimen options; the dose form decides topical or systemic', () => {
  it('reads the fixed combination as one option, not its two ingredients', () => {
    expect(options('Calcipotriene 0.005% / betamethasone dipropionate 0.064% topical ointment')).toEqual([
      'calcipotriene-betamethasone',
    ]);
    expect(options('calcipotriene 0.05 MG/ML / betamethasone dipropionate 0.643 MG/ML Topical Suspension')).toEqual([
      'calcipotriene-betamethasone',
    ]);
  });
  it('keeps both options of a two-drug product that the KB has no combination for', () => {
    expect(options('Adapalene 0.1% / benzoyl peroxide 2.5% topical gel').sort()).toEqual([
      'adapalene',
      'benzoyl-peroxide',
    ]);
  });
  it('tacrolimus: ointment is the topical calcineurin inhibitor; capsules are a systemic immunosuppressant', () => {
    expect(options('Tacrolimus 0.1% topical ointment')).toEqual(['topical-calcineurin-inhibitor']);
    const oral = read('Tacrolimus 1 MG Oral Capsule');
    expect(oral.map((m) => [m.optionId, m.flags])).toEqual([[null, ['systemic-immunosuppressant']]]);
  });
  it('clindamycin, metronidazole: topical forms map to the topical options; oral forms are oral antibiotics', () => {
    expect(options('Clindamycin phosphate 1% topical solution')).toEqual(['topical-clindamycin']);
    expect(flags('Clindamycin 300 MG Oral Capsule')).toEqual(['oral-antibiotic']);
    expect(options('Metronidazole 0.75% gel')).toEqual(['topical-metronidazole']);
    expect(flags('Metronidazole 500 MG Oral Tablet')).toEqual(['oral-antibiotic']);
  });
  it('ketoconazole: shampoo is topical; tablets are an oral antifungal', () => {
    expect(options('Ketoconazole 2% shampoo')).toEqual(['topical-ketoconazole']);
    expect(flags('Ketoconazole 200 MG Oral Tablet')).toEqual(['oral-antifungal']);
  });
  it('minocycline: foam is the topical option; tablets the oral one', () => {
    expect(options('Minocycline 4% topical foam')).toEqual(['minocycline-foam']);
    expect(options('Minocycline 100 MG Oral Tablet')).toEqual(['oral-minocycline']);
  });
  it('uses the route coding when the name has no form word', () => {
    const topicalRoute = { dosageInstruction: [{ route: { coding: [{ system: SYSTEM.snomed, code: '6064005' }] } }] };
    const oralRoute = { dosageInstruction: [{ route: { coding: [{ system: SYSTEM.snomed, code: '26643006' }] } }] };
    expect(options('Tacrolimus', topicalRoute)).toEqual(['topical-calcineurin-inhibitor']);
    expect(flags('Tacrolimus', oralRoute)).toEqual(['systemic-immunosuppressant']);
    expect(flags('Clindamycin', { dosageInstruction: { text: '300 mg by mouth three times daily' } })).toEqual([
      'oral-antibiotic',
    ]);
  });
  it('without any form, takes the systemic (more cautious) reading and says so', () => {
    const [reading] = read('Tacrolimus');
    expect(reading?.flags).toEqual(['systemic-immunosuppressant']);
    expect(reading?.note).toMatch(/form not stated/);
    const [mino] = read('minocycline');
    expect(mino?.optionId).toBe('oral-minocycline');
    expect(mino?.note).toMatch(/form not stated/);
  });
  it('does not read a vaginal or eye product as a skin or systemic drug', () => {
    expect(read('Metronidazole 0.75% vaginal gel')).toEqual([
      expect.objectContaining({ optionId: null, flags: [], route: 'other' }),
    ]);
  });
  it('matches RxNorm ingredient codes from the KB, and names when the code is a product code', () => {
    const coded = med('', {
      medicationCodeableConcept: { coding: [{ system: SYSTEM.rxnorm, code: '6851', display: 'methotrexate' }] },
    });
    expect(readMedication(kb, coded, false).map((m) => [m.optionId, m.via])).toEqual([['methotrexate', 'rxnorm']]);
    const product = med('', {
      medicationCodeableConcept: {
        coding: [{ system: SYSTEM.rxnorm, code: '105585', display: 'Methotrexate 2.5 MG Oral Tablet' }],
      },
    });
    expect(readMedication(kb, product, false).map((m) => [m.optionId, m.via])).toEqual([
      ['methotrexate', 'ingredient'],
    ]);
  });
  it('reads second-generation antihistamines and omalizumab (chronic urticaria) by ingredient name', () => {
    expect(options('Cetirizine hydrochloride 10 MG Oral Tablet')).toEqual(['second-generation-h1-antihistamine']);
    expect(options('Levocetirizine 5 MG Oral Tablet')).toEqual(['second-generation-h1-antihistamine']);
    expect(options('Omalizumab 150 MG/ML prefilled syringe')).toEqual(['omalizumab']);
    expect(flags('Omalizumab 150 MG/ML prefilled syringe')).toEqual(['biologic']);
  });
  it('reads medicationReference.display and matches whole words only', () => {
    const byRef = med('', {
      medicationCodeableConcept: undefined,
      medicationReference: { reference: 'Medication/1', display: 'Dupilumab 300 MG/2ML prefilled pen' },
    });
    expect(readMedication(kb, byRef, false).map((m) => m.optionId)).toEqual(['dupilumab']);
    expect(options('Prednisolone 5 MG Oral Tablet')).toEqual(['systemic-corticosteroid']);
    expect(options('Hydroxychloroquine 200 MG Oral Tablet')).toEqual([null]);
  });
  it('yields nothing for a draft with no medication yet', () => {
    const draft = FhirMedicationRequest.parse({
      resourceType: 'MedicationRequest',
      status: 'draft',
      intent: 'proposal',
      category: { coding: [{ code: 'community' }] },
    });
    expect(readMedication(kb, draft, true)).toEqual([]);
    expect(draft.category).toHaveLength(1); // one object is read as a list of one
  });
});

describe('drugs outside the condition regimen list still count, through their flags', () => {
  const patient = (...meds: unknown[]) =>
    readPatient(kb, { prefetch: [condition(SYSTEM.snomed, '9014002'), ...meds], drafts: [] }, NOW);
  it('a psoriasis patient on itraconazole gets the oral-antifungals factor', () => {
    const input = engineInputFor(kb, patient(med('Itraconazole 100 MG Oral Capsule')), 'psoriasis');
    expect(input.input.factors).toContain('oral-antifungals');
    expect(input.input.regimen).toEqual([]);
    expect(input.factorSources['oral-antifungals']).toMatch(/Itraconazole/);
  });
  it('a psoriasis patient on doxycycline gets the oral-antibiotics factor; an acne patient gets the regimen option', () => {
    expect(
      engineInputFor(kb, patient(med('Doxycycline hyclate 100 MG Oral Tablet')), 'psoriasis').input.factors,
    ).toEqual(['oral-antibiotics']);
    const acne = readPatient(
      kb,
      { prefetch: [condition(SYSTEM.snomed, '88616000'), med('Doxycycline hyclate 100 MG Oral Tablet')], drafts: [] },
      NOW,
    );
    expect(engineInputFor(kb, acne, 'acne-vulgaris').input).toMatchObject({
      regimen: ['oral-doxycycline'],
      factors: [],
    });
  });
  it('a psoriasis patient on tacrolimus capsules is never marked immunocompromised: the flag goes to the safety step', () => {
    const input = engineInputFor(kb, patient(med('Tacrolimus 1 MG Oral Capsule')), 'psoriasis');
    expect(input.input.factors).not.toContain('immunocompromised');
    expect(input.otherMedications.map((m) => m.flags)).toEqual([['systemic-immunosuppressant']]);
  });
  it('in-list drugs go into the regimen, once', () => {
    const input = engineInputFor(
      kb,
      patient(med('Methotrexate 2.5 MG Oral Tablet'), med('methotrexate 10 mg tablet')),
      'psoriasis',
    );
    expect(input.input.regimen).toEqual(['methotrexate']);
    expect(input.otherMedications).toEqual([]);
  });
  it('stopped medications are not read', () => {
    expect(patient(med('Methotrexate 2.5 MG Oral Tablet', { status: 'stopped' })).medications).toEqual([]);
  });
  it('lists what it could not recognise', () => {
    expect(patient(med('Nystatin 100 UNT/MG Topical Ointment')).unmapped).toEqual([
      'Medication not recognised: Nystatin 100 UNT/MG Topical Ointment.',
    ]);
  });
});
