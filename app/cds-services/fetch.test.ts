/**
 * Prefetch keys the client left out are fetched from its fhirServer: a loopback FHIR server holding the request
 * fixtures' records, called through the real route handler (with a throwaway SQLite database for the issued-card
 * ledger, migrated with the real migration script).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fixture, reference } from '@/lib/cds/__fixtures__/load';
import { CdsHooksResponse } from '@/lib/cds/schemas';
import { PREFETCH_KEYS } from '@/lib/cds/services';
import { downFhirServerUrl, type FhirTestServer, recordFromPrefetch, startFhirTestServer } from '@/lib/fhir/testing';
import { useLogDestination } from '@/lib/log';
import { POST as feedback } from './[id]/feedback/route';
import { POST as call } from './[id]/route';

const BASE = 'http://localhost:3104';
const FIXTURES = [
  ['psoriasis-methotrexate', 'gutskin-patient-view'],
  ['infant-atopic-dermatitis', 'gutskin-patient-view'],
  ['psoriasis-calcipotriene-betamethasone', 'gutskin-patient-view'],
  ['order-select-methotrexate', 'gutskin-order-select'],
] as const;

/** A request fixture; `order-select-methotrexate` drafts methotrexate for the psoriasis patient (a draft that changes the advice). */
function request(name: string) {
  if (name !== 'order-select-methotrexate') return fixture(name);
  const body = fixture('order-select-calcipotriene-betamethasone');
  body.prefetch.medications.entry = [];
  body.context.draftOrders.entry[0].resource.medicationCodeableConcept = { text: 'Methotrexate 2.5 MG Oral Tablet' };
  return body;
}

let fhir: FhirTestServer;
let warn: MockInstance<typeof console.warn>;

const dir = mkdtempSync(path.join(tmpdir(), 'gutskin-cds-fetch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  process.env.DATABASE_URL = `file:${path.join(dir, 'x.db')}`;
  execFileSync('npx', ['tsx', 'scripts/db/migrate.ts'], { env: { ...process.env }, encoding: 'utf8' });
  fhir = await startFhirTestServer([
    recordFromPrefetch(fixture('psoriasis-methotrexate').prefetch),
    recordFromPrefetch(fixture('infant-atopic-dermatitis').prefetch),
    recordFromPrefetch(reference('team-patient-view-request-derm-example.json').prefetch),
  ]);
}, 60_000);
afterAll(() => fhir.close());
beforeEach(() => {
  process.env.CDS_AUTH = 'off';
  fhir.requests.length = 0;
  for (const type of Object.keys(fhir.behaviour)) delete fhir.behaviour[type];
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  delete process.env.CDS_AUTH;
  warn.mockRestore();
});

interface CardOut {
  uuid?: string;
  summary: string;
  indicator: string;
  detail?: string;
  suggestions?: { uuid?: string }[];
}

