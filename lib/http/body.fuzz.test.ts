/**
 * Property test of the body reader against adversarial shapes: deep nesting, wide arrays, long strings, many keys,
 * random bytes, any content type. Whatever comes in, the answer is a parsed value or a 4xx/503 problem, never a throw,
 * and nothing deeper than the limit is ever parsed. The seed changes per run and is printed; replay a failure with
 * BODY_FUZZ_SEED=<seed>.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inFlightBytes, readJsonBody } from './body';
import { scanJson } from './json-scan';

const seed = Number(process.env.BODY_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = Number(process.env.BODY_FUZZ_RUNS ?? 300);
const MAX_CHUNKS = 2048;

const nest = (depth: number, open: string, close: string, inner: string) =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

const body = fc.oneof(
  fc.integer({ min: 0, max: 5000 }).map((d) => nest(d, '[', ']', '')),
  fc.integer({ min: 0, max: 5000 }).map((d) => nest(d, '{"a":', '}', '1')),
  fc.integer({ min: 0, max: 300_000 }).map((n) => `[${'0,'.repeat(n)}0]`),
  fc.integer({ min: 0, max: 120_000 }).map((n) => `[${'{},'.repeat(n)}{}]`),
  fc.integer({ min: 0, max: 2_000_000 }).map((n) => `{"s":"${'x'.repeat(n)}"}`),
  fc.integer({ min: 0, max: 2000 }).map((d) => `["${'['.repeat(d)}\\"${']'.repeat(d)}"]`), // brackets inside strings
  fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b).toString('latin1')),
  fc.string({ maxLength: 2000 }),
  fc.json({ maxDepth: 8 }),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/fhir+json; charset=utf-8',
  'application/json; charset=latin1',
  'text/plain',
  '',
  'application/json\u00ff',
);

describe(`body reader fuzz (seed ${seed}; replay with BODY_FUZZ_SEED=${seed})`, () => {
  it('answers every adversarial body with a value or a 4xx/503 problem, never deeper than 64 levels', async () => {
    console.log(`body reader fuzz: seed ${seed}, ${runs} runs (BODY_FUZZ_SEED=${seed} to replay)`);
    await fc.assert(
      fc.asyncProperty(body, contentType, fc.integer({ min: 1, max: 64 * 1024 }), async (text, type, chunk) => {
        const bytes = new TextEncoder().encode(text);
        // Split into at most MAX_CHUNKS pieces: byte-at-a-time splits still happen for small bodies, but a 2 MB body is
        // never fed as two million one-byte reads (a run took 12 minutes that way; CI, 2026-12-02).
        chunk = Math.max(chunk, Math.ceil(bytes.length / MAX_CHUNKS));
        const request = new Request('http://localhost/x', {
          method: 'POST',
          headers: type ? { 'content-type': type } : {},
          body: new ReadableStream({
            start(c) {
              for (let i = 0; i < bytes.length; i += chunk) c.enqueue(bytes.subarray(i, i + chunk));
              c.close();
            },
          }),
          duplex: 'half',
        } as RequestInit);
        if (!type) request.headers.delete('content-type');
        const result = await readJsonBody(request, 1024 * 1024);
        if (result.ok) {
          expect(scanJson(bytes).ok).toBe(true);
          expect(bytes.length).toBeLessThanOrEqual(1024 * 1024);
        } else {
          expect([400, 413, 415, 503]).toContain(result.response.status);
          expect(result.response.headers.get('content-type')).toBe('application/problem+json');
        }
        expect(inFlightBytes()).toBe(0);
      }),
      { seed, numRuns: runs },
    );
  }, 120_000);
});
