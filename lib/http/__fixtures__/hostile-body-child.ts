/**
 * Run by body.heap.test.ts in a child process with the production heap flags (scripts/lib/runtime.json):
 * feeds hostile bodies through the real body reader and prints one JSON line with what each answered and the peak
 * heap. `control` parses the hostile body with a bare JSON.parse instead, to show the finding (it dies).
 */
import { readJsonBody } from '../body';

const mode = process.argv[2] ?? 'reader';
const MiB = 1024 * 1024;

/** `{"hook":"patient-view","prefetch":{"p":[[[[…]]]]}}` of about `size` bytes, streamed in 64 KB chunks. */
function nested(size: number): Uint8Array {
  const depth = Math.floor((size - 60) / 2);
  return new TextEncoder().encode(`{"hook":"patient-view","prefetch":{"p":${'['.repeat(depth)}${']'.repeat(depth)}}}`);
}

const request = (bytes: Uint8Array) =>
  new Request('http://localhost/cds-services/gutskin-patient-view', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // A stream, so no Content-Length: the reader's own byte cap must hold.
    body: new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 65536) controller.enqueue(bytes.subarray(i, i + 65536));
        controller.close();
      },
    }),
    duplex: 'half',
  } as RequestInit);

let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);

async function main() {
  const hostile = nested(4.5 * MiB);
  if (mode === 'control') {
    JSON.parse(new TextDecoder().decode(hostile));
    console.log(JSON.stringify({ survived: true }));
    return;
  }
  const results: Record<string, number | string> = {};
  // The CDS limit (1 MiB): refused by size while streaming.
  const sized = await readJsonBody(request(hostile), MiB);
  results.hostileAtCdsLimit = sized.ok ? 'accepted' : sized.response.status;
  // A generous limit (8 MiB): the depth scan refuses it before JSON.parse ever runs.
  const deep = await readJsonBody(request(hostile), 8 * MiB);
  results.hostileAt8MiB = deep.ok ? 'accepted' : deep.response.status;
  // The worst shapes that pass the scan, four at once (the in-flight budget): parsed without dying.
  const dense = new TextEncoder().encode(`[${Array(99_000).fill('{}').join(',')}]`);
  const wide = new TextEncoder().encode(`[${Array(199_000).fill('0').join(',')}]`);
  const long = new TextEncoder().encode(`["${'x'.repeat(MiB - 10)}"]`);
  const answers = await Promise.all([dense, wide, long, dense].map((b) => readJsonBody(request(b), MiB)));
  peak = Math.max(peak, process.memoryUsage().heapUsed); // while all four parsed values are alive
  results.worstCaseParsed = answers.filter((a) => a.ok).length;
  results.denseBytes = dense.length;
  clearInterval(sample);
  results.peakHeapMB = Math.round(peak / MiB);
  console.log(JSON.stringify(results));
}

void main();
