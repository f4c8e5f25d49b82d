/**
 * Issue 16: the issued-card ledger and feedback tied to it, through the real route handlers against a migrated
 * database of each kind (SQLite always; PostgreSQL when TEST_POSTGRES_URL is set).
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { GET as csv } from '@/app/api/v1/cds-feedback.csv/route';
import { staffCookieHeader } from '@/lib/auth/testing';
import { fixture } from '@/lib/cds/__fixtures__/load';
import { FEEDBACK_CSV_COLUMNS } from '@/lib/cds/feedback-csv';
import type { Card } from '@/lib/cds/schemas';
import { withDb } from '@/lib/db/client';
import { listFeedback } from '@/lib/db/feedback';
import { describeEachDatabase } from '@/lib/db/database-suites';
import { POST as feedback } from './[id]/feedback/route';
import { POST as call } from './[id]/route';

// Products carry a made-up medication code here, so cards offer suggestions and the accepted path can be tested
// end to end (no shipped product has a code yet: ADR 0008).
vi.mock('@/lib/kb', async (importOriginal) => {
  const kb = await importOriginal<typeof import('@/lib/kb')>();
  const { withTestOrderCodes } = await import('@/lib/kb/testing');
  let coded: ReturnType<typeof kb.loadKnowledgeBase> | undefined;
  return { ...kb, getKnowledgeBase: () => (coded ??= kb.loadKnowledgeBase(withTestOrderCodes(kb.knowledgeBaseInput))) };
});

const BASE = 'http://localhost:3104';
const SERVICE = 'gutskin-patient-view';
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (url: string, body: unknown) =>
  new Request(`${BASE}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const serviceCall = (id: string, body: unknown) => call(post(`/cds-services/${id}`, body), params(id));
const feedbackCall = (id: string, body: unknown) => feedback(post(`/cds-services/${id}/feedback`, body), params(id));

/** Calls the service with a fixture (a fresh hookInstance each time) and returns its cards. */
async function issue(name: string): Promise<Card[]> {
  const body = fixture(name);
  body.hookInstance = crypto.randomUUID();
  const res = await serviceCall(SERVICE, body);
  expect(res.status).toBe(200);
  return ((await res.json()) as { cards: Card[] }).cards;
}

const at = '2026-12-02T10:00:00Z';
const accepted = (card: Card, suggestion: string) => ({
  card: card.uuid!,
  outcome: 'accepted',
  acceptedSuggestions: [{ id: suggestion }],
  outcomeTimestamp: at,
});
const overridden = (card: Card, reason: { code?: string; system?: string; display?: string }) => ({
  card: card.uuid!,
  outcome: 'overridden',
  overrideReason: { reason, userComment: 'Discussed with the patient.' },
  outcomeTimestamp: at,
});

const feedbackCount = () => withDb((db) => db.cdsFeedback.count());

