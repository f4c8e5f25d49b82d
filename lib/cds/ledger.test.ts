/** The issued-card ledger, pure part: what a card was about, and feedback matched against what it offered. */
import { describe, expect, it } from 'vitest';
import { fixture } from './__fixtures__/load';
import { overrideReasons } from './cards';
import { answerHook } from './hooks';
import {
  acceptedLabels,
  describeIssued,
  type IssuedCard,
  issuedCards,
  keyRecorder,
  matchIssued,
  reasonDisplay,
} from './ledger';
import { FeedbackItem } from './schemas';
import { findService } from './services';
import { kbWithTestOrderCodes } from './testing';
import { idsFor } from './uuid';

/** Products carry a made-up medication code, so cards offer suggestions (ADR 0008). */
const kb = kbWithTestOrderCodes();
const SERVICE = 'gutskin-patient-view';

function issue(name: string): IssuedCard[] {
  const keys = keyRecorder((h) => idsFor(SERVICE, h));
  const answer = answerHook(kb, findService(SERVICE)!, fixture(name), {
    now: new Date('2026-12-02T10:00:00Z'),
    origin: 'https://cds.example.org',
    ids: keys.ids,
  });
  if (answer.status !== 200) throw new Error(String(answer.status));
  return issuedCards(kb, SERVICE, answer.body.cards, answer.trace.recommendations, keys.keyOf);
}

const item = (value: unknown) => FeedbackItem.parse(value);
const at = '2026-12-02T10:00:00Z';

describe('issuedCards', () => {
  it('says what each card was about from the keys its ids were made from', () => {
    const [adjuncts] = issue('psoriasis-calcipotriene-betamethasone');
    expect(adjuncts).toMatchObject({ kind: 'adjuncts', ruleId: null, conditionIds: ['psoriasis'] });
    expect(adjuncts!.suggestions[0]!.ref).toMatch(/^psoriasis:/);
    expect(describeIssued(kb, adjuncts!)).toBe(
      `Psoriasis · adjuncts offered: ${kb.adjunctsById.get(adjuncts!.suggestions[0]!.ref!.split(':')[1]!)!.name}`,
    );
    const [safety, conclusion] = issue('psoriasis-methotrexate');
    expect(safety).toMatchObject({ kind: 'safety', conditionIds: ['psoriasis'], indicator: 'warning' });
    expect(describeIssued(kb, safety!)).toBe(`Psoriasis · safety rule ${safety!.ruleId}`);
    expect(conclusion).toMatchObject({ kind: 'conclusion', conditionIds: ['psoriasis'], suggestions: [] });
  });

  it('an id the recorder did not make is "other", about nothing', () => {
    const keys = keyRecorder((h) => idsFor(SERVICE, h));
    const card = { uuid: 'x', summary: 's', indicator: 'info' as const, source: { label: 'l' } };
    expect(issuedCards(kb, SERVICE, [card], [], keys.keyOf)[0]).toMatchObject({ kind: 'other', conditionIds: [] });
  });
});

describe('matchIssued', () => {
  const [card] = issue('psoriasis-calcipotriene-betamethasone');
  const suggestion = card!.suggestions[0]!.uuid;

  it('accepts what the card offered and picks the newest issue that offered it', () => {
    const older = { ...card!, id: 'older' };
    const newer = { ...card!, id: 'newer', suggestions: [] };
    const match = matchIssued(
      item({
        card: card!.cardUuid,
        outcome: 'accepted',
        acceptedSuggestions: [{ id: suggestion }],
        outcomeTimestamp: at,
      }),
      [newer, older],
      0,
    );
    expect(match).toEqual({ ok: true, issued: older });
  });

  it('refuses an unknown card, an unoffered suggestion and an unoffered reason', () => {
    const unknown = matchIssued(item({ card: 'nope', outcome: 'overridden', outcomeTimestamp: at }), [], 3);
    expect(unknown).toMatchObject({ ok: false, errors: [{ path: 'feedback.3.card' }] });
    const both = matchIssued(
      item({
        card: card!.cardUuid,
        outcome: 'accepted',
        acceptedSuggestions: [{ id: suggestion }, { id: 'not-offered' }],
        overrideReason: { reason: { code: 'not-offered' } },
        outcomeTimestamp: at,
      }),
      [card!],
      0,
    );
    expect(both).toMatchObject({
      ok: false,
      errors: [{ path: 'feedback.0.acceptedSuggestions.1.id' }, { path: 'feedback.0.overrideReason.reason.code' }],
    });
  });
});

describe('in words', () => {
  const [card] = issue('psoriasis-calcipotriene-betamethasone');
  const [offered] = card!.overrideReasons;

  it('an override reason sent as a code is shown with the display the card offered', () => {
    expect(reasonDisplay({ code: offered!.code, system: offered!.system, display: null }, card!)).toBe(
      offered!.display,
    );
    expect(reasonDisplay({ code: offered!.code, system: null, display: 'What the EHR said' }, card!)).toBe(
      offered!.display,
    );
  });

  it('without a ledger entry: the display sent, else this code system’s own, else null', () => {
    expect(reasonDisplay({ code: 'x', system: 'https://e.org/r', display: 'Sent' }, null)).toBe('Sent');
    const own = overrideReasons('https://old.example.org')[1]!;
    expect(reasonDisplay({ code: own.code, system: own.system, display: null }, null)).toBe(own.display);
    expect(reasonDisplay({ code: own.code, system: 'https://e.org/r', display: null }, null)).toBeNull();
    expect(reasonDisplay({ code: own.code, system: 'not a url', display: null }, null)).toBeNull();
  });

  it('accepted suggestions by their labels', () => {
    expect(acceptedLabels([card!.suggestions[0]!.uuid, 'gone'], card!)).toEqual([card!.suggestions[0]!.label, 'gone']);
  });
});
