/** The CDS Services this app offers, as announced by discovery (GET /cds-services). */
import type { CdsService } from './schemas';

/**
 * Prefetch keys every service needs. The client fills them, or the service fetches what is lacking from fhirServer
 * (lib/fhir/prefetch.ts); what stays unobtainable is a 412 (patient, conditions) or a warning card (the others).
 */
export const PREFETCH_KEYS = ['patient', 'conditions', 'medications', 'allergies'] as const;
export type PrefetchKey = (typeof PREFETCH_KEYS)[number];

export const PREFETCH_TEMPLATES: Record<PrefetchKey, string> = {
  patient: 'Patient/{{context.patientId}}',
  conditions: 'Condition?patient={{context.patientId}}&clinical-status=active',
  medications: 'MedicationRequest?patient={{context.patientId}}&status=active',
  allergies: 'AllergyIntolerance?patient={{context.patientId}}',
};

const usageRequirements =
  'Reads FHIR R4 data on the patient, active conditions, active medication requests and allergies: from prefetch, ' +
  'or fetched from fhirServer (with fhirAuthorization when given) for keys the client leaves out. Without the ' +
  'patient or the conditions the call is answered 412; without medications or allergies the cards say which ' +
  'safety checks could not be done.';

export type ServiceHook = 'order-select' | 'patient-view';

export interface ServiceDefinition extends CdsService {
  hook: ServiceHook;
}

export const SERVICES: readonly ServiceDefinition[] = [
  {
    id: 'gutskin-order-select',
    hook: 'order-select',
    title: 'GutSkin CDS: probiotic and prebiotic adjuncts when ordering a skin medication',
    description:
      'When a dermatology medication is selected for a patient with acne, psoriasis, atopic dermatitis, rosacea, seborrheic dermatitis, hidradenitis suppurativa or chronic urticaria, shows strain-specific probiotic, prebiotic or synbiotic adjuncts graded by the evidence (GRADE, SORT), with caveats and safety alerts.',
    prefetch: { ...PREFETCH_TEMPLATES },
    usageRequirements,
  },
  {
    id: 'gutskin-patient-view',
    hook: 'patient-view',
    title: 'GutSkin CDS: probiotic and prebiotic adjuncts for skin conditions',
    description:
      'When a chart is opened for a patient with a dermatology condition the knowledge base covers, shows graded probiotic, prebiotic or synbiotic adjuncts, or says plainly that the evidence is insufficient, with safety alerts from the current medications, allergies and age.',
    prefetch: { ...PREFETCH_TEMPLATES },
    usageRequirements,
  },
];

export function findService(id: string): ServiceDefinition | undefined {
  return SERVICES.find((s) => s.id === id);
}
