import { describe, expect, it } from 'vitest';
import { conditionsForCoding, SYSTEM } from './codes';
import { readPatient } from './patient';
import { kb, NOW, condition } from './testing';

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
