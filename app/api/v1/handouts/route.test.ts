import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { GET as getOne, POST as postOne } from './[id]/route';
import { DELETE, GET as getCollection, POST } from './route';

const dir = mkdtempSync(path.join(tmpdir(), 'gutskin-handouts-'));
const dbFile = path.join(dir, 'x.db');

beforeAll(() => {
  process.env.DATABASE_URL = `file:${dbFile}`;
  // Every request here shares one client key; the limit has its own tests (rate-limit.test.ts).
  process.env.RATE_LIMIT_DISABLED = '1';
  execFileSync('npx', ['tsx', 'scripts/db/migrate.ts'], { env: { ...process.env }, encoding: 'utf8' });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = (body: unknown, init: { contentType?: string; raw?: string } = {}) =>
  POST(
    new Request('http://localhost/api/v1/handouts', {
      method: 'POST',
      headers: { 'Content-Type': init.contentType ?? 'application/json' },
      body: init.raw ?? JSON.stringify(body),
    }),
  );
const get = (id: string) =>
  getOne(new Request(`http://localhost/api/v1/handouts/${id}`), { params: Promise.resolve({ id }) });

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = await res.json();
  expect(body).toMatchObject({ type: 'about:blank', status: res.status });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  return body as { detail: string; errors?: { path: string; message: string }[] };
}

const psoriasis = { condition: 'psoriasis', regimen: ['topical-corticosteroid'], factors: [], age: 45 };

describe('POST /api/v1/handouts', () => {
  it('answers 201 with the id, url and version, and a Location header', async () => {
    const res = await post({ ...psoriasis, suggestionIds: ['psoriasis:navarro-lopez-psoriasis-three-strain'] });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/); // 128 random bits, base64url
    expect(body).toEqual({ id: body.id, url: `/h/${body.id}`, rulesetVersion: getKnowledgeBase().rulesetVersion });
    expect(res.headers.get('location')).toBe(`/h/${body.id}`);
  });

  it('makes a new unguessable id every time', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await (await post(psoriasis)).json()).id);
    expect(ids.size).toBe(5);
  });

  it('refuses an unknown field with 400, naming it (there is no field for patient identifiers)', async () => {
    const body = await problemOf(await post({ ...psoriasis, name: 'Jane Doe', dateOfBirth: '1980-01-01' }));
    expect(body.errors?.map((e) => e.path)).toEqual(['name', 'dateOfBirth']);
    expect(body.detail).toContain('Unknown field "name"');
    expect(body.detail).toContain('no name, birth date or record number');
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await post(null, { raw: '{"condition": "psoriasis",' });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).detail).toMatch(/not valid JSON/);
  });

  it.each([
    ['a list', []],
    ['null', null],
    ['a string', 'psoriasis'],
  ])('refuses a body that is %s with 400', async (_what, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect((await problemOf(res)).detail).toMatch(/JSON object/);
  });

  it('refuses a wrong content type with 415', async () => {
    const res = await post(psoriasis, { contentType: 'text/plain' });
    expect(res.status).toBe(415);
    expect((await problemOf(res)).detail).toContain('application/json');
  });

  it('refuses a 17 KB body with 413, by its declared length', async () => {
    const raw = JSON.stringify({ ...psoriasis, regimen: ['x'.repeat(17 * 1024)] });
    const res = await POST(
      new Request('http://localhost/api/v1/handouts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(raw)) },
        body: raw,
      }),
    );
    expect(res.status).toBe(413);
    expect((await problemOf(res)).detail).toMatch(/at most 16384 bytes/);
  });

  it('refuses a 17 KB body with 413 when no length is declared (streamed)', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 17) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await POST(
      new Request('http://localhost/api/v1/handouts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(res.status).toBe(413);
    await problemOf(res);
  });

  it('refuses suggestion ids that were not offered for this input with 400', async () => {
    const body = await problemOf(
      await post({ ...psoriasis, suggestionIds: ['acne-vulgaris:lactobacillus-rhamnosus-sp1'] }),
    );
    expect(body.errors).toEqual([
      {
        path: 'suggestionIds',
        message: expect.stringMatching(
          /"acne-vulgaris:lactobacillus-rhamnosus-sp1" is not a suggestion for this input\. Offered: psoriasis:/,
        ),
      },
    ]);
    const twice = await problemOf(
      await post({
        ...psoriasis,
        suggestionIds: [
          'psoriasis:navarro-lopez-psoriasis-three-strain',
          'psoriasis:navarro-lopez-psoriasis-three-strain',
        ],
      }),
    );
    expect(twice.detail).toContain('listed twice');
  });

  it('accepts an empty suggestion list: the handout says why nothing is suggested', async () => {
    const res = await post({ ...psoriasis, regimen: [], factors: ['immunocompromised'], suggestionIds: [] });
    expect(res.status).toBe(201);
    const saved = await (await get((await res.json()).id)).json();
    expect(saved.content.products).toEqual([]);
    expect(saved.content.whyNone.heading).toBe('Why no probiotic is suggested for you');
  });

  it('keeps the clinic’s name and phone with the snapshot, trimmed; blank fields are left out', async () => {
    const res = await post({ ...psoriasis, clinic: { name: '  Northside Skin Clinic ', phone: '+44 (20) 7946-0000' } });
    expect(res.status).toBe(201);
    const saved = await (await get((await res.json()).id)).json();
    expect(saved.content.clinic).toEqual({ name: 'Northside Skin Clinic', phone: '+44 (20) 7946-0000' });
    expect(saved.input).not.toHaveProperty('clinic');
    const blank = await post({ ...psoriasis, clinic: { name: ' ', phone: '' } });
    expect((await (await get((await blank.json()).id)).json()).content.clinic).toBeNull();
  });

  it('refuses clinic details that are not a clinic name and phone number with 400', async () => {
    for (const [clinic, path] of [
      [{ name: 'Clinic', phone: 'call me' }, 'clinic.phone'],
      [{ name: 'Clinic', phone: '12' }, 'clinic.phone'],
      [{ name: 'x'.repeat(81) }, 'clinic.name'],
      [{ name: 'Clinic', phone: '1'.repeat(31) }, 'clinic.phone'],
      [{ name: '<script>' }, 'clinic.name'],
      [{ name: 'Clinic', patientName: 'Jane Doe' }, 'clinic.patientName'],
      ['Clinic', 'clinic'],
    ] as const) {
      const res = await post({ ...psoriasis, clinic });
      expect(res.status, JSON.stringify(clinic)).toBe(400);
      const body = await problemOf(res);
      expect(body.errors?.[0]?.path, JSON.stringify(clinic)).toBe(path);
    }
  });

  it('checks the recommendation input as the recommendations API does', async () => {
    const body = await problemOf(await post({ condition: 'psoriasis', regimen: ['oral-doxycycline'], age: 200 }));
    expect(body.errors?.map((e) => e.path).sort()).toEqual(['age', 'regimen']);
    const missing = await problemOf(await post({ regimen: [] }));
    expect(missing.errors?.[0]).toMatchObject({
      path: 'condition',
      message: expect.stringMatching(/condition is required/),
    });
  });

  it('answers 405 with Allow for other methods', async () => {
    const res = await getCollection();
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    await problemOf(res);
    expect((await DELETE()).status).toBe(405);
  });
});

