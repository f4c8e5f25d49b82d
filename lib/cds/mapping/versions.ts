/**
 * FHIR release detection: we read R4 and answer older releases with no cards.
 *
 * Why a request looks like FHIR STU3 or DSTU2 rather than R4 (we answer those with no cards), or null.
 * Evidence: an explicit version, a FHIR base URL naming an older release, or resource shapes only older releases use.
 */
export function legacyFhirReason(
  request: { fhirServer?: string; [k: string]: unknown },
  resources: unknown[],
): string | null {
  const version = typeof request.fhirVersion === 'string' ? request.fhirVersion.trim() : '';
  if (version && !/^4\./.test(version) && !/^r4/i.test(version)) return `fhirVersion ${version.slice(0, 20)}`;
  if (request.fhirServer) {
    const segments = request.fhirServer.split(/[/?#]/).map((s) => s.toLowerCase());
    const old = segments.find((s) => /^(base)?(dstu2|dstu3|stu3|r2|r3)$/.test(s));
    if (old) return `FHIR server path "${old}"`;
  }
  for (const raw of resources) {
    if (typeof raw !== 'object' || raw === null) continue;
    const r = raw as Record<string, unknown>;
    if (r.resourceType === 'MedicationOrder') return 'a DSTU2 MedicationOrder';
    if (
      (r.resourceType === 'Condition' || r.resourceType === 'AllergyIntolerance') &&
      (typeof r.clinicalStatus === 'string' || typeof r.verificationStatus === 'string')
    ) {
      return `an STU3-style ${r.resourceType} (status as a plain code)`;
    }
    if (r.resourceType === 'MedicationRequest') {
      if (r.intent === undefined) return 'an STU3-style MedicationRequest (no intent)';
      const requester = r.requester as Record<string, unknown> | undefined;
      if (requester && typeof requester === 'object' && 'agent' in requester)
        return 'an STU3 MedicationRequest (requester.agent)';
    }
  }
  return null;
}
