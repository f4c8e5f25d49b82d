import { describe, expect, it } from 'vitest';
import { fixture, reference } from './__fixtures__/load';
import { answerHook, type HookAnswer } from './hooks';
import { Card, CdsHooksResponse } from './schemas';
import { findService } from './services';
import { kbWithTestOrderCodes } from './testing';
import { idsFor } from './uuid';

/** Products carry a made-up medication code, so the create-order path is exercised (none has a real one yet). */
const kb = kbWithTestOrderCodes();
const NOW = new Date('2026-11-27T10:00:00Z');
const ORIGIN = 'https://gutskin.example.org';
const patientView = findService('gutskin-patient-view')!;
const orderSelect = findService('gutskin-order-select')!;

const call = (service: typeof patientView, body: unknown, now = NOW): HookAnswer =>
  answerHook(kb, service, body, { now, origin: ORIGIN, ids: (hookInstance) => idsFor(service.id, hookInstance) });

function cardsOf(answer: HookAnswer) {
  expect(answer.status).toBe(200);
  if (answer.status !== 200) throw new Error('not 200');
  expect(CdsHooksResponse.safeParse(answer.body).success).toBe(true);
  return answer.body.cards;
}

/** The order-select fixture with nothing in the record's medication list and `text` as the drafted medication. */
function drafting(text: string) {
  const body = structuredClone(fixture('order-select-calcipotriene-betamethasone'));
  body.prefetch.medications.entry = [];
  body.context.draftOrders.entry[0].resource.medicationCodeableConcept = { text };
  return body;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('our request fixtures (FHIR R4)', () => {
  it('psoriasis on calcipotriene/betamethasone: one info card offering the studied product', () => {
    const answer = call(patientView, fixture('psoriasis-calcipotriene-betamethasone'));
    const cards = cardsOf(answer);
    expect(cards.map((c) => c.indicator)).toEqual(['info']);
    expect(cards[0]!.suggestions).toHaveLength(1);
    expect(cards[0]!.detail).toContain('Calcipotriene + betamethasone (fixed combination)');
    if (answer.status === 200) {
      expect(answer.trace.recommendations[0]!.input).toEqual({
        condition: 'psoriasis',
        regimen: ['calcipotriene-betamethasone'],
        factors: [],
        age: 46,
        ageMonths: null,
      });
      expect(answer.trace.recommendations[0]!.suggestions[0]!.stance).toBe('consider');
    }
  });

  it('the same patient on methotrexate (RxNorm 6851): a warning card, and no adjunct, since its trial excluded methotrexate', () => {
    const answer = call(patientView, fixture('psoriasis-methotrexate'));
    const cards = cardsOf(answer);
    const warning = cards.find((c) => c.indicator === 'warning');
    expect(warning?.summary).toMatch(/^On a systemic immunosuppressant: use live probiotics only with caution/);
    expect(warning?.detail).toContain('Methotrexate (Methotrexate 2.5 mg tablet)');
    const info = cards.find((c) => c.indicator === 'info')!;
    expect(info.summary).toBe(
      'Psoriasis: none of the studied adjuncts is offered for this patient (the reasons are in the detail).',
    );
    expect(info.detail).toMatch(/excluded patients who took systemic corticosteroids, methotrexate/);
    if (answer.status === 200) {
      const rec = answer.trace.recommendations[0]!;
      expect(rec.input.regimen).toEqual(['calcipotriene-betamethasone', 'methotrexate']);
      expect(rec.suggestions.find((s) => s.adjunct.id === 'navarro-lopez-psoriasis-three-strain')?.stance).toBe(
        'insufficient-evidence',
      );
    }
    // Safety first: the warning comes before the answer about adjuncts.
    expect(cards[0]!.indicator).toBe('warning');
  });

  it('methotrexate + adalimumab + deucravacitinib in the record: a critical card for combined immunosuppression', () => {
    const request = structuredClone(fixture('psoriasis-methotrexate')) as {
      prefetch: { medications: { entry: { resource: Record<string, unknown> }[] } };
    };
    for (const [id, text] of [
      ['mr-ada', 'Adalimumab 40 mg/0.4 mL pen'],
      ['mr-deuc', 'Deucravacitinib 6 mg tablet'],
    ])
      request.prefetch.medications.entry.push({
        resource: {
          resourceType: 'MedicationRequest',
          id,
          status: 'active',
          intent: 'order',
          medicationCodeableConcept: { text },
          subject: { reference: 'Patient/pso-1' },
        },
      });
    const cards = cardsOf(call(patientView, request));
    expect(cards[0]!.indicator).toBe('critical');
    expect(cards[0]!.summary).toMatch(/combined immunosuppression/);
    expect(cards[0]!.detail).toMatch(/Methotrexate/);
    // The adjunct is no longer offered: a live product is avoid under combined immunosuppression.
    expect(cards.flatMap((c) => c.suggestions ?? [])).toEqual([]);
    // Nothing on any card tells the clinician to keep the treatment going alongside.
    expect(cards.map((c) => `${c.summary} ${c.detail ?? ''}`).join(' ')).not.toMatch(/keep using|continue it/i);
  });

  it('an infant with atopic dermatitis and egg allergy: infant and allergen warnings, no adjunct offered', () => {
    const answer = call(patientView, fixture('infant-atopic-dermatitis'));
    const cards = cardsOf(answer);
    expect(cards.filter((c) => c.indicator === 'warning').map((c) => c.summary)).toEqual([
      expect.stringMatching(/^Infant under 1 year: no probiotic is FDA-approved for infants/),
      expect.stringMatching(/^Egg allergy: egg protein was found in 3 of 11 probiotic products tested\.$/),
    ]);
    const info = cards.find((c) => c.indicator === 'info')!;
    expect(info.suggestions).toBeUndefined();
    expect(info.summary).toBe('Atopic dermatitis (treatment): the evidence does not support routine use.');
    expect(info.detail).toContain('Preventing eczema in a baby at high risk is a different question'); // info alert folded in
    if (answer.status === 200)
      expect(answer.trace.recommendations[0]!.input).toMatchObject({ age: 0, factors: ['egg-allergy'] });
  });

  it('prefetch missing what the service needs and nothing fetched: 412, naming the keys and why', () => {
    const answer = call(patientView, fixture('missing-prefetch'));
    expect(answer).toMatchObject({ status: 412, missing: ['conditions', 'medications', 'allergies'] });
    if (answer.status === 412) {
      expect(answer.detail).toMatch(/Fetching them from fhirServer failed: no fetch was tried/);
      expect(answer.reasons.conditions).toMatch(/not in the prefetch, and not fetched from fhirServer/);
    }
    const failed = answerHook(kb, patientView, fixture('missing-prefetch'), {
      now: NOW,
      origin: ORIGIN,
      ids: (hookInstance) => idsFor(patientView.id, hookInstance),
      fetched: { failed: { conditions: 'the server answered HTTP 503' }, partial: {} },
    });
    expect(failed.status === 412 && failed.detail).toMatch(/failed: the server answered HTTP 503; no fetch was tried/);
    const noServer = fixture('missing-prefetch');
    delete noServer.fhirServer;
    const second = call(patientView, noServer);
    expect(second.status).toBe(412);
    if (second.status === 412) expect(second.detail).toMatch(/No fhirServer was given/);
  });

  it('an OperationOutcome in place of medications: cards still come, with a warning naming the undone checks', () => {
    const body = fixture('psoriasis-calcipotriene-betamethasone');
    body.prefetch.medications = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'timeout' }] };
    const answer = call(patientView, body);
    const cards = cardsOf(answer);
    expect(cards[0]).toMatchObject({
      indicator: 'warning',
      summary: 'Medication list not received: interaction and immunosuppression checks were not done',
    });
    expect(cards[0]!.detail).toMatch(/a systemic immunosuppressant/);
    expect(cards.slice(1).map((c) => c.indicator)).toEqual(['info']);
    if (answer.status === 200) expect(answer.trace.gaps).toMatchObject([{ key: 'medications', state: 'missing' }]);
  });

  it('an OperationOutcome in place of conditions is still a 412', () => {
    const body = fixture('psoriasis-calcipotriene-betamethasone');
    body.prefetch.conditions = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'timeout' }] };
    expect(call(patientView, body)).toMatchObject({ status: 412, missing: ['conditions'] });
  });

  it('a null prefetch value means "no data", not "missing"', () => {
    const body = fixture('psoriasis-calcipotriene-betamethasone');
    body.prefetch.medications = null;
    expect(cardsOf(call(patientView, body))).toHaveLength(1);
  });

  it('garbage is a 400 with a message a person can act on', () => {
    for (const body of ['just text', 42, null, [], {}, { hook: 'patient-view' }]) {
      const answer = call(patientView, body);
      expect(answer.status).toBe(400);
      if (answer.status === 400) expect(answer.detail.length).toBeGreaterThan(20);
    }
    const noPatient = fixture('psoriasis-calcipotriene-betamethasone');
    delete noPatient.context.patientId;
    expect(call(patientView, noPatient)).toMatchObject({ status: 400, errors: [{ path: 'context.patientId' }] });
  });

  it('the wrong hook for the service is a 400', () => {
    const answer = call(orderSelect, fixture('psoriasis-calcipotriene-betamethasone'));
    expect(answer).toMatchObject({ status: 400, errors: [{ path: 'hook' }] });
    if (answer.status === 400) expect(answer.detail).toMatch(/answers the order-select hook/);
  });

  it('STU3 / DSTU2 requests get an empty card list, not an error', () => {
    expect(cardsOf(call(orderSelect, fixture('stu3-order-select')))).toEqual([]);
    const stu3PatientView = fixture('psoriasis-calcipotriene-betamethasone');
    stu3PatientView.fhirServer = 'https://ehr.example.org/fhir/stu3';
    expect(cardsOf(call(patientView, stu3PatientView))).toEqual([]);
  });

  it('order-select on page load (draft with no medication, category as one object): 200 and no cards', () => {
    const answer = call(orderSelect, fixture('order-select-draft-no-medication'));
    expect(cardsOf(answer)).toEqual([]);
    if (answer.status === 200) expect(answer.trace.findings?.emptyDraftOrders).toBe(1);
  });

  it('order-select answers only what the draft changes: a topical that changes nothing gets no card', () => {
    // Calcipotriene/betamethasone drafted for a patient already on methotrexate: patient-view showed the methotrexate
    // warning; the draft adds nothing, so order-select stays quiet instead of repeating it on every change.
    expect(cardsOf(call(orderSelect, fixture('order-select-calcipotriene-betamethasone')))).toEqual([]);
  });

  it('order-select for a drug that changes the advice: its own warning, and one card saying what changes', () => {
    const cards = cardsOf(call(orderSelect, drafting('Methotrexate 2.5 MG Oral Tablet')));
    expect(cards.map((c) => c.indicator)).toEqual(['warning', 'info']);
    expect(cards[0]!.summary).toMatch(/^On a systemic immunosuppressant/);
    expect(cards[1]!.summary).toBe(
      'Ordering Methotrexate 2.5 MG Oral Tablet changes the probiotic advice for psoriasis',
    );
    expect(cards[1]!.detail).toMatch(/now insufficient evidence \(was may be considered\)/);
    expect(cards[1]!.suggestions).toBeUndefined();
    // The same patient without the draft (patient-view): the product is offered, coded, for this patient.
    const body = drafting('Methotrexate 2.5 MG Oral Tablet');
    const offered = cardsOf(
      call(patientView, { ...body, hook: 'patient-view', context: { patientId: 'pso-1', userId: 'Practitioner/1' } }),
    ).find((c) => c.suggestions?.length);
    expect(offered!.suggestions![0]!.actions![0]!.resource).toMatchObject({ subject: { reference: 'Patient/pso-1' } });
  });

  it('order-select for a drug that is not a dermatology regimen option: no cards', () => {
    const body = fixture('order-select-calcipotriene-betamethasone');
    body.context.draftOrders.entry[0].resource.medicationCodeableConcept = { text: 'Amoxicillin 500 MG Oral Capsule' };
    expect(cardsOf(call(orderSelect, body))).toEqual([]);
  });

  it('no dermatology condition in the record: an empty card list', () => {
    const body = fixture('psoriasis-calcipotriene-betamethasone');
    body.prefetch.conditions.entry[0].resource.code = {
      coding: [{ system: 'http://snomed.info/sct', code: '38341003', display: 'Hypertension' }],
    };
    expect(cardsOf(call(patientView, body))).toEqual([]);
  });

  it('chronic urticaria coded L50.1, on cetirizine and ciclosporin: the immunosuppressant warning and a no-product card; L50.8 is not read as it', () => {
    const body = fixture('psoriasis-methotrexate');
    body.prefetch.conditions.entry[0].resource.code = {
      coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'L50.1', display: 'Idiopathic urticaria' }],
    };
    body.prefetch.medications.entry[0].resource.medicationCodeableConcept = { text: 'Cetirizine 10 mg tablet' };
    delete body.prefetch.medications.entry[0].resource.dosageInstruction; // the fixture's says "topical"
    body.prefetch.medications.entry[1].resource.medicationCodeableConcept = {
      coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '3008', display: 'cyclosporine' }],
      text: 'Ciclosporin 100 mg capsule',
    };
    const answer = call(patientView, body);
    const cards = cardsOf(answer);
    expect(cards.find((c) => c.indicator === 'warning')?.summary).toMatch(/^On a systemic immunosuppressant/);
    const info = cards.find((c) => c.indicator === 'info')!;
    expect(info.summary).toMatch(/^Insufficient evidence .* chronic urticaria/);
    expect(info.suggestions ?? []).toEqual([]);
    if (answer.status === 200)
      expect(answer.trace.recommendations[0]!.input).toMatchObject({
        condition: 'chronic-urticaria',
        regimen: ['second-generation-h1-antihistamine', 'ciclosporin'],
      });

    body.prefetch.conditions.entry[0].resource.code.coding[0].code = 'L50.8';
    expect(cardsOf(call(patientView, body))).toEqual([]);
  });

  it('answers each mapped condition, with each alert once', () => {
    const body = fixture('psoriasis-methotrexate');
    body.prefetch.conditions.entry.push({
      resource: {
        resourceType: 'Condition',
        subject: { reference: 'Patient/pso-1' },
        code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'L70.0' }] },
      },
    });
    // No patient stated: an allergy is kept (it only adds safety rules), unlike a Condition.
    body.prefetch.allergies = { resourceType: 'AllergyIntolerance', code: { text: "Cow's milk" } };
    const cards = cardsOf(call(patientView, body));
    expect(
      cards.filter((c) => c.uuid === cards.find((x) => x.summary.startsWith("Cow's milk allergy"))?.uuid),
    ).toHaveLength(1);
    expect(cards.filter((c) => c.indicator === 'info').map((c) => c.summary)).toEqual([
      // On methotrexate, which the psoriasis trial excluded; age 46 is outside the ages the acne trials studied:
      // each card says none is offered, and why in the detail.
      'Psoriasis: none of the studied adjuncts is offered for this patient (the reasons are in the detail).',
      // Age 46 is outside the ages the acne trials studied: the card says none is offered, and why in the detail.
      'Acne vulgaris: none of the studied adjuncts is offered for this patient (the reasons are in the detail).',
    ]);
    expect(cards.find((c) => c.summary.startsWith('Acne'))!.detail).toMatch(
      /Studied in ages \d+–\d+; this patient is 46/,
    );
  });

  it('is deterministic for one hookInstance, with unique UUIDs for cards and suggestions', () => {
    const first = call(patientView, fixture('psoriasis-methotrexate'));
    const again = call(patientView, fixture('psoriasis-methotrexate'));
    expect(again).toEqual(first);
    const cards = cardsOf(first);
    const ids = cards.flatMap((c) => [c.uuid, ...(c.suggestions ?? []).map((s) => s.uuid)]);
    expect(ids.every((id) => typeof id === 'string' && UUID.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const other = fixture('psoriasis-methotrexate');
    other.hookInstance = '11111111-2222-4333-8444-555555555555';
    expect(cardsOf(call(patientView, other))[0]!.uuid).not.toBe(cards[0]!.uuid);
  });
});

