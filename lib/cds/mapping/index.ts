/**
 * Reads a CDS Hooks request's FHIR R4 data (prefetch and draft orders) into what the rules engine understands:
 * knowledge-base conditions, regimen options, patient factors and age, plus a plain list of what could not be mapped.
 * Pure: the clock comes in as `now`.
 *
 * One module per job: resources.ts (what a request carries, whose it is), versions.ts (FHIR release), age.ts,
 * codes.ts (code systems, conditions), medications.ts, allergies.ts, and patient.ts (the whole record, engine input).
 *
 * Choices (see docs/decisions/0003-cds-hooks-service.md):
 * - Conditions map only by code (SNOMED CT, ICD-10-CM, ICD-10), and only to KB conditions with `mapFromCodes`.
 * - Medications map by RxNorm code where the KB has one, else by ingredient name; the dose form decides topical or
 *   systemic where an ingredient exists in both forms; when the form is not stated and a systemic reading exists,
 *   the systemic (more cautious) reading is taken and the card says so.
 * - A systemic drug outside the condition's regimen list still counts: it goes to the engine as one of the
 *   patient's other medications, where the same safety rules apply to it as to the regimen (the factor its flag
 *   implies, immunosuppression, its own label facts). It never becomes the `immunocompromised` factor: that stays
 *   the clinician's judgement (though two immunosuppressive drugs together are a hard stop in the engine).
 * - Code tables (routes, systemic forms of topical ingredients, allergy codes and words) are knowledge-base data.
 * - Pregnancy is not read from the record (no pregnancy code is verified in our sources): it stays an assumption.
 * - Only the context patient's resources are read (`forContextPatient`): another patient's are left out and counted.
 */
export { ageInMonths, ageInYears } from './age';
export { conditionsForCoding, SYSTEM } from './codes';
export { type MedicationFinding, readMedication } from './medications';
export { type ConditionInput, engineInputFor, type PatientFindings, readPatient } from './patient';
export {
  attribution,
  forContextPatient,
  type IgnoredResources,
  noneIgnored,
  type RequestResources,
  resourcesIn,
  selectedDrafts,
} from './resources';
export { legacyFhirReason } from './versions';
