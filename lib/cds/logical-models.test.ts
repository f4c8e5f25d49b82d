/**
 * Holds our discovery, cards and the feedback we accept to HL7's own logical models (FSH, copied in
 * __fixtures__/reference/logical-models): every element with a minimum cardinality of 1 must be present wherever its
 * parent is, and every invariant in the folder must be accounted for here.
 */
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { kbWithTestOrderCodes } from './testing';
import { fixture, reference, referenceFiles, referenceText } from './__fixtures__/load';
import { answerHook } from './hooks';
import { Card, FeedbackRequest } from './schemas';
import { findService, SERVICES } from './services';
import { idsFor } from './uuid';

/** Paths (dotted, relative to the model root) whose minimum cardinality is at least 1. */
function requiredPaths(fshFile: string): string[] {
  const out: string[] = [];
  for (const line of referenceText(`logical-models/${fshFile}`).split('\n')) {
    const m = /^\* ([A-Za-z][\w.]*) (\d+)\.\.(\d+|\*)\s/.exec(line);
    if (m && Number(m[2]) >= 1) out.push(m[1]!);
  }
  return out;
}

/** Where a required path is missing: for each object reached at the parent path, the last segment must exist. */
function missing(root: unknown, path: string): string[] {
  const segments = path.split('.');
  const last = segments.pop()!;
  let nodes: { value: unknown; at: string }[] = [{ value: root, at: '' }];
  for (const segment of segments) {
    nodes = nodes.flatMap(({ value, at }) => {
      const child = (value as Record<string, unknown> | undefined)?.[segment];
      if (child === undefined) return [];
      return Array.isArray(child)
        ? child.map((v, i) => ({ value: v, at: `${at}${segment}[${i}].` }))
        : [{ value: child, at: `${at}${segment}.` }];
    });
  }
  return nodes
    .filter(({ value }) => (value as Record<string, unknown>)[last] === undefined)
    .map(({ at }) => `${at}${last}`);
}

const violations = (root: unknown, paths: string[]) => paths.flatMap((p) => missing(root, p));

/** The order-select fixture drafting methotrexate for a patient not yet on it (a draft that changes the advice). */
function draftingMethotrexate() {
  const body = structuredClone(fixture('order-select-calcipotriene-betamethasone'));
  body.prefetch.medications.entry = [];
  body.context.draftOrders.entry[0].resource.medicationCodeableConcept = { text: 'Methotrexate 2.5 MG Oral Tablet' };
  return body;
}

// The shipped KB (no product has a medication code, so no create actions) and one with test codes (create actions).
const ourCards = () => {
  const calls: [string, string, unknown][] = [
    ['gutskin-patient-view', 'psoriasis-calcipotriene-betamethasone', fixture('psoriasis-calcipotriene-betamethasone')],
    ['gutskin-patient-view', 'psoriasis-methotrexate', fixture('psoriasis-methotrexate')],
    ['gutskin-patient-view', 'infant-atopic-dermatitis', fixture('infant-atopic-dermatitis')],
    ['gutskin-order-select', 'order-select drafting methotrexate', draftingMethotrexate()],
  ];
  return [getKnowledgeBase(), kbWithTestOrderCodes()].flatMap((kb, k) =>
    calls.map(([serviceId, name, body]) => {
      const service = findService(serviceId)!;
      const answer = answerHook(kb, service, body, {
        now: new Date('2026-11-27T10:00:00Z'),
        origin: 'https://gutskin.example.org',
        ids: (h) => idsFor(service.id, h),
      });
      if (answer.status !== 200) throw new Error(`${name}: ${answer.status}`);
      return { name: `${name}${k ? ' (coded products)' : ''}`, body: answer.body };
    }),
  );
};