async function serviceCall(body: unknown, id = 'gutskin-patient-view') {
  const res = await call(
    new Request(`${BASE}/cds-services/${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id }) },
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, body: (await res.json()) as any };
}

/** Cards without their ids (the rest must be the same whether a key was prefetched or fetched). */
const withoutIds = (cards: CardOut[]) =>
  cards.map((card) => {
    const copy = structuredClone(card);
    delete copy.uuid;
    for (const s of copy.suggestions ?? []) delete s.uuid;
    return copy;
  });

/** The log lines about fetching (the auth warning of CDS_AUTH=off may come too). */
const fetchWarnings = () => warn.mock.calls.map((c) => String(c[0])).filter((l) => l.includes('prefetch'));

const withServer = (name: string, server = fhir.url) => ({ ...request(name), fhirServer: server });

describe('each prefetch key missing in turn is fetched from fhirServer', () => {
  for (const [name, service] of FIXTURES) {
    it(`${name}: the answer equals the full-prefetch answer`, async () => {
      // A server holding only this fixture's record (two fixtures share a patient id).
      const own = await startFhirTestServer([recordFromPrefetch(request(name).prefetch)]);
      try {
        const full = await serviceCall(withServer(name, own.url), service);
        expect(full.status).toBe(200);
        expect(own.requests).toEqual([]); // nothing lacking, nothing fetched
        expect(full.body.cards.length).toBeGreaterThan(0);
        for (const key of [...PREFETCH_KEYS, 'all'] as const) {
          const body = withServer(name, own.url);
          if (key === 'all') delete body.prefetch;
          else delete body.prefetch[key];
          own.requests.length = 0;
          const fetched = await serviceCall(body, service);
          expect(fetched.status, key).toBe(200);
          expect(CdsHooksResponse.safeParse(fetched.body).success).toBe(true);
          expect(withoutIds(fetched.body.cards), key).toEqual(withoutIds(full.body.cards));
          expect(own.requests.length, key).toBe(key === 'all' ? 4 : 1);
        }
        expect(fetchWarnings()).toEqual([]);
      } finally {
        await own.close();
      }
    });
  }

  it('an OperationOutcome in place of a key is fetched too; the allergy that was fetched changes the cards', async () => {
    const full = await serviceCall(withServer('infant-atopic-dermatitis'));
    const body = withServer('infant-atopic-dermatitis');
    body.prefetch.allergies = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'timeout' }] };
    const fetched = await serviceCall(body);
    expect(fhir.requests.map((r) => r.path)).toEqual(['/fhir/AllergyIntolerance?patient=ad-baby']);
    expect(withoutIds(fetched.body.cards)).toEqual(withoutIds(full.body.cards));
    expect(fetched.body.cards.some((c: CardOut) => c.summary.startsWith('Egg allergy'))).toBe(true);
  });

  it('forwards the bearer token of fhirAuthorization (the server refuses calls without it)', async () => {
    const guarded = await startFhirTestServer([recordFromPrefetch(fixture('psoriasis-methotrexate').prefetch)], {
      token: 'secret-token-1',
    });
    try {
      const body = withServer('psoriasis-methotrexate', guarded.url);
      delete body.prefetch.medications;
      const without = await serviceCall(body);
      expect(guarded.requests.map((r) => r.authorization)).toEqual([undefined]);
      expect(without.body.cards[0].summary).toMatch(/^Medication list not received/);

      guarded.requests.length = 0;
      body.fhirAuthorization = {
        access_token: 'secret-token-1',
        token_type: 'Bearer',
        expires_in: 300,
        scope: 'patient/*.read',
        subject: 'cds-service',
      };
      const withToken = await serviceCall(body);
      expect(guarded.requests.map((r) => r.authorization)).toEqual(['Bearer secret-token-1']);
      const full = await serviceCall(withServer('psoriasis-methotrexate', guarded.url));
      expect(withoutIds(withToken.body.cards)).toEqual(withoutIds(full.body.cards));
      // The token is never logged.
      expect(warn.mock.calls.flat().join(' ')).not.toContain('secret-token-1');
    } finally {
      await guarded.close();
    }
  });
});

describe('when the data cannot be obtained', () => {
  it('FHIR server down: missing medications or allergies give the cards plus a warning naming the undone checks', async () => {
    const down = await downFhirServerUrl();
    const full = await serviceCall(withServer('infant-atopic-dermatitis'));
    for (const [key, summary, check] of [
      [
        'medications',
        'Medication list not received: interaction and immunosuppression checks were not done',
        /a systemic immunosuppressant/,
      ],
      ['allergies', 'Allergy list not received: ingredient allergy checks were not done', /egg allergy/],
    ] as const) {
      const body = withServer('infant-atopic-dermatitis', down);
      delete body.prefetch[key];
      warn.mockClear();
      const res = await serviceCall(body);
      expect(res.status).toBe(200);
      const cards = res.body.cards as CardOut[];
      const gap = cards.find((c) => c.summary === summary)!;
      expect(gap.indicator).toBe('warning');
      expect(gap.detail).toMatch(check);
      expect(gap.detail).toMatch(/could not be reached/);
      // The other cards are still there (the egg-allergy alert is gone only when the allergies are missing).
      expect(cards.length).toBeGreaterThanOrEqual(full.body.cards.length - (key === 'allergies' ? 1 : 0));
      expect(fetchWarnings()).toHaveLength(1);
      const line = fetchWarnings()[0]!;
      expect(line).toMatch(new RegExp(`prefetch "${key}" could not be fetched from fhirServer: the server could not`));
      expect(line).not.toContain('ad-baby'); // no patient id in the log
    }
  });

  it('the warning card is issued like any other: feedback overriding it is accepted', async () => {
    const body = withServer('psoriasis-methotrexate', await downFhirServerUrl());
    delete body.prefetch.medications;
    const res = await serviceCall(body);
    const gap = (res.body.cards as CardOut[]).find((c) => c.summary.startsWith('Medication list not received'))!;
    const answer = await feedback(
      new Request(`${BASE}/cds-services/gutskin-patient-view/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          feedback: [
            {
              card: gap.uuid,
              outcome: 'overridden',
              overrideReason: { userComment: 'Medication list checked by phone' },
              outcomeTimestamp: '2026-12-02T10:00:00Z',
            },
          ],
        }),
      }),
      { params: Promise.resolve({ id: 'gutskin-patient-view' }) },
    );
    expect(answer.status).toBe(200);
  });

  it('FHIR server down: missing patient or conditions is a 412 naming the key and why', async () => {
    const down = await downFhirServerUrl();
    for (const key of ['patient', 'conditions']) {
      const body = withServer('psoriasis-methotrexate', down);
      delete body.prefetch[key];
      const res = await serviceCall(body);
      expect(res.status).toBe(412);
      expect(res.body.errors).toEqual([
        {
          path: `prefetch.${key}`,
          message: expect.stringMatching(/not fetched from fhirServer: the server could not/),
        },
      ]);
      expect(res.body.detail).toMatch(/Fetching them from fhirServer failed/);
    }
  });

  it('a fhirServer that is not http(s) is not fetched from', async () => {
    const body = withServer('psoriasis-methotrexate', 'file:///etc/fhir');
    delete body.prefetch.allergies;
    const res = await serviceCall(body);
    expect(res.status).toBe(200);
    expect(res.body.cards[0].detail).toMatch(/fhirServer is not http\(s\)/);
  });

  it('the access token is never sent over plain http (other than loopback)', async () => {
    const body = withServer('psoriasis-methotrexate', 'http://ehr.example.invalid/fhir');
    body.fhirAuthorization = { access_token: 'secret-token-2', token_type: 'Bearer', scope: 'patient/*.read' };
    delete body.prefetch.allergies;
    const res = await serviceCall(body);
    expect(res.status).toBe(200);
    expect(res.body.cards[0].detail).toMatch(/the access token is sent only over https/);
  });

  it('a server answering a login page or redirecting elsewhere is not followed', async () => {
    for (const behaviour of ['html', 'redirect-away', 'huge'] as const) {
      fhir.behaviour.AllergyIntolerance = behaviour;
      fhir.requests.length = 0;
      const body = withServer('infant-atopic-dermatitis');
      delete body.prefetch.allergies;
      const res = await serviceCall(body);
      expect(res.status).toBe(200);
      expect(res.body.cards[0].summary).toMatch(/^Allergy list not received/);
      expect(fhir.requests).toHaveLength(1);
    }
  });

  it('paging stops at the bound (5 pages) and the answer says the list is incomplete', async () => {
    fhir.behaviour.MedicationRequest = 'endless-pages';
    const body = withServer('psoriasis-methotrexate');
    delete body.prefetch.medications;
    const res = await serviceCall(body);
    expect(res.status).toBe(200);
    expect(fhir.requests.filter((r) => r.path.startsWith('/fhir/MedicationRequest'))).toHaveLength(5);
    const gap = (res.body.cards as CardOut[]).find((c) => c.summary.startsWith('Medication list only partly'))!;
    expect(gap.indicator).toBe('warning');
    expect(gap.detail).toMatch(/more than 5 pages; the first 5 were read/);
    expect(fetchWarnings()[0]).toMatch(/"medications" fetched only in part: more than 5 pages/);
  });

  it('a server that hangs: the call still answers within the time budget', async () => {
    fhir.behaviour.AllergyIntolerance = 'hang';
    fhir.behaviour.MedicationRequest = 'hang';
    const body = withServer('psoriasis-methotrexate');
    delete body.prefetch.allergies;
    delete body.prefetch.medications;
    const started = performance.now();
    const res = await serviceCall(body);
    const ms = performance.now() - started;
    expect(res.status).toBe(200);
    expect(ms).toBeLessThan(3500);
    expect(ms).toBeGreaterThan(1500); // it did wait for the server (per-request timeout 2 s)
    const summaries = (res.body.cards as CardOut[]).map((c) => c.summary);
    expect(summaries).toContain('Medication list not received: interaction and immunosuppression checks were not done');
    expect(summaries).toContain('Allergy list not received: ingredient allergy checks were not done');
    expect(res.body.cards[0].detail).toMatch(/no answer within 2000 ms|time budget/);
  }, 10_000);
});

