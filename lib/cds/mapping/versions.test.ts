import { describe, expect, it } from 'vitest';
import { reference } from '../__fixtures__/load';
import { resourcesIn, selectedDrafts } from './resources';
import { legacyFhirReason } from './versions';

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