describe('required elements of the HL7 logical models', () => {
  it('the models name the elements we expect (the parser works)', () => {
    expect(requiredPaths('logicals__CDSHooksResponse.fsh')).toEqual(
      expect.arrayContaining([
        'cards.summary',
        'cards.indicator',
        'cards.source',
        'cards.source.label',
        'cards.suggestions.label',
        'cards.links.type',
      ]),
    );
    expect(requiredPaths('logicals__CDSHooksServices.fsh')).toEqual(
      expect.arrayContaining(['services.hook', 'services.description', 'services.id']),
    );
    expect(requiredPaths('logicals__CDSHooksFeedback.fsh')).toEqual(
      expect.arrayContaining(['feedback.card', 'feedback.outcome', 'feedback.outcomeTimestamp']),
    );
    expect(missing({ cards: [{ summary: 'x' }, {}] }, 'cards.summary')).toEqual(['cards[1].summary']);
  });

  it('our discovery response has every required element', () => {
    const paths = requiredPaths('logicals__CDSHooksServices.fsh').filter((p) => !p.startsWith('services.prefetch.'));
    expect(violations({ services: SERVICES }, paths)).toEqual([]);
  });

  it('our cards have every required element, and the cds-resp invariants hold', () => {
    const paths = requiredPaths('logicals__CDSHooksResponse.fsh');
    for (const { name, body } of ourCards()) {
      expect(body.cards.length, name).toBeGreaterThan(0);
      expect(violations(body, paths), name).toEqual([]);
      for (const card of body.cards) {
        expect(Card.safeParse(card).success, `${name}: ${card.summary}`).toBe(true);
        // Our own stricter rules: every card and suggestion has a uuid for feedback.
        expect(card.uuid).toBeTruthy();
        for (const s of card.suggestions ?? []) expect(s.uuid).toBeTruthy();
      }
    }
  });

  it('the spec feedback examples have every required element, and we accept exactly those', () => {
    const paths = requiredPaths('logicals__CDSHooksFeedback.fsh');
    for (const file of [
      'spec-21-example-suggestion-accepted.json',
      'spec-22-example-overridden-guidance-without-overridereason.json',
      'spec-23-example-overridden-guidance-with-overridereason.json',
    ]) {
      expect(violations(reference(file), paths), file).toEqual([]);
      expect(FeedbackRequest.safeParse(reference(file)).success).toBe(true);
    }
    const withoutCard = reference('spec-22-example-overridden-guidance-without-overridereason.json');
    delete withoutCard.feedback[0].card;
    expect(violations(withoutCard, paths)).toEqual(['feedback[0].card']);
    expect(FeedbackRequest.safeParse(withoutCard).success).toBe(false);
  });
});

/** How each HL7 invariant is honoured. A new invariant in a refreshed copy of the models fails this test. */
const INVARIANTS: Record<string, string> = {
  'cds-resp-1': 'Card schema: at-most-one allows one isRecommended (schemas.test.ts)',
  'cds-resp-2': 'we never send delete actions',
  'cds-resp-3': 'Link schema: appContext only for smart links (schemas.test.ts)',
  'cds-resp-4': 'OverrideReason schema requires display (schemas.test.ts)',
  'cds-resp-5': 'Action schema requires description (schemas.test.ts)',
  'cds-resp-6': 'Card schema: suggestions require selectionBehavior (schemas.test.ts)',
  'cds-resp-7': 'we never send actionSelectionBehavior',
  'cds-fb-1': 'FeedbackItem: outcome enum (schemas.test.ts)',
  'cds-fb-2': 'FeedbackItem: accepted needs acceptedSuggestions (schemas.test.ts)',
  'cds-fb-3': 'FeedbackItem: overrideReason needs reason or userComment (schemas.test.ts)',
  'cds-r-1':
    'request invariant for clients (fhirAuthorization implies fhirServer); we use neither, so we do not reject on it',
  'cds-r-2': 'request warning for clients (patient scopes); not used',
};

describe('every invariant of the logical models is accounted for', () => {
  it('lists each invariant file', () => {
    const ids = referenceFiles('logical-models')
      .filter((f) => f.startsWith('invariants__'))
      .map((f) => f.replace(/^invariants__|\.fsh$/g, ''));
    expect(ids.sort()).toEqual(Object.keys(INVARIANTS).sort());
  });
});
