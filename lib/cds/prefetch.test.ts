import { describe, expect, it } from 'vitest';
import { tinyKnowledgeBase } from '@/lib/kb/testing';
import { fixture } from './__fixtures__/load';
import { CHECKS_BY_LIST, missingDataCard, missingDataSummary, REQUIRED_KEYS } from './missing-data';
import { fetchPlan, lackingKeys, resolveTemplate } from './prefetch';
import { Card } from './schemas';
import { findService, PREFETCH_KEYS } from './services';

const patientView = findService('gutskin-patient-view')!;

describe('prefetch templates resolved against the context', () => {
  it('replaces context tokens, URL-encoded, so a value cannot add a path segment or a parameter', () => {
    expect(resolveTemplate('Patient/{{context.patientId}}', { patientId: 'pso-1' })).toEqual({
      ok: true,
      query: 'Patient/pso-1',
    });
    expect(resolveTemplate('Condition?patient={{context.patientId}}', { patientId: 'a&b=c/../d' })).toEqual({
      ok: true,
      query: 'Condition?patient=a%26b%3Dc%2F..%2Fd',
    });
    expect(resolveTemplate('Practitioner/{{userPractitionerId}}', { userId: 'Practitioner/dr-1' })).toEqual({
      ok: true,
      query: 'Practitioner/dr-1',
    });
  });

  it('a token the context does not give (or a bare "..") leaves the template unresolved', () => {
    for (const context of [{}, { patientId: '' }, { patientId: '..' }, { patientId: { x: 1 } }]) {
      expect(resolveTemplate('Patient/{{context.patientId}}', context).ok).toBe(false);
    }
    expect(resolveTemplate('Practitioner/{{userPractitionerId}}', { userId: 'Patient/p-1' }).ok).toBe(false);
  });

  it('plans a fetch only for lacking keys (absent or OperationOutcome), never for null ("no data")', () => {
    const body = fixture('psoriasis-calcipotriene-betamethasone');
    expect(fetchPlan(patientView, body)).toBeNull();
    delete body.prefetch.allergies;
    body.prefetch.medications = { resourceType: 'OperationOutcome', issue: [] };
    body.prefetch.patient = null;
    body.fhirAuthorization = { access_token: 'tok-123', token_type: 'Bearer', scope: 'patient/*.read' };
    const plan = fetchPlan(patientView, body)!;
    expect(plan.accessToken).toBe('tok-123');
    expect(plan.queries).toEqual([
      { key: 'medications', query: { ok: true, query: 'MedicationRequest?patient=pso-1&status=active' } },
      { key: 'allergies', query: { ok: true, query: 'AllergyIntolerance?patient=pso-1' } },
    ]);
    expect(lackingKeys(body.prefetch)).toEqual(['medications', 'allergies']);
  });

  it('no plan without a fhirServer, for another hook, or for STU3 data', () => {
    const body = fixture('missing-prefetch');
    expect(fetchPlan(patientView, body)).not.toBeNull();
    expect(fetchPlan(findService('gutskin-order-select')!, body)).toBeNull();
    expect(fetchPlan(patientView, { ...body, fhirServer: undefined })).toBeNull();
    expect(fetchPlan(patientView, { ...body, fhirServer: 'https://ehr.example.org/fhir/stu3' })).toBeNull();
    expect(fetchPlan(patientView, 'junk')).toBeNull();
  });
});

describe('the missing-data warning card', () => {
  const ctx = (kb = tinyKnowledgeBase()) => ({ kb, origin: 'https://gutskin.example.org', makeId: (k: string) => k });

  it('every prefetch key is either required (412) or has its dependent checks in the table', () => {
    for (const key of PREFETCH_KEYS) {
      expect(REQUIRED_KEYS.includes(key) !== key in CHECKS_BY_LIST).toBe(true);
    }
  });

  it('is a valid warning card whose summary fits without being cut', () => {
    for (const key of ['medications', 'allergies'] as const) {
      for (const state of ['missing', 'partial'] as const) {
        const card = missingDataCard(ctx(), { key, state, reason: 'not in the prefetch' });
        expect(Card.safeParse(card).success).toBe(true);
        expect(card.indicator).toBe('warning');
        expect(card.summary).toBe(missingDataSummary({ key, state }));
        expect(card.summary).not.toMatch(/…$/);
      }
    }
  });

  it('names the checks from the knowledge base: a new allergy factor or drug class shows up without code changes', () => {
    const kb = tinyKnowledgeBase((input) => {
      input.factors.push({
        id: 'peanut-allergy',
        name: 'Peanut allergy',
        description: 'Allergy to peanut.',
        fromAllergy: { snomed: [], words: ['peanut'], unlessWords: [] },
        kind: 'risk',
        hardRisk: false,
        excludes: [],
      });
    });
    const allergies = missingDataCard(ctx(kb), { key: 'allergies', state: 'missing', reason: 'x' });
    expect(allergies.detail).toMatch(/peanut allergy/);
    const meds = missingDataCard(ctx(kb), { key: 'medications', state: 'missing', reason: 'x' });
    for (const flag of kb.data.regimenFlags) expect(meds.detail).toContain(flag.name);
  });
});
