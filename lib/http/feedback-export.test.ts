/** The streamed feedback CSV: keyset batches that neither skip nor repeat rows, and a mid-stream failure that shows. */
import { beforeAll, describe, expect, it } from 'vitest';
import { withDb } from '@/lib/db/client';
import { feedbackBatches } from '@/lib/db/feedback';
import { setUpTestDatabase } from '@/lib/db/database-suites';
import { UNREACHABLE_DATABASE_URL, useDatabase } from '@/lib/db/testing';
import { feedbackCsvResponse } from './feedback-export';

const db = setUpTestDatabase('sqlite');
beforeAll(async () => {
  // 23 rows, five to an instant (one feedback call's entries share receivedAt): batches of 7 cut through the ties.
  await withDb((p) =>
    p.cdsFeedback.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({
        id: `id-${String((i * 7) % 23).padStart(2, '0')}`,
        receivedAt: new Date(Date.UTC(2026, 10, 1) + Math.floor(i / 5) * 1000),
        serviceId: 'gutskin-patient-view',
        cardUuid: `card-${i}`,
        outcome: 'overridden',
        outcomeTimestamp: '2026-11-27T10:00:00Z',
        userComment: i === 0 ? '=HYPERLINK("x")' : null,
      })),
    }),
  );
});

describe('feedback export', () => {
  it('reads every row once, newest first, in batches that cut through equal timestamps', async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    for await (const batch of feedbackBatches(7)) {
      sizes.push(batch.length);
      seen.push(...batch.map((e) => e.cardUuid));
    }
    expect(sizes).toEqual([7, 7, 7, 2]);
    expect(new Set(seen).size).toBe(23);
    const all = await withDb((p) => p.cdsFeedback.findMany({ orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }] }));
    expect(seen).toEqual(all.map((r) => r.cardUuid));
  });

  it('answers CSV with the download headers, one header line and the formula guard', async () => {
    const res = await feedbackCsvResponse(7);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="gutskin-cds-feedback.csv"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(24);
    expect(lines.filter((l) => l.startsWith('received_at,'))).toHaveLength(1);
    // The comment cell, then the issued-card columns (empty: these rows were seeded without a ledger entry).
    expect(lines.some((l) => l.endsWith(`"'=HYPERLINK(""x"")",,,,,,,`))).toBe(true);
  });

  it('errors the stream and logs when the database fails after the first byte', async () => {
    const logged: string[] = [];
    const res = await feedbackCsvResponse(7, (m) => logged.push(m));
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    // The header and the first batch are already read; the database goes away before the second batch.
    for (let i = 0; i < 8; i += 1) text += decoder.decode((await reader.read()).value);
    await useDatabase(UNREACHABLE_DATABASE_URL);
    try {
      await expect(
        (async () => {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            text += decoder.decode(value);
          }
        })(),
      ).rejects.toThrow(/database/);
    } finally {
      await useDatabase(db().url);
    }
    // Cut off: the client gets an error, not a short file that looks complete (one batch may have been read ahead).
    const lines = text.trimEnd().split('\r\n').length;
    expect(lines).toBeGreaterThanOrEqual(8);
    expect(lines).toBeLessThan(24);
    expect(logged).toEqual([
      expect.stringMatching(/^Feedback CSV export failed after (7|14) rows; the download was cut off/),
    ]);
  });
});
