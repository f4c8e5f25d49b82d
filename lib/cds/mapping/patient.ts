/** The whole record read into findings, and the engine input for one condition. */
import type { KnowledgeBase } from '@/lib/kb/model';
import type { RecommendationInput } from '@/lib/rules/types';
import { type Coding, FhirAllergyIntolerance, FhirCondition, FhirMedicationRequest, FhirPatient } from '../schemas';
import { ageInMonths, ageInYears } from './age';
import { allergyFactors } from './allergies';
import { codings, conditionsForCoding, isActiveCondition, systemLabel } from './codes';
import { isCurrentMedication, type MedicationFinding, readMedication } from './medications';
import type { RequestResources } from './resources';
import { shorten } from './words';

export interface PatientFindings {
  age: number | null;
  /** Whole months, for a child under 2 years; null otherwise. */
  ageMonths: number | null;
  /** `coding`: the code of the Condition that matched, as the record gave it (for a draft order's reasonCode). */
  conditions: { conditionId: string; via: string; coding: { system: string; code: string; display?: string } }[];
  medications: MedicationFinding[];
  factors: { factorId: string; via: string }[];
  /** Plain sentences about what was read but could not be used. */
  unmapped: string[];
  /** Draft MedicationRequests with no medication chosen yet (order-select fires on page load like that). */
  emptyDraftOrders: number;
}

export function readPatient(kb: KnowledgeBase, resources: RequestResources, now: Date): PatientFindings {
  const unmapped: string[] = [];
  const conditions = new Map<string, { via: string; coding: { system: string; code: string; display?: string } }>();
  const factors = new Map<string, string>();
  const medications: MedicationFinding[] = [];
  let age: number | null = null;
  let ageMonths: number | null = null;
  let emptyDraftOrders = 0;

  const addCondition = (c: Coding) => {
    for (const id of conditionsForCoding(kb, c)) {
      if (!conditions.has(id))
        conditions.set(id, {
          via: `${systemLabel(c.system)} ${c.code}${c.display ? `: ${shorten(c.display, 60)}` : ''}`,
          coding: {
            system: (c.system ?? '').slice(0, 200),
            code: (c.code ?? '').slice(0, 64),
            ...(c.display ? { display: shorten(c.display, 120) } : {}),
          },
        });
    }
  };

  for (const raw of resources.prefetch) {
    const type = (raw as { resourceType?: unknown }).resourceType;
    if (type === 'Patient') {
      const p = FhirPatient.safeParse(raw);
      if (p.success && age === null) {
        age = ageInYears(p.data.birthDate, now);
        const months = ageInMonths(p.data.birthDate, now);
        if (months !== null && months < 24) ageMonths = months;
        if (age === null && p.data.birthDate)
          unmapped.push(`Birth date "${shorten(p.data.birthDate, 20)}" could not be read, so age is unknown.`);
      }
    } else if (type === 'Condition') {
      const c = FhirCondition.safeParse(raw);
      if (c.success && isActiveCondition(c.data)) codings(c.data.code).forEach(addCondition);
    } else if (type === 'MedicationRequest') {
      const m = FhirMedicationRequest.safeParse(raw);
      if (m.success && isCurrentMedication(m.data, false)) medications.push(...readMedication(kb, m.data, false));
    } else if (type === 'AllergyIntolerance') {
      const a = FhirAllergyIntolerance.safeParse(raw);
      if (a.success)
        for (const f of allergyFactors(kb, a.data)) if (!factors.has(f.factorId)) factors.set(f.factorId, f.via);
    }
  }

  for (const raw of resources.drafts) {
    const m = FhirMedicationRequest.safeParse(raw);
    if (!m.success || !isCurrentMedication(m.data, true)) continue;
    const found = readMedication(kb, m.data, true);
    if (found.length === 0) emptyDraftOrders += 1;
    medications.push(...found);
    // The reason for the order, when the client sends one, is a diagnosis too.
    for (const reason of m.data.reasonCode ?? []) codings(reason).forEach(addCondition);
  }

  for (const m of medications) {
    if (m.optionId === null && m.flags.length === 0)
      unmapped.push(`Medication not recognised${m.note ? ` (${m.note})` : ''}: ${m.label}.`);
  }

  return {
    age,
    ageMonths,
    conditions: [...conditions].map(([conditionId, found]) => ({ conditionId, ...found })),
    medications,
    factors: [...factors].map(([factorId, via]) => ({ factorId, via })),
    unmapped,
    emptyDraftOrders,
  };
}

export interface ConditionInput {
  input: RecommendationInput;
  /** Medications that are not regimen options of this condition: the engine applies their safety rules. */
  otherMedications: MedicationFinding[];
  /** Factor id → where it came from, for the card. */
  factorSources: Record<string, string>;
}

export function engineInputFor(kb: KnowledgeBase, findings: PatientFindings, conditionId: string): ConditionInput {
  const condition = kb.conditionsById.get(conditionId);
  if (!condition) throw new Error(`Unknown condition "${conditionId}"`);
  const regimen: string[] = [];
  const otherMedications: MedicationFinding[] = [];
  const factorSources: Record<string, string> = {};
  for (const f of findings.factors) factorSources[f.factorId] = f.via;

  for (const m of findings.medications) {
    if (m.optionId && condition.regimenOptionIds.includes(m.optionId)) {
      if (!regimen.includes(m.optionId)) regimen.push(m.optionId);
    } else if (m.flags.length || m.optionId) {
      otherMedications.push(m);
      for (const flag of m.flags) {
        const factor = kb.flagsById.get(flag)?.impliesFactor;
        if (factor && !factorSources[factor]) factorSources[factor] = `medication: ${m.label}`;
      }
    }
  }
  const factors = Object.keys(factorSources).filter((id) => kb.factorsById.has(id));
  const age = findings.ageMonths !== null ? null : findings.age;
  return {
    input: {
      condition: conditionId,
      regimen,
      factors,
      age,
      ageMonths: findings.ageMonths,
      otherMedications: otherMedications.map((m) => ({ label: m.label, optionId: m.optionId, flags: [...m.flags] })),
    },
    otherMedications,
    factorSources,
  };
}
