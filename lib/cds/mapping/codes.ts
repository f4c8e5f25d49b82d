/** Code systems, coded values, and the KB conditions a coded diagnosis maps to. */
import type { KnowledgeBase } from '@/lib/kb/model';
import type { CodeableConcept, Coding, FhirCondition } from '../schemas';

export const SYSTEM = {
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
} as const;

/** The code of a status given as a CodeableConcept, or as a plain code (older FHIR shapes). */
export const statusCode = (status: CodeableConcept | string | undefined): string | undefined =>
  typeof status === 'string' ? status : status?.coding?.find((c) => c.code)?.code;

export const codings = (cc: CodeableConcept | undefined): Coding[] => cc?.coding ?? [];

const normaliseIcd = (code: string) => code.toUpperCase().replace(/[.\s]/g, '');

export function systemLabel(system: string | undefined): string {
  if (system === SYSTEM.snomed) return 'SNOMED CT';
  if (system === SYSTEM.icd10cm) return 'ICD-10-CM';
  if (system === SYSTEM.icd10) return 'ICD-10';
  if (system === SYSTEM.rxnorm) return 'RxNorm';
  return system ?? 'no system';
}

/** The KB conditions (mapFromCodes only) that one coding maps to. ICD-10 codes match exactly or by KB category. */
export function conditionsForCoding(kb: KnowledgeBase, coding: Coding): string[] {
  const code = coding.code?.trim();
  if (!code) return [];
  const out: string[] = [];
  for (const condition of kb.data.conditions) {
    if (!condition.mapFromCodes) continue;
    if (coding.system === SYSTEM.snomed) {
      if (condition.codes.snomed.some((c) => c.code === code)) out.push(condition.id);
    } else if (coding.system === SYSTEM.icd10cm || coding.system === SYSTEM.icd10) {
      const recorded = normaliseIcd(code);
      const hit = condition.codes.icd10.some((c) => {
        const kbCode = normaliseIcd(c.code);
        const isCategory = !c.code.includes('.');
        return recorded === kbCode || (isCategory && recorded.startsWith(kbCode));
      });
      if (hit) out.push(condition.id);
    }
  }
  return out;
}

export function isActiveCondition(c: FhirCondition): boolean {
  const clinical = statusCode(c.clinicalStatus);
  const verification = statusCode(c.verificationStatus);
  const activeish = clinical === undefined || ['active', 'recurrence', 'relapse'].includes(clinical);
  return activeish && verification !== 'refuted' && verification !== 'entered-in-error';
}
