import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { fixture, reference } from './__fixtures__/load';
import {
  ageInYears,
  conditionsForCoding,
  engineInputFor,
  legacyFhirReason,
  readMedication,
  readPatient,
  resourcesIn,
  selectedDrafts,
  SYSTEM,
} from './mapping';
import { FhirMedicationRequest } from './schemas';

const kb = getKnowledgeBase();
const NOW = new Date('2026-11-27T10:00:00Z');

const med = (text: string, extra: Record<string, unknown> = {}) =>
  FhirMedicationRequest.parse({
    resourceType: 'MedicationRequest',
    status: 'active',
    intent: 'order',
    medicationCodeableConcept: { text },
    ...extra,
  });
const read = (text: string, extra?: Record<string, unknown>) => readMedication(kb, med(text, extra), false);
const options = (text: string, extra?: Record<string, unknown>) => read(text, extra).map((m) => m.optionId);
const flags = (text: string, extra?: Record<string, unknown>) => read(text, extra).flatMap((m) => m.flags);

const bundle = (...resources: unknown[]) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: resources.map((resource) => ({ resource })),
});
const condition = (system: string, code: string, status = 'active', verification = 'confirmed') => ({
  resourceType: 'Condition',
  clinicalStatus: { coding: [{ code: status }] },
  verificationStatus: { coding: [{ code: verification }] },
  code: { coding: [{ system, code }] },
});
const allergy = (code: Record<string, unknown>, status = 'active') => ({
  resourceType: 'AllergyIntolerance',
  clinicalStatus: { coding: [{ code: status }] },
  code,
});

describe('age from Patient.birthDate, in whole years at the time of the call', () => {
  it('counts a birthday only once it has come', () => {
    expect(ageInYears('1980-11-27', NOW)).toBe(46);
    expect(ageInYears('1980-11-28', NOW)).toBe(45);
    expect(ageInYears('2026-03-01', NOW)).toBe(0);
    expect(ageInYears('2025-11-27', NOW)).toBe(1);
  });
  it('reads partial dates as their latest possible day, so an age is never overstated', () => {
    expect(ageInYears('2025', NOW)).toBe(0); // could be born 31 Dec 2025
    expect(ageInYears('2025-11', NOW)).toBe(0); // could be born 30 Nov 2025
    expect(ageInYears('2025-10', NOW)).toBe(1);
  });
  it('gives null for a future, impossible or unreadable date', () => {
    expect(ageInYears('2027-01-01', NOW)).toBeNull();
    expect(ageInYears('1880-01-01', NOW)).toBeNull();
    expect(ageInYears('yesterday', NOW)).toBeNull();
    expect(ageInYears(undefined, NOW)).toBeNull();
  });
});

