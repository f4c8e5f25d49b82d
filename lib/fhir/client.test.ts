import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '@/lib/cds/__fixtures__/load';
import { fhirBaseUrl, fhirRead } from './client';
import { type FhirTestServer, recordFromPrefetch, startFhirTestServer } from './testing';

let fhir: FhirTestServer;
beforeAll(async () => {
  const record = recordFromPrefetch(fixture('psoriasis-methotrexate').prefetch);
  // 120 medication requests, to page through.
  record.byType.MedicationRequest = Array.from({ length: 120 }, (_, i) => ({
    resourceType: 'MedicationRequest',
    id: `mr-${i}`,
    status: 'active',
  }));
  fhir = await startFhirTestServer([record], { pageSize: 20 });
});
afterAll(() => fhir.close());

/** A one-off server answering every request with `answer`. */
async function answering(answer: (res: ServerResponse, path: string) => void) {
  const server = createServer((req, res) => answer(res, req.url ?? '/'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fhir`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('fhirBaseUrl', () => {
  it('takes http(s) only, without credentials, and ends the path with a slash', () => {
    expect(fhirBaseUrl('https://ehr.example.org/fhir/r4').href).toBe('https://ehr.example.org/fhir/r4/');
    for (const bad of ['file:///etc/passwd', 'ftp://x/fhir', 'not a url', 'https://user:pw@ehr.example.org/fhir']) {
      expect(() => fhirBaseUrl(bad)).toThrow();
    }
  });
});

describe('fhirRead', () => {
  it('reads a resource, and a search through its next links into one Bundle', async () => {
    const base = fhirBaseUrl(fhir.url);
    const patient = await fhirRead(base, 'Patient/pso-1');
    expect(patient).toMatchObject({ ok: true, resource: { resourceType: 'Patient', id: 'pso-1' }, partial: null });
    const meds = await fhirRead(base, 'MedicationRequest?patient=pso-1&status=active');
    expect(meds.ok && (meds.resource as { entry: unknown[] }).entry).toHaveLength(100);
    expect(meds).toMatchObject({ ok: true, pages: 5, partial: 'more than 5 pages; the first 5 were read' });
    const fewer = await fhirRead(base, 'MedicationRequest?patient=pso-1', { limits: { maxEntries: 30 } });
    expect(fewer).toMatchObject({ ok: true, pages: 2, partial: 'more than 30 entries; the first 30 were read' });
    const all = await fhirRead(base, 'MedicationRequest?patient=pso-1', { limits: { maxPages: 10 } });
    expect(all).toMatchObject({ ok: true, pages: 6, partial: null });
  });

  it('a query cannot leave the server base', async () => {
    const base = fhirBaseUrl(`${fhir.url}/r4`);
    for (const query of ['../admin', 'https://elsewhere.example/Patient/1', '//elsewhere.example/x', '/Patient/1']) {
      expect(await fhirRead(base, query)).toEqual({ ok: false, reason: 'the query leaves the FHIR server' });
    }
  });

  it('a next link to another host is not followed', async () => {
    const server = await answering((res) => {
      res.writeHead(200, { 'content-type': 'application/fhir+json' });
      res.end(
        JSON.stringify({
          resourceType: 'Bundle',
          type: 'searchset',
          link: [{ relation: 'next', url: 'http://192.0.2.1/fhir/Condition?page=2' }],
          entry: [{ resource: { resourceType: 'Condition', id: 'c1' } }],
        }),
      );
    });
    try {
      const result = await fhirRead(fhirBaseUrl(server.url), 'Condition?patient=x');
      expect(result).toMatchObject({ ok: true, pages: 1, partial: expect.stringMatching(/pointed away/) });
    } finally {
      await server.close();
    }
  });

  it('refuses answers that are too large, too deep, not JSON or an OperationOutcome', async () => {
    const cases: [(res: ServerResponse) => void, RegExp][] = [
      [
        (res) => {
          res.writeHead(200, { 'content-type': 'application/fhir+json' });
          res.end(`{"resourceType":"Bundle","x":"${'y'.repeat(5000)}"}`);
        },
        /larger than 4096 bytes/,
      ],
      [
        (res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('['.repeat(100));
        },
        /nested more than 64 levels/,
      ],
      [
        (res) => {
          res.writeHead(200, { 'content-type': 'application/fhir+json' });
          res.end('{"resourceType": "Pat');
        },
        /not valid JSON/,
      ],
      [
        (res) => {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<html></html>');
        },
        /not FHIR JSON/,
      ],
      [
        (res) => {
          res.writeHead(200, { 'content-type': 'application/fhir+json' });
          res.end('{"resourceType":"OperationOutcome","issue":[]}');
        },
        /OperationOutcome/,
      ],
      [
        (res) => {
          res.writeHead(301, { location: 'http://192.0.2.1/fhir/Patient/1' });
          res.end();
        },
        /redirect \(HTTP 301\), not followed/,
      ],
      [
        (res) => {
          res.writeHead(500, { 'content-type': 'application/fhir+json' });
          res.end('{}');
        },
        /HTTP 500/,
      ],
    ];
    for (const [answer, reason] of cases) {
      const server = await answering(answer);
      try {
        const result = await fhirRead(fhirBaseUrl(server.url), 'Patient/1', { limits: { maxResponseBytes: 4096 } });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).toMatch(reason);
      } finally {
        await server.close();
      }
    }
  });

  it('the shared budget stops paging through a slow server', async () => {
    let n = 0;
    let serverUrl = '';
    const server = await answering((res) => {
      n += 1;
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/fhir+json' });
        res.end(
          JSON.stringify({
            resourceType: 'Bundle',
            type: 'searchset',
            link: [{ relation: 'next', url: `${serverUrl}/Condition?page=${n}` }],
            entry: [],
          }),
        );
      }, 150);
    });
    serverUrl = server.url;
    try {
      const started = performance.now();
      const result = await fhirRead(fhirBaseUrl(server.url), 'Condition?patient=x', {
        signal: AbortSignal.timeout(400),
        limits: { maxPages: 50 },
      });
      expect(performance.now() - started).toBeLessThan(700);
      expect(result).toMatchObject({ ok: true, partial: expect.stringMatching(/time budget of the call ran out/) });
    } finally {
      await server.close();
    }
  });
});
