/**
 * Run by feedback-export.heap.test.ts in a child process with a small heap: exports the feedback of DATABASE_URL as
 * CSV and prints one JSON line with rows, bytes, peak heap and time. `stream` is what the route (GET
 * /api/v1/cds-feedback.csv) answers a signed-in staff member, written to the file named by argv[3]; `load-all` is the approach that crashed (issue 14,
 * F2): every row in memory, then one CSV string.
 */
import { createWriteStream } from 'node:fs';
import { feedbackCsvResponse } from '@/lib/http/feedback-export';
import { feedbackCsv } from '@/lib/cds/feedback-csv';
import { listFeedback } from '@/lib/db/feedback';

const mode = process.argv[2] ?? 'stream';
const out = process.argv[3];
const MiB = 1024 * 1024;

let peak = 0;
const measure = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
const sampler = setInterval(measure, 5);

async function main() {
  const baseline = process.memoryUsage().heapUsed;
  const started = performance.now();
  let bytes = 0;
  let rows = 0;
  if (mode === 'load-all') {
    const entries = await listFeedback(50_000);
    measure();
    const csv = feedbackCsv(entries);
    measure(); // rows and the string both alive, as in the old route
    rows = entries.length;
    bytes = Buffer.byteLength(csv);
  } else {
    const res = await feedbackCsvResponse();
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    const file = out ? createWriteStream(out) : null;
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      for (const b of value) if (b === 0x0a) rows += 1;
      measure();
      if (file && !file.write(value)) await new Promise<void>((resolve) => file.once('drain', () => resolve()));
    }
    if (file) await new Promise<void>((resolve) => file.end(() => resolve()));
    rows -= 1; // the header line (no field holds a raw LF in these rows; the parent parses the file properly)
  }
  measure();
  clearInterval(sampler);
  console.log(
    JSON.stringify({
      mode,
      rows,
      bytes,
      baselineHeapMB: Math.round((baseline / MiB) * 10) / 10,
      peakHeapMB: Math.round((peak / MiB) * 10) / 10,
      ms: Math.round(performance.now() - started),
    }),
  );
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
