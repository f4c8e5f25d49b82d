/** POST /api/v1/content-reports: a valid report is stored; bad input of any shape is a 4xx problem, never a 5xx. */
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_REPORT_TEXT_MAX, patientDetailsIn } from '@/lib/api/content-reports';
import { withDb } from '@/lib/db/client';
import { listContentReports } from '@/lib/db/content-reports';
import { setUpTestDatabase } from '@/lib/db/database-suites';
import { UNREACHABLE_DATABASE_URL, useDatabase } from '@/lib/db/testing';
import { getKnowledgeBase } from '@/lib/kb';
import { DELETE, GET, POST, PUT } from './route';

const kb = getKnowledgeBase();
const db = setUpTestDatabase('sqlite');
beforeAll(() => {
  process.env.RATE_LIMIT_DISABLED = '1';
});

const post = (body: unknown, init: { contentType?: string; raw?: string } = {}) =>
  POST(
    new Request('http://localhost/api/v1/content-reports', {
      method: 'POST',
      headers: { 'Content-Type': init.contentType ?? 'application/json' },
      body: init.raw ?? JSON.stringify(body),
    }),
  );

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = await res.json();
  expect(body).toMatchObject({ type: 'about:blank', status: res.status });
  expect(typeof body.detail).toBe('string');
  return body as { detail: string; errors?: { path: string; message: string }[] };
}

const valid = {
  rulesetVersion: kb.rulesetVersion,
  condition: 'psoriasis',
  suggestionId: 'psoriasis:navarro-lopez-psoriasis-three-strain',
  category: 'source',
  text: 'The trial page cites PMID 12345678 but the DOI 10.1000/example.2019.001 points to another paper.',
};

describe('POST /api/v1/content-reports', () => {
  it('stores a valid report (201) with only the content ids, the category and the text', async () => {
    const res = await post(valid);
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const stored = (await listContentReports()).find((r) => r.id === id);
    expect(stored).toMatchObject({
      rulesetVersion: kb.rulesetVersion,
      conditionId: 'psoriasis',
      suggestionId: valid.suggestionId,
      category: 'source',
      text: valid.text,
    });
    // Nothing about the reporter: the row has exactly the model's columns.
    const row = await withDb((p) => p.contentReport.findUnique({ where: { id } }));
    expect(Object.keys(row!).sort()).toEqual(
      ['category', 'conditionId', 'id', 'receivedAt', 'rulesetVersion', 'suggestionId', 'text'].sort(),
    );
  });

  it('takes a report about the answer as a whole (no suggestion) and trims the text', async () => {
    const res = await post({
      ...valid,
      suggestionId: null,
      category: 'wording',
      text: '   The conclusion is hard to read.  ',
    });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const stored = (await listContentReports()).find((r) => r.id === id)!;
    expect(stored.suggestionId).toBeNull();
    expect(stored.text).toBe('The conclusion is hard to read.');
  });

  it.each([
    ['not an object', [1, 2]],
    ['no text', { ...valid, text: undefined }],
    ['text too short', { ...valid, text: 'bad' }],
    ['text too long', { ...valid, text: 'x'.repeat(CONTENT_REPORT_TEXT_MAX + 1) }],
    ['text with a control character', { ...valid, text: 'The grade is wrong \u0007 here.' }],
    ['an unknown category', { ...valid, category: 'complaint' }],
    ['an unknown condition', { ...valid, condition: 'eczema-x', suggestionId: null }],
    [
      'a suggestion of another condition',
      { ...valid, suggestionId: 'acne-vulgaris:navarro-lopez-psoriasis-three-strain' },
    ],
    ['a made-up suggestion', { ...valid, suggestionId: 'psoriasis:no-such-product' }],
    ['a malformed ruleset version', { ...valid, rulesetVersion: 'latest' }],
    ['a number for the text', { ...valid, text: 12345678901 }],
    ['an extra field for the patient', { ...valid, patientName: 'Jane Doe' }],
  ])('refuses %s with 400 problem+json and stores nothing', async (_, body) => {
    const before = (await listContentReports()).length;
    const res = await post(body);
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.errors?.length).toBeGreaterThan(0);
    expect((await listContentReports()).length).toBe(before);
  });

  it.each([
    ['a birth date', 'Patient born 12/03/1980 had a reaction to this.'],
    ['a written date', 'Seen on 3 March 2025, the dose looked wrong.'],
    ['an e-mail address', 'Write back to jane.doe@example.org about this grade.'],
    ['a record number', 'For patient 4401 2234 98 the alert did not show.'],
    ['a phone number', 'Call me on +44 20 7946 0958 about the wording.'],
    ['a name label', "The patient's name is on the handout and the grade is wrong."],
    ['a record-number label', 'MRN is attached; the stance looks wrong for her.'],
  ])('refuses a text with %s (400 on the text field), stores nothing', async (_, text) => {
    expect(patientDetailsIn(text)).not.toBeNull();
    const before = (await listContentReports()).length;
    const res = await post({ ...valid, text });
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.errors?.map((e) => e.path)).toContain('text');
    expect(problem.detail).toMatch(/patient/);
    expect((await listContentReports()).length).toBe(before);
  });

  it.each([
    'See PMID: 12345678 and https://doi.org/10.47391/JPMA.30238 for the newer data.',
    'NCT00000000 reported a different dose; the ruleset 2026.12.0+b1af838 still shows the old one.',
    'The trial gave 1×10⁹ CFU a day for 12 weeks, not 8 weeks as the card says.',
    'This does not address the antibiotic spacing for minocycline.',
  ])('accepts references and doses that are not patient details: %s', (text) => {
    expect(patientDetailsIn(text)).toBeNull();
  });

  it('answers a non-JSON body 415, a huge body 413 and broken JSON 400, all problem+json', async () => {
    const asForm = await post(null, { contentType: 'application/x-www-form-urlencoded', raw: 'text=hello' });
    expect(asForm.status).toBe(415);
    await problemOf(asForm);
    const huge = await post(null, { raw: JSON.stringify({ ...valid, text: 'x'.repeat(10_000) }) });
    expect(huge.status).toBe(413);
    await problemOf(huge);
    const broken = await post(null, { raw: '{"text": ' });
    expect(broken.status).toBe(400);
    await problemOf(broken);
  });

  it('answers other methods 405 with Allow: POST', async () => {
    for (const handler of [GET, PUT, DELETE]) {
      const res = await handler();
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
      await problemOf(res);
    }
  });
});

describe('POST /api/v1/content-reports when the database is down', () => {
  it('answers 503 problem+json, not 500', async () => {
    const saved = process.env.DATABASE_URL;
    await useDatabase(UNREACHABLE_DATABASE_URL);
    try {
      const res = await post(valid);
      expect(res.status).toBe(503);
      await problemOf(res);
    } finally {
      await useDatabase(saved ?? db().url);
    }
  });
});