describe('GET /api/v1/handouts/{id}', () => {
  it('returns the saved snapshot, with the input (every offered suggestion by default)', async () => {
    const created = await (await post(psoriasis)).json();
    const res = await get(created.id);
    expect(res.status).toBe(200);
    const saved = await res.json();
    expect(saved).toMatchObject({
      id: created.id,
      url: created.url,
      conditionId: 'psoriasis',
      rulesetVersion: created.rulesetVersion,
    });
    expect(saved.input).toEqual({
      ...psoriasis,
      ageMonths: null,
      suggestionIds: ['psoriasis:navarro-lopez-psoriasis-three-strain', 'psoriasis:bacillus-spores-with-fos-xos-gos'],
    });
    expect(saved.content.title).toBe('Probiotics and your psoriasis');
    expect(saved.content.products.map((p: { adjunctId: string }) => p.adjunctId)).toEqual([
      'navarro-lopez-psoriasis-three-strain',
    ]);
    expect(saved.content.alsoDiscussed.blocks[0].text).toMatch(/not enough research/);
    expect(Date.parse(saved.createdAt)).toBe(Date.parse(saved.content.issuedAt));
  });

  it('serves the stored text, never a recomputed one, so it prints the same after the knowledge base changes', async () => {
    const created = await (
      await post({ ...psoriasis, suggestionIds: ['psoriasis:navarro-lopez-psoriasis-three-strain'] })
    ).json();
    // Simulate a handout saved under an older knowledge base: different version, different wording.
    const db = new Database(dbFile);
    const row = db.prepare('SELECT contentJson FROM Handout WHERE id = ?').get(created.id) as { contentJson: string };
    const old = JSON.parse(row.contentJson);
    old.rulesetVersion = '2020.1.0+0000000';
    old.products[0].name = 'Wording from an older knowledge base';
    db.prepare('UPDATE Handout SET contentJson = ?, rulesetVersion = ? WHERE id = ?').run(
      JSON.stringify(old),
      '2020.1.0+0000000',
      created.id,
    );
    db.close();
    const saved = await (await get(created.id)).json();
    expect(saved.rulesetVersion).toBe('2020.1.0+0000000');
    expect(saved.content.rulesetVersion).toBe('2020.1.0+0000000');
    expect(saved.content.products[0].name).toBe('Wording from an older knowledge base');
  });

  it.each([
    ['an unknown id', 'AAAAAAAAAAAAAAAAAAAAAA'],
    ['a malformed id', 'not an id'],
    ['a too-long id', 'A'.repeat(500)],
  ])('answers 404 problem+json for %s', async (_what, id) => {
    const res = await get(id);
    expect(res.status).toBe(404);
    expect((await problemOf(res)).detail).toMatch(/no saved handout/);
  });

  it('answers 405 to other methods', async () => {
    const res = await postOne();
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('length and count limits say which limit was hit', () => {
  it.each([
    [{ condition: 'x'.repeat(101) }, /condition is too long/],
    [
      { condition: 'psoriasis', regimen: Array.from({ length: 41 }, (_, i) => `r${i}`) },
      /regimen has more than 40 items/,
    ],
    [{ condition: 'psoriasis', regimen: ['r'.repeat(201)] }, /each id in regimen is at most 200 characters/],
    [{ condition: 'psoriasis', age: '00000000045' }, /age must be a whole number/],
  ])('%#', async (body, message) => {
    const { POST } = await import('./route');
    const res = await POST(
      new Request('http://localhost/api/v1/handouts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(message);
  });
});
