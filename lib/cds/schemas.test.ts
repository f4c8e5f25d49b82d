import { describe, expect, it } from 'vitest';
import { reference } from './__fixtures__/load';
import { Card, CdsDiscoveryResponse, CdsHooksRequest, CdsHooksResponse, FeedbackRequest } from './schemas';
import { PREFETCH_KEYS, SERVICES } from './services';

const validCard = {
  uuid: '4e0a3a1e-3283-4575-ab82-028d55fe2719',
  summary: 'A short summary',
  indicator: 'info',
  source: { label: 'GutSkin CDS 2026.11.0+abc1234' },
};

describe('discovery', () => {
  it('accepts the spec 2.0.1 discovery example and ours', () => {
    expect(CdsDiscoveryResponse.safeParse(reference('spec-01-discovery-example.json')).success).toBe(true);
    expect(CdsDiscoveryResponse.safeParse(reference('spec-29-extensions.json')).success).toBe(true);
    expect(CdsDiscoveryResponse.parse({ services: SERVICES }).services.map((s) => [s.id, s.hook])).toEqual([
      ['gutskin-order-select', 'order-select'],
      ['gutskin-patient-view', 'patient-view'],
    ]);
  });
  it('every service declares prefetch for the patient, active conditions, active medication requests and allergies', () => {
    for (const service of SERVICES) {
      expect(Object.keys(service.prefetch ?? {})).toEqual([...PREFETCH_KEYS]);
      expect(service.prefetch).toMatchObject({
        patient: 'Patient/{{context.patientId}}',
        conditions: expect.stringMatching(/^Condition\?patient=\{\{context\.patientId\}\}&clinical-status=active$/),
        medications: expect.stringMatching(/^MedicationRequest\?patient=\{\{context\.patientId\}\}&status=active$/),
        allergies: expect.stringMatching(/^AllergyIntolerance\?patient=\{\{context\.patientId\}\}/),
      });
    }
  });
});

describe('requests are loose: unknown fields pass', () => {
  it('accepts the spec, Inferno and team examples', () => {
    for (const file of [
      'spec-02-example.json',
      'spec-28-extensions.json',
      'inferno-order-select-hook-request.json',
      'team-patient-view-request-derm-example.json',
    ]) {
      expect(CdsHooksRequest.safeParse(reference(file)).success, file).toBe(true);
    }
  });
});

describe('cards follow the spec and the invariants of the HL7 logical model', () => {
  it('accepts the spec 2.0.1 card examples and the Inferno valid cards', () => {
    expect(CdsHooksResponse.safeParse(reference('spec-19-example.json')).success).toBe(true);
    for (const card of reference('inferno-valid-cards.json'))
      expect(Card.safeParse(card).success, card.summary).toBe(true);
  });
  it('the spec-20 example card has no indicator, which the spec requires, so it is rejected', () => {
    expect(CdsHooksResponse.safeParse(reference('spec-20-example.json')).success).toBe(false);
  });
  it('summary under 140 characters', () => {
    expect(Card.safeParse({ ...validCard, summary: 'x'.repeat(139) }).success).toBe(true);
    expect(Card.safeParse({ ...validCard, summary: 'x'.repeat(140) }).success).toBe(false);
  });
  it('indicator is info, warning or critical; source.label is required', () => {
    expect(Card.safeParse({ ...validCard, indicator: 'urgent' }).success).toBe(false);
    expect(Card.safeParse({ ...validCard, source: {} }).success).toBe(false);
  });
  it('cds-resp-6: suggestions need selectionBehavior', () => {
    const suggestions = [{ label: 'Do it', uuid: 'e56e1945-20b3-4393-8503-a1a20fd73152' }];
    expect(Card.safeParse({ ...validCard, suggestions }).success).toBe(false);
    expect(Card.safeParse({ ...validCard, suggestions, selectionBehavior: 'at-most-one' }).success).toBe(true);
  });
  it('cds-resp-1: at-most-one allows at most one recommended suggestion', () => {
    const suggestions = [
      { label: 'A', isRecommended: true },
      { label: 'B', isRecommended: true },
    ];
    expect(Card.safeParse({ ...validCard, suggestions, selectionBehavior: 'at-most-one' }).success).toBe(false);
    expect(Card.safeParse({ ...validCard, suggestions, selectionBehavior: 'any' }).success).toBe(true);
  });
  it('cds-resp-4: override reasons carry a display', () => {
    expect(
      Card.safeParse({ ...validCard, overrideReasons: [{ code: 'x', system: 'https://example.org/r' }] }).success,
    ).toBe(false);
  });
  it('cds-resp-5: actions carry a description; create actions carry the resource', () => {
    const card = (action: object) => ({
      ...validCard,
      selectionBehavior: 'any',
      suggestions: [{ label: 'A', actions: [action] }],
    });
    expect(Card.safeParse(card({ type: 'create', resource: { resourceType: 'MedicationRequest' } })).success).toBe(
      false,
    );
    expect(Card.safeParse(card({ type: 'create', description: 'Add it' })).success).toBe(false);
    expect(
      Card.safeParse(card({ type: 'create', description: 'Add it', resource: { resourceType: 'MedicationRequest' } }))
        .success,
    ).toBe(true);
  });
  it('cds-resp-3: appContext only on smart links', () => {
    const link = { label: 'App', url: 'https://example.org/app', appContext: '{}' };
    expect(Card.safeParse({ ...validCard, links: [{ ...link, type: 'absolute' }] }).success).toBe(false);
    expect(Card.safeParse({ ...validCard, links: [{ ...link, type: 'smart' }] }).success).toBe(true);
  });
});

