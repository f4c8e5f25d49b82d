/**
 * `npm run fuzz`: sends at least 10,000 generated requests (methods, paths, query strings, JSON and non-JSON bodies,
 * headers) to every endpoint of a server on loopback and reports every 5xx and every hang. Exits non-zero if any.
 * Uses FUZZ_URL if given (loopback only), else starts the production build on a free loopback port.
 */
import fc from 'fast-check';
import { ensureBuild, startServer } from './lib/server';

const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const CONCURRENCY = 16;
const TIMEOUT_MS = 10_000;

const ids = [
  'psoriasis',
  'acne-vulgaris',
  'atopic-dermatitis',
  'x',
  '..',
  '%00',
  'a'.repeat(300),
  '🙂',
  "' OR 1=1 --",
  '<script>',
];
const paths = fc.oneof(
  fc.constantFrom(
    '/api/health',
    '/api/v1/conditions',
    '/api/v1/recommendations',
    '/api/v1/handouts',
    '/api/v1/content-reports',
    '/cds-services',
    '/cds-services/gutskin-order-select',
    '/cds-services/gutskin-patient-view',
    '/cds-services/gutskin-patient-view/feedback',
    '/api/v1/cds-feedback.csv',
    '/',
    '/evidence',
    '/letter',
    '/methods',
    '/cds/feedback',
    '/staff/content-reports',
    '/staff/sign-in',
    '/staff/sign-in/password',
    '/staff/sign-out',
    '/staff/oidc/start',
    '/staff/oidc/callback',
    '/launch',
    '/launch/callback',
    '/launch/refresh',
    '/launch/end',
    '/launch/setup',
  ),
  fc.constantFrom(...ids).map((id) => `/api/v1/handouts/${encodeURIComponent(id)}`),
  fc.constantFrom(...ids).map((id) => `/h/${encodeURIComponent(id)}`),
  fc.constantFrom(...ids).map((id) => `/sources/${encodeURIComponent(id)}`),
  fc.constantFrom(...ids).map((id) => `/conditions/${encodeURIComponent(id)}`),
  fc
    .tuple(fc.constantFrom(...ids), fc.constantFrom(...ids))
    .map(([a, b]) => `/evidence/${encodeURIComponent(a)}/${encodeURIComponent(b)}`),
  fc.constantFrom(...ids).map((id) => `/cds-services/${encodeURIComponent(id)}`),
);

