/**
 * The running app fetches the prefetch keys a client leaves out from the client's fhirServer: a loopback FHIR
 * server started here (node:http) holds the fixture's record; the app is called at baseURL with fhirServer pointing
 * to it.
 */
import { expect, test } from '@playwright/test';
import { fixture } from './fixtures';
import { downFhirServerUrl, type FhirTestServer, recordFromPrefetch, startFhirTestServer } from '../lib/fhir/testing';

const KEYS = ['patient', 'conditions', 'medications', 'allergies'] as const;

interface CardOut {
  uuid?: string;
  summary: string;
  indicator: string;
  detail?: string;
  suggestions?: { uuid?: string }[];
}

const withoutIds = (cards: CardOut[]) =>
  cards.map((card) => {
    const copy = structuredClone(card);
    delete copy.uuid;
    for (const s of copy.suggestions ?? []) delete s.uuid;
    return copy;
  });

let fhir: FhirTestServer;
test.beforeAll(async () => {
  fhir = await startFhirTestServer([recordFromPrefetch(fixture('infant-atopic-dermatitis').prefetch)], {
    token: 'e2e-fhir-token',
  });
});
test.afterAll(() => fhir.close());

const withServer = (server: string) => ({
  ...fixture('infant-atopic-dermatitis'),
  fhirServer: server,
  fhirAuthorization: {
    access_token: 'e2e-fhir-token',
    token_type: 'Bearer',
    expires_in: 300,
    scope: 'patient/*.read',
    subject: 'gutskin',
  },
});

test('each prefetch key left out is fetched (with the bearer token) and the cards are the same', async ({
  request,
}) => {
  const full = await request.post('/cds-services/gutskin-patient-view', { data: withServer(fhir.url) });
  expect(full.status()).toBe(200);
  const fullCards = (await full.json()).cards as CardOut[];
  expect(fullCards.length).toBeGreaterThan(1);
  for (const key of KEYS) {
    const body = withServer(fhir.url);
    delete body.prefetch[key];
    fhir.requests.length = 0;
    const res = await request.post('/cds-services/gutskin-patient-view', { data: body });
    expect(res.status(), key).toBe(200);
    expect(withoutIds((await res.json()).cards), key).toEqual(withoutIds(fullCards));
    expect(fhir.requests.map((r) => r.authorization)).toEqual(['Bearer e2e-fhir-token']);
  }
});

test('FHIR server down: a warning card for missing allergies, 412 for missing conditions', async ({ request }) => {
  const down = await downFhirServerUrl();
  const allergies = withServer(down);
  delete allergies.prefetch.allergies;
  const res = await request.post('/cds-services/gutskin-patient-view', { data: allergies });
  expect(res.status()).toBe(200);
  const cards = (await res.json()).cards as CardOut[];
  expect(cards.find((c) => c.summary.startsWith('Allergy list not received'))?.indicator).toBe('warning');

  const conditions = withServer(down);
  delete conditions.prefetch.conditions;
  const refused = await request.post('/cds-services/gutskin-patient-view', { data: conditions });
  expect(refused.status()).toBe(412);
  expect(refused.headers()['content-type']).toBe('application/problem+json');
});