describe('feedback (spec 2.0.1 examples and the logical-model invariants)', () => {
  it('accepts accepted, overridden without a reason, and overridden with a reason', () => {
    for (const file of [
      'spec-21-example-suggestion-accepted.json',
      'spec-22-example-overridden-guidance-without-overridereason.json',
      'spec-23-example-overridden-guidance-with-overridereason.json',
    ]) {
      expect(FeedbackRequest.safeParse(reference(file)).success, file).toBe(true);
    }
  });
  const item = {
    card: 'f6b95768-b1c8-40dc-8385-bf3504b82ffb',
    outcome: 'overridden',
    outcomeTimestamp: '2020-12-11T00:00:00Z',
  };
  it('cds-fb-1: outcome is accepted or overridden', () => {
    expect(FeedbackRequest.safeParse({ feedback: [{ ...item, outcome: 'ignored' }] }).success).toBe(false);
  });
  it('cds-fb-2: an accepted outcome names the accepted suggestions', () => {
    expect(FeedbackRequest.safeParse({ feedback: [{ ...item, outcome: 'accepted' }] }).success).toBe(false);
    expect(
      FeedbackRequest.safeParse({ feedback: [{ ...item, outcome: 'accepted', acceptedSuggestions: [{ id: 'abc' }] }] })
        .success,
    ).toBe(true);
  });
  it('cds-fb-3: an override reason has a reason, a comment or both', () => {
    expect(FeedbackRequest.safeParse({ feedback: [{ ...item, overrideReason: {} }] }).success).toBe(false);
    expect(
      FeedbackRequest.safeParse({ feedback: [{ ...item, overrideReason: { userComment: 'Patient prefers not to.' } }] })
        .success,
    ).toBe(true);
  });
  it('needs a card, a date-time and at least one entry; tolerates unknown fields', () => {
    expect(FeedbackRequest.safeParse({ feedback: [] }).success).toBe(false);
    expect(FeedbackRequest.safeParse({ feedback: [{ ...item, card: '' }] }).success).toBe(false);
    expect(FeedbackRequest.safeParse({ feedback: [{ ...item, outcomeTimestamp: 'yesterday' }] }).success).toBe(false);
    expect(
      FeedbackRequest.safeParse({
        feedback: [{ ...item, outcomeTimestamp: '2020-12-11T00:00:00.123+01:00', 'com.example.extra': 1 }],
      }).success,
    ).toBe(true);
  });
});