const value = fc.oneof(
  fc.constantFrom(
    'psoriasis',
    'acne-vulgaris',
    'topical-corticosteroid,methotrexate',
    'immunocompromised',
    '45',
    '-1',
    '1e9',
    'NaN',
    '',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant('x'.repeat(5000)),
);
const query = fc
  .array(
    fc.tuple(fc.oneof(fc.constantFrom('condition', 'regimen', 'factors', 'age'), fc.string({ maxLength: 12 })), value),
    { maxLength: 6 },
  )
  .map((pairs) =>
    pairs.length ? `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}` : '',
  );

const handoutLike = fc.record(
  {
    condition: fc.oneof(fc.constantFrom('psoriasis', 'rosacea'), fc.anything()),
    regimen: fc.oneof(fc.constant(['topical-corticosteroid']), fc.anything()),
    factors: fc.oneof(fc.constant([]), fc.anything()),
    age: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.anything()),
    suggestionIds: fc.anything(),
    patientName: fc.string(),
  },
  { requiredKeys: [] },
);
const hookLike = fc.record(
  {
    hook: fc.oneof(fc.constantFrom('patient-view', 'order-select'), fc.anything()),
    hookInstance: fc.oneof(fc.uuid(), fc.anything()),
    context: fc.oneof(fc.record({ patientId: fc.string(), userId: fc.string() }), fc.anything()),
    prefetch: fc.anything(),
    feedback: fc.anything(),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.constant(undefined),
  handoutLike.map((v) => JSON.stringify(v)),
  hookLike.map((v) => JSON.stringify(v)),
  fc.json(),
  fc.string({ maxLength: 200 }),
  fc.constant('{"condition": "psoriasis",'),
  fc.constant('x'.repeat(20_000)),
);
const headers = fc.record(
  {
    'content-type': fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=utf-8',
      '',
      'multipart/form-data',
    ),
    authorization: fc.constantFrom('Bearer x', 'Bearer eyJhbGciOiJub25lIn0.e30.', 'Basic YTpi', ''),
    accept: fc.constantFrom('application/json', 'text/html', '*/*'),
    'if-none-match': fc.constantFrom('"x"', '*', 'W/"1"'),
    'x-forwarded-for': fc.ipV4(),
    'sec-fetch-site': fc.constantFrom('same-origin', 'cross-site', 'none'),
    cookie: fc.constantFrom('gutskin_staff=x.y.z', 'gutskin_staff_oidc=eyJhbGciOiJIUzI1NiJ9.e30.x', 'a=b; ;='),
  },
  { requiredKeys: [] },
);
const request = fc.record({
  method: fc.constantFrom('GET', 'GET', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
  path: paths,
  query,
  body,
  headers,
});

async function main() {
  let base = process.env.FUZZ_URL;
  let stop: (() => Promise<void>) | undefined;
  if (base) {
    if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(base))
      throw new Error('FUZZ_URL must be a loopback address');
  } else {
    ensureBuild();
    const server = await startServer(3190);
    base = server.url;
    stop = server.stop;
  }
  const samples = fc.sample(request, { numRuns: TOTAL, seed: Number(process.env.FUZZ_SEED ?? 20261127) });
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  const examples = new Map<number, string>();
  let next = 0;
  const started = Date.now();
  async function worker() {
    while (next < samples.length) {
      const r = samples[next++]!;
      const hasBody = r.body !== undefined && r.method !== 'GET' && r.method !== 'HEAD';
      const label = `${r.method} ${r.path}${r.query.slice(0, 80)}`;
      try {
        const res = await fetch(base + r.path + r.query, {
          method: r.method,
          headers: Object.fromEntries(Object.entries(r.headers).filter(([, v]) => v !== '')),
          body: hasBody ? r.body : undefined,
          signal: AbortSignal.timeout(TIMEOUT_MS),
          redirect: 'manual',
        });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (!examples.has(res.status)) examples.set(res.status, label);
        if (res.status >= 500) failures.push(`${res.status} ${label}`);
      } catch (error) {
        // With request URLs over 8 KB, two limits of the HTTP layer (not of the app) can end the exchange: Node's parser
        // answers 431 and closes the socket, and a redirect that echoes the URL overflows the client's 16 KB header limit.
        const code = String((error as { cause?: { code?: string } }).cause?.code ?? '');
        if (/UND_ERR_SOCKET|UND_ERR_HEADERS_OVERFLOW|ECONNRESET/.test(code) && (r.path + r.query).length > 8_000) {
          statuses.set(-431, (statuses.get(-431) ?? 0) + 1);
          continue;
        }
        failures.push(
          `${(error as Error).name === 'TimeoutError' ? 'HANG' : 'ERROR'} ${label}: ${(error as Error).message}`,
        );
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await stop?.();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `Fuzz: ${samples.length} requests in ${seconds} s. Status counts (-431: oversized URL closed by the HTTP layer): ${[
      ...statuses,
    ]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(', ')}`,
  );
  if (process.env.FUZZ_VERBOSE)
    for (const [status, label] of examples) console.log(`  e.g. ${status}: ${label.slice(0, 120)}`);
  if (failures.length) {
    console.log(`${failures.length} failure(s) (5xx or hang):`);
    for (const f of failures.slice(0, 50)) console.log(`  ${f}`);
    process.exit(1);
  }
  console.log('No 5xx and no hang.');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