describeEachDatabase('issued cards and feedback', () => {
  beforeEach(() => {
    process.env.CDS_AUTH = 'off';
  });
  afterEach(() => {
    delete process.env.CDS_AUTH;
  });

  it('records every card of an answer: what it was about, its suggestions and reasons, no patient data', async () => {
    const body = fixture('psoriasis-methotrexate');
    body.hookInstance = crypto.randomUUID();
    const cards = ((await (await serviceCall(SERVICE, body)).json()) as { cards: Card[] }).cards;
    const rows = await withDb((p) =>
      p.cdsIssuedCard.findMany({ where: { cardUuid: { in: cards.map((c) => c.uuid!) } } }),
    );
    expect(rows).toHaveLength(cards.length);
    const safety = rows.find((r) => r.kind === 'safety')!;
    expect(safety).toMatchObject({ serviceId: SERVICE, indicator: 'warning', summary: cards[0]!.summary });
    expect(safety.ruleId).toBeTruthy();
    expect(JSON.parse(safety.conditionIds)).toEqual(['psoriasis']);
    expect(JSON.parse(safety.overrideReasonsJson)).toEqual(cards[0]!.overrideReasons);
    expect(rows.find((r) => r.kind === 'conclusion')).toMatchObject({ conditionIds: '["psoriasis"]' });
    // Nothing of the request is kept: not the patient id, the hookInstance, a resource id or the card detail.
    const stored = JSON.stringify(rows);
    for (const secret of [body.context.patientId, body.hookInstance, body.prefetch.patient.id, cards[0]!.detail!])
      expect(stored).not.toContain(secret);
  });

  it('stores accepted and overridden feedback on issued cards, linked to what was issued', async () => {
    const [adjuncts] = await issue('psoriasis-calcipotriene-betamethasone');
    const suggestion = adjuncts!.suggestions![0]!;
    const reason = adjuncts!.overrideReasons![1]!;
    const res = await feedbackCall(SERVICE, {
      feedback: [
        accepted(adjuncts!, suggestion.uuid!),
        overridden(adjuncts!, { code: reason.code, system: reason.system }),
      ],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const entries = (await listFeedback(1000)).filter((e) => e.cardUuid === adjuncts!.uuid);
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      expect(e.issuedCard).toMatchObject({ cardUuid: adjuncts!.uuid, summary: adjuncts!.summary, kind: 'adjuncts' });
      expect(e.issuedCard!.rulesetVersion).toMatch(/\S/);
      expect(e.issuedCard!.suggestions).toEqual([
        { uuid: suggestion.uuid, label: suggestion.label, ref: expect.stringMatching(/^psoriasis:/) },
      ]);
    }

    // The CSV says it in words, in columns added at the end.
    const text = await (
      await csv(new Request(`${BASE}/api/v1/cds-feedback.csv`, { headers: { cookie: await staffCookieHeader() } }))
    ).text();
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 10)).toEqual([...FEEDBACK_CSV_COLUMNS].slice(0, 10));
    expect(lines[0]!.split(',').slice(10)).toEqual([
      'card_summary',
      'card_indicator',
      'card_about',
      'card_ruleset_version',
      'card_issued_at',
      'accepted_suggestion_labels',
      'override_reason_in_words',
    ]);
    const acceptedLine = lines.find((l) => l.includes(`${adjuncts!.uuid},accepted`))!;
    expect(acceptedLine).toContain(suggestion.label);
    expect(acceptedLine).toContain('Psoriasis · adjuncts offered: ');
    const overriddenLine = lines.find((l) => l.includes(`${adjuncts!.uuid},overridden`))!;
    // The client sent the code only; the export gives the display the card offered.
    expect(overriddenLine.endsWith(`,${reason.display}`)).toBe(true);
  });

  it('refuses feedback on a card never issued (422), storing nothing of the request', async () => {
    const [adjuncts] = await issue('psoriasis-calcipotriene-betamethasone');
    const before = await feedbackCount();
    const unknown = { ...adjuncts!, uuid: crypto.randomUUID() };
    const res = await feedbackCall(SERVICE, {
      feedback: [
        accepted(adjuncts!, adjuncts!.suggestions![0]!.uuid!),
        overridden(unknown, { code: 'patient-declined' }),
      ],
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const problem = (await res.json()) as { detail: string; errors: { path: string; message: string }[] };
    expect(problem.errors).toEqual([
      { path: 'feedback.1.card', message: expect.stringMatching(/was not issued by this service/) },
    ]);
    expect(problem.detail).toMatch(/^Nothing was stored: feedback\.1\.card: card "[0-9a-f-]+" was not issued/);
    expect(await feedbackCount()).toBe(before);
  });

  it('refuses a card issued by the other service', async () => {
    const [adjuncts] = await issue('psoriasis-calcipotriene-betamethasone');
    const res = await feedbackCall('gutskin-order-select', {
      feedback: [overridden(adjuncts!, { code: 'patient-declined' })],
    });
    expect(res.status).toBe(422);
  });

  it('refuses an accepted suggestion or an override reason the card did not offer, naming which', async () => {
    const [adjuncts] = await issue('psoriasis-calcipotriene-betamethasone');
    const offered = adjuncts!.overrideReasons![0]!;
    const before = await feedbackCount();
    const cases: [unknown, string, RegExp][] = [
      [accepted(adjuncts!, crypto.randomUUID()), 'feedback.0.acceptedSuggestions.0.id', /was not offered on card/],
      [
        overridden(adjuncts!, { code: 'too-expensive', display: 'Too expensive' }),
        'feedback.0.overrideReason.reason.code',
        /"too-expensive" was not offered .*offered: patient-declined/,
      ],
      [
        overridden(adjuncts!, { code: offered.code, system: 'https://example.org/other' }),
        'feedback.0.overrideReason.reason.system',
        /was offered with system/,
      ],
      [
        overridden(adjuncts!, { display: 'Something else' }),
        'feedback.0.overrideReason.reason.code',
        /this one has no code/,
      ],
    ];
    for (const [item, path, message] of cases) {
      const res = await feedbackCall(SERVICE, { feedback: [item] });
      expect(res.status, path).toBe(422);
      const problem = (await res.json()) as { errors: { path: string; message: string }[] };
      expect(problem.errors).toEqual([{ path, message: expect.stringMatching(message) }]);
    }
    // A suggestion offered on another card of the same answer is not offered on this one.
    const [, safetyCard] = await issue('psoriasis-methotrexate').then(
      (c) => [c, c.find((x) => x.indicator === 'warning')!] as const,
    );
    const res = await feedbackCall(SERVICE, { feedback: [accepted(safetyCard, adjuncts!.suggestions![0]!.uuid!)] });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/offered no suggestions/);
    expect(await feedbackCount()).toBe(before);
  });

  it('a comment-only override needs no reason code', async () => {
    const [safety] = await issue('psoriasis-methotrexate');
    const res = await feedbackCall(SERVICE, {
      feedback: [
        {
          card: safety!.uuid,
          outcome: 'overridden',
          overrideReason: { userComment: 'Known.' },
          outcomeTimestamp: at,
        },
      ],
    });
    expect(res.status).toBe(200);
  });

  it('still answers with cards when the issue cannot be recorded, and logs it (counts only)', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await withDb((p) => p.$executeRawUnsafe('DROP TABLE "CdsFeedback"'));
      await withDb((p) => p.$executeRawUnsafe('DROP TABLE "CdsIssuedCard"'));
      const body = fixture('psoriasis-methotrexate');
      const res = await serviceCall(SERVICE, body);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { cards: Card[] }).cards.length).toBeGreaterThan(0);
      await expect
        .poll(() => logged.mock.calls.map((c) => String(c[0])).find((l) => l.includes('could not be recorded')))
        .toMatch(/^CDS gutskin-patient-view: 2 issued card\(s\) could not be recorded in the ledger/);
      const line = logged.mock.calls.map((c) => String(c[0])).find((l) => l.includes('could not be recorded'))!;
      expect(line).not.toContain(body.context.patientId);
    } finally {
      logged.mockRestore();
    }
  });
});
