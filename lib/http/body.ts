import { badRequest, problem } from './problem';

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

const tooLarge = (limit: number, size: string) =>
  problem({
    status: 413,
    title: 'Request body too large',
    detail: `The request body is ${size}; at most ${limit} bytes (${Math.round(limit / 1024)} KB) are accepted.`,
  });

/**
 * Reads a JSON request body with a hard size limit: the declared Content-Length is checked first, then the bytes
 * actually received (a client may send no length, or the wrong one). Answers 415 for a non-JSON content type,
 * 413 over the limit and 400 for bytes that are not UTF-8 JSON.
 */
export async function readJsonBody(request: Request, limit: number): Promise<BodyResult> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) {
    return {
      ok: false,
      response: problem({
        status: 415,
        title: 'Unsupported media type',
        detail: `Send the body as JSON with "Content-Type: application/json"${type ? ` (got "${type.slice(0, 60)}")` : ''}.`,
      }),
    };
  }
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) {
    return { ok: false, response: tooLarge(limit, `${declared} bytes`) };
  }

  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > limit) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, response: tooLarge(limit, `more than ${limit} bytes`) };
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: badRequest('The request body is not valid UTF-8 text.') };
  }
  if (text.trim() === '') return { ok: false, response: badRequest('The request body is empty: send a JSON object.') };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof SyntaxError ? `: ${error.message.slice(0, 120)}` : '';
    return { ok: false, response: badRequest(`The request body is not valid JSON${reason}.`) };
  }
}