describe('conditions map by SNOMED CT and ICD-10 codes to KB conditions with mapFromCodes', () => {
  const map = (system: string, code: string) => conditionsForCoding(kb, { system, code });
  it('maps SNOMED CT codes', () => {
    expect(map(SYSTEM.snomed, '9014002')).toEqual(['psoriasis']);
    expect(map(SYSTEM.snomed, '88616000')).toEqual(['acne-vulgaris']);
  });
  it('never maps to a prevention entry, which shares codes but is a different question', () => {
    expect(map(SYSTEM.snomed, '24079001')).toEqual(['atopic-dermatitis']);
    expect(map(SYSTEM.icd10cm, 'L20.9')).toEqual(['atopic-dermatitis']);
  });
  it('maps ICD-10-CM by exact code or by the KB category (L40.x → psoriasis via L40)', () => {
    expect(map(SYSTEM.icd10cm, 'L40.0')).toEqual(['psoriasis']);
    expect(map(SYSTEM.icd10cm, 'L40.50')).toEqual(['psoriasis']);
    expect(map(SYSTEM.icd10cm, 'L400')).toEqual(['psoriasis']);
    expect(map(SYSTEM.icd10cm, 'L71.9')).toEqual(['rosacea']);
    expect(map(SYSTEM.icd10cm, 'L71.0')).toEqual([]); // perioral dermatitis: not a KB code, and L71 is no KB category
  });
  it('maps chronic urticaria from L50.1 only: the L50.8 mapping is unverified and L50.9 is unspecified urticaria', () => {
    expect(map(SYSTEM.icd10cm, 'L50.1')).toEqual(['chronic-urticaria']);
    expect(map(SYSTEM.icd10cm, 'L50.8')).toEqual([]);
    expect(map(SYSTEM.icd10cm, 'L50.9')).toEqual([]);
  });
  it('tolerates the WHO ICD-10 system URI', () => {
    expect(map(SYSTEM.icd10, 'L40.1')).toEqual(['psoriasis']);
  });
  it('ignores codes without a known system, and unrelated codes', () => {
    expect(map('http://example.org/local', '9014002')).toEqual([]);
    expect(map(SYSTEM.snomed, '38341003')).toEqual([]);
  });
  it('reads only active, not refuted conditions', () => {
    const findings = (c: unknown) =>
      readPatient(kb, { prefetch: [c], drafts: [] }, NOW).conditions.map((x) => x.conditionId);
    expect(findings(condition(SYSTEM.snomed, '9014002'))).toEqual(['psoriasis']);
    expect(findings(condition(SYSTEM.snomed, '9014002', 'resolved'))).toEqual([]);
    expect(findings(condition(SYSTEM.snomed, '9014002', 'active', 'refuted'))).toEqual([]);
    expect(findings(condition(SYSTEM.snomed, '9014002', 'recurrence'))).toEqual(['psoriasis']);
  });
});

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

describe('FHIR STU3 and DSTU2 are recognised (and answered with no cards elsewhere)', () => {
  it('by an explicit version or a FHIR base URL naming an older release', () => {
    expect(legacyFhirReason({ fhirVersion: '3.0.1' }, [])).toMatch(/3\.0\.1/);
    expect(legacyFhirReason({ fhirServer: 'https://launch.smarthealthit.org/v/r3/fhir' }, [])).toMatch(/r3/);
    expect(legacyFhirReason({ fhirServer: 'http://hapi.fhir.org/baseDstu3' }, [])).toMatch(/basedstu3/);
    expect(
      legacyFhirReason({ fhirServer: 'https://launch.smarthealthit.org/v/r4/fhir', fhirVersion: '4.0.1' }, []),
    ).toBeNull();
  });
  it('by shapes only older releases use', () => {
    expect(legacyFhirReason({}, [{ resourceType: 'MedicationOrder' }])).toMatch(/DSTU2/);
    expect(legacyFhirReason({}, [{ resourceType: 'Condition', clinicalStatus: 'active' }])).toMatch(/STU3/);
    expect(legacyFhirReason({}, [{ resourceType: 'AllergyIntolerance', verificationStatus: 'confirmed' }])).toMatch(
      /STU3/,
    );
    expect(legacyFhirReason({}, [{ resourceType: 'MedicationRequest', status: 'draft' }])).toMatch(/no intent/);
    expect(
      legacyFhirReason({}, [
        { resourceType: 'MedicationRequest', intent: 'order', requester: { agent: { reference: 'Practitioner/1' } } },
      ]),
    ).toMatch(/agent/);
  });
  it('does not flag the R4 examples of HL7, Inferno or the team', () => {
    const derm = reference('team-patient-view-request-derm-example.json');
    expect(legacyFhirReason(derm, Object.values(derm.prefetch).flatMap(resourcesIn))).toBeNull();
    const inferno = reference('inferno-order-select-hook-request.json');
    expect(
      legacyFhirReason(inferno, selectedDrafts(inferno.context.draftOrders.entry, inferno.context.selections)),
    ).toBeNull();
    const library = reference('hook-library-order-select-01-example-r4.json');
    expect(
      legacyFhirReason({}, selectedDrafts(library.context.draftOrders.entry, library.context.selections)),
    ).toBeNull();
  });
});
