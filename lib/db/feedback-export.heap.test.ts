/**
 * Issue 14, F2: 4,000 large feedback rows made GET /api/v1/cds-feedback.csv load them all and die, and every export
 * after a restart died again. Reproduced with a real database seeded with 4,000 rows of the largest size the old
 * schema accepted (50 accepted suggestion ids of 200 characters, every text field at its limit, two-byte characters
 * and quotes that CSV doubles), exported in a child process with a 64 MB heap: the streamed export finishes with every
 * row, while the old way (every row, then one string) is shown to need several times that heap.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FEEDBACK_CSV_COLUMNS } from '@/lib/cds/feedback-csv';
import { withDb } from './client';
import { describeEachDatabase } from './database-suites';

const ROWS = 4000;
const HEAP_MB = 64;
const child = path.join(import.meta.dirname, '__fixtures__', 'feedback-export-child.ts');

/** `n` characters that cost the most: two-byte in V8, three bytes in UTF-8, and half of them quotes CSV doubles. */
const heavy = (n: number, seed: string) => `${seed}${'€"'.repeat(n)}`.slice(0, n);

function largestRow(i: number) {
  return {
    id: `row-${String(i).padStart(5, '0')}-${'x'.repeat(20)}`,
    // Ten rows share each instant, as one feedback call's entries do: the keyset must not skip or repeat them.
    receivedAt: new Date(Date.UTC(2026, 10, 1) + Math.floor(i / 10) * 1000),
    serviceId: 'gutskin-patient-view',
    cardUuid: heavy(200, `card-${i}-`),
    outcome: 'accepted',
    outcomeTimestamp: '2026-11-27T10:00:00.000+00:00',
    acceptedSuggestionIds: JSON.stringify(Array.from({ length: 50 }, (_, k) => heavy(200, `s${i}-${k}-`))),
    overrideReasonCode: heavy(200, '=cmd|'),
    overrideReasonSystem: heavy(500, 'https://example.org/'),
    overrideReasonDisplay: heavy(500, '+display '),
    userComment: heavy(500, '@comment '),
  };
}

/** RFC 4180 records (quoted fields may hold quotes, commas and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      field = end < 0 ? text.slice(i) : text.slice(i, i + end);
      i = end < 0 ? text.length : i + end;
    }
    record.push(field);
    if (text[i] === ',') i += 1;
    else if (text.startsWith('\r\n', i)) {
      i += 2;
      records.push(record);
      record = [];
    } else if (i < text.length) throw new Error(`unexpected character at ${i}`);
  }
  if (record.length) records.push(record);
  return records;
}

function runChild(mode: 'stream' | 'load-all', url: string, heapMb: number, out?: string) {
  const r = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${heapMb}`,
      '--conditions=react-server',
      '--import',
      'tsx',
      child,
      mode,
      ...(out ? [out] : []),
    ],
    { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: url } },
  );
  const last = r.stdout.trim().split('\n').pop() ?? '';
  return {
    status: r.status,
    signal: r.signal,
    stderr: r.stderr,
    result: last.startsWith('{') ? JSON.parse(last) : null,
  };
}

describeEachDatabase(`feedback CSV export of ${ROWS} of the largest rows`, (kind, db) => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gutskin-export-'));
    for (let start = 0; start < ROWS; start += 200) {
      const data = Array.from({ length: Math.min(200, ROWS - start) }, (_, k) => largestRow(start + k));
      await withDb((p) => p.cdsFeedback.createMany({ data }));
    }
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`streams every row under a ${HEAP_MB} MB heap, header once, as CSV that parses back to the rows`, () => {
    const file = path.join(dir, 'export.csv');
    const streamed = runChild('stream', db().url, HEAP_MB, file);
    expect(streamed.status, streamed.stderr).toBe(0);
    console.log(`F2 streamed export (${kind}, --max-old-space-size=${HEAP_MB}): ${JSON.stringify(streamed.result)}`);
    expect(streamed.result.rows).toBe(ROWS);
    expect(streamed.result.peakHeapMB).toBeLessThan(HEAP_MB);

    const records = parseCsv(readFileSync(file, 'utf8'));
    expect(records[0]).toEqual([...FEEDBACK_CSV_COLUMNS]);
    const body = records.slice(1);
    expect(body).toHaveLength(ROWS);
    expect(body.filter((r) => r[0] === 'received_at')).toHaveLength(0);
    expect(body.every((r) => r.length === FEEDBACK_CSV_COLUMNS.length)).toBe(true);
    // Newest first, each row once.
    const cards = body.map((r) => r[2]!);
    expect(new Set(cards).size).toBe(ROWS);
    const times = body.map((r) => Date.parse(r[0]!));
    expect(times.every((t, k) => k === 0 || t <= times[k - 1]!)).toBe(true);
    const sample = largestRow(1234);
    const row = body.find((r) => r[2] === sample.cardUuid)!;
    expect(row[5]!.split(' ')).toHaveLength(50);
    // The formula guard still holds on the streamed path.
    expect(row[6]).toBe(`'${sample.overrideReasonCode}`);
    expect(row[8]).toBe(`'${sample.overrideReasonDisplay}`);
    expect(row[9]).toBe(`'${sample.userComment}`);
  }, 180_000);

  it(`the old way (every row in memory, then one string) needs far more than ${HEAP_MB} MB`, () => {
    const loaded = runChild('load-all', db().url, 1024);
    expect(loaded.status, loaded.stderr).toBe(0);
    console.log(`F2 load-all export (${kind}, --max-old-space-size=1024): ${JSON.stringify(loaded.result)}`);
    expect(loaded.result.rows).toBe(ROWS);
    expect(loaded.result.peakHeapMB).toBeGreaterThan(2 * HEAP_MB);
  }, 180_000);
});