describe('the call log line', () => {
  it('names the keys fetched and the time fetching took, never the patient or the token', async () => {
    const lines: Record<string, unknown>[] = [];
    useLogDestination({ write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    try {
      const body = withServer('psoriasis-methotrexate');
      body.fhirAuthorization = { access_token: 'secret-token-3', token_type: 'Bearer', scope: 'patient/*.read' };
      delete body.prefetch.medications;
      expect((await serviceCall(body)).status).toBe(200);
      const [line] = lines.filter((l) => l.event === 'cds-call');
      expect(line).toMatchObject({ status: 200, fetched: ['medications'], fetchMs: expect.any(Number) });
      expect(JSON.stringify(lines)).not.toMatch(/pso-1|secret-token-3/);
    } finally {
      useLogDestination(undefined);
    }
  });
});

describe('latency', () => {
  it('a call with one fetched key (loopback FHIR server)', async () => {
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const body = withServer('psoriasis-methotrexate');
      delete body.prefetch.medications;
      const started = performance.now();
      const res = await serviceCall(body);
      times.push(performance.now() - started);
      expect(res.status).toBe(200);
    }
    const fullTimes: number[] = [];
    for (let i = 0; i < 30; i++) {
      const started = performance.now();
      await serviceCall(withServer('psoriasis-methotrexate'));
      fullTimes.push(performance.now() - started);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(1);
    const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!.toFixed(1);
    console.log(
      `CDS call latency (30 calls each): one key fetched median ${median(times)} ms, p95 ${p95(times)} ms; full prefetch median ${median(fullTimes)} ms, p95 ${p95(fullTimes)} ms`,
    );
  });
});
