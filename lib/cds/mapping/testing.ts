/** Builders shared by the mapping tests: FHIR resources as a CDS Hooks client sends them. */
import { getKnowledgeBase } from '@/lib/kb';
import { FhirMedicationRequest } from '../schemas';
import { readMedication } from './medications';

export const kb = getKnowledgeBase();
export const NOW = new Date('2026-11-27T10:00:00Z');

export const med = (text: string, extra: Record<string, unknown> = {}) =>
  FhirMedicationRequest.parse({
    resourceType: 'MedicationRequest',
    status: 'active',
    intent: 'order',
    medicationCodeableConcept: { text },
    ...extra,
  });
export const read = (text: string, extra?: Record<string, unknown>) => readMedication(kb, med(text, extra), false);
export const options = (text: string, extra?: Record<string, unknown>) => read(text, extra).map((m) => m.optionId);
export const flags = (text: string, extra?: Record<string, unknown>) => read(text, extra).flatMap((m) => m.flags);

export const bundle = (...resources: unknown[]) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: resources.map((resource) => ({ resource })),
});
export const condition = (system: string, code: string, status = 'active', verification = 'confirmed') => ({
  resourceType: 'Condition',
  clinicalStatus: { coding: [{ code: status }] },
  verificationStatus: { coding: [{ code: verification }] },
  code: { coding: [{ system, code }] },
});
export const allergy = (code: Record<string, unknown>, status = 'active') => ({
  resourceType: 'AllergyIntolerance',
  clinicalStatus: { coding: [{ code: status }] },
  code,
});
