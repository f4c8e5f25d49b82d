import { describe, expect, it } from 'vitest';
import { GET as getConditions, POST as postConditions } from '../conditions/route';
import { getKnowledgeBase } from '@/lib/kb';
import { buildNote, noteNamesFromKb } from '@/lib/workspace/note';
import { DELETE, GET, POST, PUT } from './route';

const call = (query: string, init?: RequestInit) =>
  GET(new Request(`http://localhost/api/v1/recommendations${query}`, init));

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = await res.json();
  expect(body).toMatchObject({ type: 'about:blank', status: res.status });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  return body as { detail: string; errors?: { path: string; message: string }[] };
}

describe('GET /api/v1/recommendations', () => {
  it('answers a valid query with the contract shape, a version ETag and cache headers', async () => {
    const res = call('?condition=psoriasis&regimen=topical-corticosteroid,methotrexate&age=45');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.input).toEqual({
      condition: 'psoriasis',
      regimen: ['topical-corticosteroid', 'methotrexate'],
      factors: [],
      age: 45,
      ageMonths: null,
    });
    expect(res.headers.get('etag')).toContain(body.rulesetVersion);
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = call('?condition=acne-vulgaris');
    const etag = first.headers.get('etag')!;
    expect(call('?condition=acne-vulgaris', { headers: { 'If-None-Match': etag } }).status).toBe(304);
  });

  it.each([
    ['', 'condition', /condition is required/],
    ['?condition=eczema-x', 'condition', /Unknown condition "eczema-x". Known: acne-vulgaris, psoriasis/],
    [
      '?condition=psoriasis&regimen=oral-doxycycline',
      'regimen',
      /does not apply to Psoriasis\. Valid for psoriasis: topical-corticosteroid/,
    ],
    ['?condition=psoriasis&regimen=nope', 'regimen', /Unknown regimen "nope"/],
    ['?condition=psoriasis&regimen=methotrexate,methotrexate', 'regimen', /listed twice/],
    ['?condition=psoriasis&factors=smoker', 'factors', /Unknown factor "smoker"\. Known: immunocompromised/],
    ['?condition=psoriasis&age=abc', 'age', /whole number of years from 0 to 120/],
    ['?condition=psoriasis&age=4.5', 'age', /whole number/],
    ['?condition=psoriasis&age=-1', 'age', /whole number/],
    ['?condition=psoriasis&age=121', 'age', /at most 120/],
    ['?condition=psoriasis&age=1e2', 'age', /whole number/],
    ['?condition=psoriasis&condition=acne-vulgaris', 'condition', /more than once/],
    ['?condition=psoriasis&colour=blue', 'colour', /Unknown parameter "colour"/],
    [`?condition=psoriasis&regimen=${'a'.repeat(700)}`, 'regimen', /too long/],
  ])('%s → 400 naming %s', async (query, path, message) => {
    const res = call(query);
    expect(res.status).toBe(400);
    const body = await problemOf(res);
    expect(
      body.errors?.some((e) => e.path === path && message.test(e.message)),
      JSON.stringify(body.errors),
    ).toBe(true);
    expect(body.detail).toMatch(message);
  });

  it('refuses an absurdly long query', async () => {
    const res = call(`?condition=psoriasis&${'x=1&'.repeat(1000)}`);
    expect(res.status).toBe(400);
    expect((await problemOf(res)).detail).toMatch(/too long/);
  });

  it('treats an empty age as not given', async () => {
    const res = call('?condition=psoriasis&age=');
    expect(res.status).toBe(200);
    expect((await res.json()).input.age).toBeNull();
  });

  it.each([
    ['POST', POST],
    ['PUT', PUT],
    ['DELETE', DELETE],
  ])('%s → 405 with Allow', async (_method, handler) => {
    const res = await handler();
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    await problemOf(res);
  });
});

describe('GET /api/v1/recommendations as the note for the record (Accept: text/plain)', () => {
  const QUERY = '?condition=acne-vulgaris&regimen=adapalene,benzoyl-peroxide,oral-doxycycline&age=19';
  const kb = getKnowledgeBase();

  it('answers text/plain with the note built from the same answer as the JSON', async () => {
    const json = await call(QUERY).json();
    const res = call(QUERY, { headers: { Accept: 'text/plain' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('vary')).toMatch(/\bAccept\b/);
    const text = await res.text();
    expect(text).toBe(buildNote(json, noteNamesFromKb(kb)));
    for (const a of json.alerts) expect(text).toContain(a.text);
    expect(text).toContain(json.rulesetVersion);
  });

  it.each([
    ['text/plain, application/json;q=0.9', 'text/plain; charset=utf-8'],
    ['text/*', 'text/plain; charset=utf-8'],
    ['application/json, text/plain;q=0.5', 'application/json'],
    ['text/plain;q=0.5, application/json;q=0.5', 'application/json'],
    ['*/*', 'application/json'],
    ['text/html,application/xhtml+xml,*/*;q=0.8', 'application/json'],
    ['', 'application/json'],
    ['garbage;;;,', 'application/json'],
  ])('Accept %j → %s', async (accept, type) => {
    const res = call(QUERY, { headers: { Accept: accept } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
  });

  it('gives the two forms different ETags, and a 304 only for the matching one', async () => {
    const text = call(QUERY, { headers: { Accept: 'text/plain' } });
    const json = call(QUERY);
    const textTag = text.headers.get('etag')!;
    expect(textTag).not.toBe(json.headers.get('etag'));
    expect(call(QUERY, { headers: { Accept: 'text/plain', 'If-None-Match': textTag } }).status).toBe(304);
    expect(call(QUERY, { headers: { 'If-None-Match': textTag } }).status).toBe(200);
  });

  it('still answers bad input as problem+json', async () => {
    const res = call('?condition=eczema-x', { headers: { Accept: 'text/plain' } });
    expect(res.status).toBe(400);
    await problemOf(res);
  });

  it('carries the knowledge-base release in the JSON answer', async () => {
    const body = await call(QUERY).json();
    expect(body.knowledgeBase).toEqual({
      version: kb.data.release.version,
      releaseDate: kb.data.release.releaseDate,
      lastReviewed: kb.data.release.lastReviewed,
    });
  });
});

describe('GET /api/v1/conditions', () => {
  it('lists every condition with codes, regimen options and the patient factors', async () => {
    const res = getConditions(new Request('http://localhost/api/v1/conditions'));
    expect(res.status).toBe(200);
    const body = await res.json();
    const psoriasis = body.conditions.find((c: { id: string }) => c.id === 'psoriasis');
    expect(psoriasis.codes).toMatchObject({
      icd10: expect.arrayContaining(['L40']),
      snomed: expect.arrayContaining(['9014002']),
    });
    expect(psoriasis.regimenOptions).toContainEqual(
      expect.objectContaining({ id: 'topical-corticosteroid', name: 'Topical corticosteroid', route: 'topical' }),
    );
    expect(body.factors.map((f: { id: string }) => f.id)).toEqual(
      expect.arrayContaining([
        'immunocompromised',
        'central-venous-catheter',
        'critically-ill',
        'pregnant',
        'breastfeeding',
        'oral-antibiotics',
        'milk-allergy',
      ]),
    );
    for (const c of body.conditions) {
      expect(c.codes.icd10.length).toBeGreaterThan(0);
      expect(c.regimenOptions.length).toBeGreaterThan(0);
    }
  });

  it('refuses parameters and other methods', async () => {
    expect(getConditions(new Request('http://localhost/api/v1/conditions?x=1')).status).toBe(400);
    expect((await postConditions()).status).toBe(405);
  });
});
