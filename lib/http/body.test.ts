/** The body readers' limits, each answered before anything is parsed: 415, 413 declared or counted, 400. */
import { describe, expect, it } from 'vitest';
import { inFlightBytes, readFormBody, readJsonBody } from './body';

/** A request whose body arrives in the given chunks, with no Content-Length (as a chunked upload). */
function streamed(contentType: string, chunks: string[], headers: Record<string, string> = {}): Request {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
  return new Request('http://localhost/x', {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
}

const status = (r: { ok: boolean; response?: Response }) => (r.ok ? 200 : r.response!.status);

describe('readJsonBody', () => {
  it('reads a JSON body sent in pieces', async () => {
    const r = await readJsonBody(streamed('application/json', ['{"a":', '[1,2]}']), 100);
    expect(r).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(inFlightBytes()).toBe(0);
  });

  it('answers 413 for a declared length over the limit, and for more bytes than the limit as they arrive', async () => {
    expect(status(await readJsonBody(streamed('application/json', ['{}'], { 'content-length': '101' }), 100))).toBe(
      413,
    );
    expect(status(await readJsonBody(streamed('application/json', ['{"a":"', 'x'.repeat(120), '"}']), 100))).toBe(413);
    expect(inFlightBytes()).toBe(0);
  });

  it('answers 415 for a form, and 400 for nesting past the limit before the body ends', async () => {
    expect(status(await readJsonBody(streamed('application/x-www-form-urlencoded', ['a=1']), 100))).toBe(415);
    expect(status(await readJsonBody(streamed('application/json', ['['.repeat(100)]), 1000))).toBe(400);
  });
});

describe('readFormBody', () => {
  it('reads a form, and answers 415 for JSON', async () => {
    const r = await readFormBody(streamed('application/x-www-form-urlencoded', ['login=a&pass', 'word=b']), 100);
    expect(r.ok && Object.fromEntries(r.form)).toEqual({ login: 'a', password: 'b' });
    expect(status(await readFormBody(streamed('application/json', ['{}']), 100))).toBe(415);
  });

  it('answers 413 for a declared length over the limit, and for more bytes than the limit as they arrive', async () => {
    const type = 'application/x-www-form-urlencoded';
    expect(status(await readFormBody(streamed(type, ['a=1'], { 'content-length': '5000' }), 100))).toBe(413);
    expect(status(await readFormBody(streamed(type, ['a=', 'x'.repeat(200)]), 100))).toBe(413);
  });
});