describe('replaying the published examples', () => {
  it('spec 2.0.1 patient-view request (prefetch "patientToGreet" only): 412, since conditions and medications are missing', () => {
    const answer = call(patientView, reference('spec-02-example.json'));
    expect(answer).toMatchObject({ status: 412, missing: ['patient', 'conditions', 'medications', 'allergies'] });
  });

  it('spec 2.0.1 request with extensions but no patientId (spec-28): 400', () => {
    expect(call(patientView, reference('spec-28-extensions.json'))).toMatchObject({
      status: 400,
      errors: [{ path: 'context.patientId' }],
    });
  });

  it("the team's full derm patient-view request: warnings for methotrexate and cow's milk, then the adjunct card", () => {
    const cards = cardsOf(call(patientView, reference('team-patient-view-request-derm-example.json')));
    expect(cards.map((c) => c.indicator)).toEqual(['warning', 'warning', 'info']);
    expect(cards[2]!.detail).toContain('Medication not recognised: Nystatin 100UNT/MG Topical Ointment.');
    for (const card of cards) expect(Card.parse(card).uuid).toMatch(UUID);
  });

  it('the HL7 hook-library order-select context (amoxicillin, a diet order) with our prefetch: no cards', () => {
    const library = reference('hook-library-order-select-01-example-r4.json');
    const prefetch = structuredClone(fixture('psoriasis-methotrexate').prefetch) as Record<string, { id?: string }>;
    // Our prefetch stands in for the library patient's record (same patient id, or the call is refused).
    prefetch.patient!.id = (library as { context: { patientId: string } }).context.patientId;
    const body = { hook: 'order-select', hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea', ...library, prefetch };
    expect(cardsOf(call(orderSelect, body))).toEqual([]);
  });

  it("Inferno's order-select request (fhirServer, no prefetch): 412", () => {
    expect(call(orderSelect, reference('inferno-order-select-hook-request.json'))).toMatchObject({ status: 412 });
  });
});

describe('malformed prefetch entries', () => {
  const withJunk = (junk: unknown) => {
    const body = structuredClone(fixture('psoriasis-methotrexate')) as {
      prefetch: Record<string, { entry?: unknown[] }>;
    };
    for (const key of ['conditions', 'medications', 'allergies']) {
      const value = body.prefetch[key];
      if (value && Array.isArray(value.entry)) value.entry.push(junk);
    }
    return body;
  };

  for (const junk of [null, { resource: null }, 5, 'x', { resource: { noResourceType: true } }]) {
    it(`an entry like ${JSON.stringify(junk)} is skipped; the rest of the record is still read`, () => {
      const clean = call(patientView, fixture('psoriasis-methotrexate'));
      const dirty = call(patientView, withJunk(junk));
      expect(cardsOf(dirty).map((c) => c.summary)).toEqual(cardsOf(clean).map((c) => c.summary));
      expect(cardsOf(dirty).some((c) => c.indicator === 'warning')).toBe(true);
    });
  }
});

describe('wrong patient', () => {
  it('refuses when the prefetched Patient is not the patient in context', () => {
    const body = structuredClone(fixture('psoriasis-methotrexate')) as { context: { patientId: string } };
    body.context.patientId = 'someone-else';
    const answer = call(patientView, body);
    expect(answer.status).toBe(400);
    if (answer.status === 400) expect(answer.detail).toMatch(/not the patient in context/);
  });
});

describe('resources of another patient (issue 14)', () => {
  const acne = (subject: unknown) => ({
    resource: {
      resourceType: 'Condition',
      id: 'planted',
      ...(subject === undefined ? {} : { subject }),
      code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'L70.0', display: 'Acne vulgaris' }] },
    },
  });
  const withCondition = (subject: unknown) => {
    const body = reference('team-patient-view-request-derm-example.json');
    body.prefetch.conditions.entry.push(acne(subject));
    return body;
  };
  const summaries = (answer: HookAnswer) => cardsOf(answer).map((c) => c.summary);
  const ignored = (answer: HookAnswer) => (answer.status === 200 ? answer.trace.ignored : null);

  it('a Condition of another patient makes no card and is counted; the same Condition of this patient does', () => {
    const own = call(patientView, withCondition({ reference: 'Patient/example' }));
    expect(summaries(own).some((s) => s.startsWith('Acne vulgaris'))).toBe(true);
    expect(ignored(own)).toEqual({ otherPatient: 0, unattributed: 0, byType: {} });

    const other = call(patientView, withCondition({ reference: 'Patient/someone-else' }));
    expect(summaries(other).some((s) => s.startsWith('Acne vulgaris'))).toBe(false);
    expect(summaries(other).some((s) => s.startsWith('Psoriasis'))).toBe(true);
    expect(ignored(other)).toEqual({ otherPatient: 1, unattributed: 0, byType: { Condition: 1 } });
  });

  it('reads absolute and versioned references, and refuses a Group or an unstated subject for a Condition', () => {
    const cases: [unknown, 'card' | 'other' | 'unattributed'][] = [
      [{ reference: 'https://fhir.example.org/r4/Patient/example' }, 'card'],
      [{ reference: 'Patient/example/_history/3' }, 'card'],
      [{ reference: 'https://fhir.example.org/r4/Patient/example-2' }, 'other'],
      [{ reference: 'Patient/Example' }, 'other'],
      [{ reference: 'Group/example' }, 'other'],
      [undefined, 'unattributed'],
      [{ display: 'Amy Shaw' }, 'unattributed'],
      [{ reference: '#p1' }, 'unattributed'],
    ];
    for (const [subject, expected] of cases) {
      const answer = call(patientView, withCondition(subject));
      const card = summaries(answer).some((s) => s.startsWith('Acne vulgaris'));
      expect({ subject, card }).toEqual({ subject, card: expected === 'card' });
      expect(ignored(answer)).toMatchObject(
        expected === 'card'
          ? { otherPatient: 0, unattributed: 0 }
          : expected === 'other'
            ? { otherPatient: 1, unattributed: 0 }
            : { otherPatient: 0, unattributed: 1 },
      );
    }
  });

  it("another patient's medication adds no warning; the same medication of this patient does", () => {
    const mtx = (subject: string) => ({
      resource: {
        resourceType: 'MedicationRequest',
        status: 'active',
        intent: 'order',
        subject: { reference: subject },
        medicationCodeableConcept: {
          coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '6851', display: 'Methotrexate' }],
          text: 'Methotrexate 2.5 mg tablet',
        },
      },
    });
    const warnings = (subject: string) => {
      const body = fixture('psoriasis-calcipotriene-betamethasone');
      body.prefetch.medications.entry.push(mtx(subject));
      const answer = call(patientView, body);
      return { warnings: cardsOf(answer).filter((c) => c.indicator === 'warning').length, ignored: ignored(answer) };
    };
    expect(warnings('Patient/pso-1').warnings).toBeGreaterThan(0);
    expect(warnings('Patient/other')).toEqual({
      warnings: 0,
      ignored: { otherPatient: 1, unattributed: 0, byType: { MedicationRequest: 1 } },
    });
  });

  it('an order-select draft for another patient is not read (its reason makes no card)', () => {
    const own = drafting('Methotrexate 2.5 MG Oral Tablet');
    const base = call(orderSelect, own);
    expect(cardsOf(base).length).toBeGreaterThan(0);
    const other = drafting('Methotrexate 2.5 MG Oral Tablet');
    for (const e of other.context.draftOrders.entry) e.resource.subject = { reference: 'Patient/someone-else' };
    const answer = call(orderSelect, other);
    expect(cardsOf(answer)).toEqual([]);
    expect(ignored(answer)?.otherPatient).toBe(other.context.draftOrders.entry.length);
  });
});
