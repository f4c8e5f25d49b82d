/**
 * Every route handler that touches the database answers a database it cannot use (unreachable, or a DATABASE_URL
 * that cannot work) with 503 problem+json and Retry-After, never a 500: one wrapper (withDatabase) does the mapping,
 * and a route that touches the database without it fails the last test here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reference } from '@/lib/cds/__fixtures__/load';
import { disconnectDb } from '@/lib/db/client';

const ORIGIN = 'http://127.0.0.1:3105';
const ISS = 'https://ehr.example.org';
const HANDOUT_ID = 'AAAAAAAAAAAAAAAAAAAAAA';
let keys: Awaited<ReturnType<typeof generateKeyPair>>;
const saved = { ...process.env };

beforeAll(async () => {
  keys = await generateKeyPair('ES384');
  process.env.APP_ORIGIN = ORIGIN;
  process.env.RATE_LIMIT_DISABLED = '1';
  process.env.STAFF_OIDC_ISSUER = 'https://idp.example.org';
  process.env.STAFF_OIDC_CLIENT_ID = 'gutskin';
  process.env.STAFF_OIDC_CLIENT_SECRET = 'secret';
  // CDS client authentication on: the token replay check needs the database.
  process.env.CDS_AUTH = 'on';
  process.env.CDS_TRUSTED_ISSUERS = JSON.stringify({
    [ISS]: { keys: [{ ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'ES384' }] },
  });
});
afterAll(async () => {
  await disconnectDb();
  process.env = saved;
});

const bearer = async (pathname: string) => {
  const now = Math.floor(Date.now() / 1000);
  const jwt = await new SignJWT({
    iss: ISS,
    aud: `${ORIGIN}${pathname}`,
    iat: now,
    exp: now + 300,
    jti: crypto.randomUUID(),
  })
    .setProtectedHeader({ alg: 'ES384', kid: 'k1', typ: 'JWT' })
    .sign(keys.privateKey);
  return `Bearer ${jwt}`;
};
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const form = (fields: Record<string, string>, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...headers },
  body: new URLSearchParams(fields).toString(),
});
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

/** Each handler that touches the database, called as Next.js calls it, with a request that gets that far. */
const routes: Record<string, () => Promise<Response>> = {
  'GET /api/health': async () => (await import('./api/health/route')).GET(),
  'POST /api/v1/handouts': async () =>
    (await import('./api/v1/handouts/route')).POST(
      new Request(`${ORIGIN}/api/v1/handouts`, json({ condition: 'psoriasis' })),
    ),
  'GET /api/v1/handouts/{id}': async () =>
    (await import('./api/v1/handouts/[id]/route')).GET(
      new Request(`${ORIGIN}/api/v1/handouts/${HANDOUT_ID}`),
      params({ id: HANDOUT_ID }),
    ),
  'GET /api/v1/cds-feedback.csv': async () =>
    (await import('./api/v1/cds-feedback.csv/route')).GET(new Request(`${ORIGIN}/api/v1/cds-feedback.csv`)),
  'GET /cds-services': async () =>
    (await import('./cds-services/route')).GET(
      new Request(`${ORIGIN}/cds-services`, { headers: { authorization: await bearer('/cds-services') } }),
    ),
  'POST /cds-services/{id}': async () =>
    (await import('./cds-services/[id]/route')).POST(
      new Request(
        `${ORIGIN}/cds-services/gutskin-patient-view`,
        json({}, { authorization: await bearer('/cds-services/gutskin-patient-view') }),
      ),
      params({ id: 'gutskin-patient-view' }),
    ),
  'POST /cds-services/{id}/feedback': async () =>
    (await import('./cds-services/[id]/feedback/route')).POST(
      new Request(
        `${ORIGIN}/cds-services/gutskin-patient-view/feedback`,
        json(reference('spec-21-example-suggestion-accepted.json'), {
          authorization: await bearer('/cds-services/gutskin-patient-view/feedback'),
        }),
      ),
      params({ id: 'gutskin-patient-view' }),
    ),
  'POST /staff/sign-in/password': async () =>
    (await import('./staff/sign-in/password/route')).POST(
      new Request(`${ORIGIN}/staff/sign-in/password`, form({ login: 'a', password: 'b', csrf: 'c' })),
    ),
  'POST /staff/sign-out': async () =>
    (await import('./staff/sign-out/route')).POST(
      new Request(`${ORIGIN}/staff/sign-out`, form({ csrf: 'c' }, { cookie: 'gutskin_staff=a.b.c' })),
    ),
  'GET /staff/oidc/callback': async () =>
    (await import('./staff/oidc/callback/route')).GET(new Request(`${ORIGIN}/staff/oidc/callback?code=x&state=y`)),
};

describe.each([
  ['unreachable (a folder that does not exist)', 'file:/nonexistent-gutskin-dir/sub/x.db', 'Service unavailable', '30'],
  [
    'misconfigured (an unknown DATABASE_URL scheme)',
    'mysql://user@db.example.org/gutskin',
    'Database misconfigured',
    '60',
  ],
])('database %s', (_what, url, title, retryAfter) => {
  it.each(Object.keys(routes))('%s answers 503 problem+json with Retry-After', async (route) => {
    process.env.DATABASE_URL = url;
    await disconnectDb();
    const res = await routes[route]!();
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('retry-after')).toBe(retryAfter);
    const body = (await res.json()) as { status: number; title: string; detail: string };
    expect(body).toMatchObject({ status: 503, title });
    expect(body.detail.length).toBeGreaterThan(20);
    if (route.includes('/cds-services')) expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('withDatabase', () => {
  const handlers = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? handlers(path.join(dir, e.name)) : e.name === 'route.ts' ? [path.join(dir, e.name)] : [],
    );
  // What reaches the database from a route handler: the data layer, staff sessions (their key and accounts live in
  // the database), CDS client authentication (token replay) and the feedback export.
  const touchesDatabase = /from '@\/lib\/(db\/|auth\/staff'|auth\/sign-in'|http\/cds'|http\/feedback-export')/;

  it('wraps every route handler that touches the database, and each of them is tested above', () => {
    const touching = handlers(import.meta.dirname).filter((file) => {
      const source = readFileSync(file, 'utf8');
      return touchesDatabase.test(source) && /export (const|async function) (GET|POST)\b/.test(source);
    });
    expect(touching.length).toBeGreaterThan(8);
    for (const file of touching) {
      const source = readFileSync(file, 'utf8');
      const name = path.relative(import.meta.dirname, file);
      // Route files that only check the same-origin rule (isSameOriginPost) without reading the database are exempt.
      if (
        !/sessionSecret|requireStaff|authenticateCdsClient|@\/lib\/db\/|feedbackCsvResponse|sessionFromCookie|checkLocalPassword/.test(
          source,
        )
      )
        continue;
      expect(source, `${name} touches the database: export its handlers through withDatabase`).toMatch(
        /withDatabase\(/,
      );
    }
  });
});
