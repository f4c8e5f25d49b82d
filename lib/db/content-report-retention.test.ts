/** Content report retention: reports older than CONTENT_REPORT_RETENTION_DAYS go, newer stay, at most a purge an hour. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withDb } from './client';
import { deleteContentReportsBefore } from './content-reports';
import {
  purgeExpiredContentReports,
  purgeExpiredFeedback,
  resetRetentionClock,
  RETENTION_INTERVAL_MS,
} from './retention';
import { describeEachDatabase } from './database-suites';
import { UNREACHABLE_DATABASE_URL, useDatabase } from './testing';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-12-01T12:00:00Z');

const report = (id: string, ageDays: number) => ({
  id,
  receivedAt: new Date(NOW.getTime() - ageDays * DAY),
  rulesetVersion: '2026.12.0+b1af838',
  conditionId: 'psoriasis',
  suggestionId: null,
  category: 'wording',
  text: 'The conclusion is hard to read.',
});

const ids = async () =>
  (await withDb((db) => db.contentReport.findMany({ select: { id: true }, orderBy: { id: 'asc' } }))).map((r) => r.id);

describeEachDatabase('content report retention', () => {
  beforeEach(async () => {
    resetRetentionClock();
    delete process.env.CONTENT_REPORT_RETENTION_DAYS;
    delete process.env.FEEDBACK_RETENTION_DAYS;
    await withDb((p) => p.contentReport.deleteMany({}));
  });

  it('deletes reports older than the default 400 days and keeps the rest', async () => {
    await withDb((p) =>
      p.contentReport.createMany({
        data: [report('a-2000', 2000), report('b-401', 401), report('c-399', 399), report('d-0', 0)],
      }),
    );
    expect(await purgeExpiredContentReports(NOW)).toBe(2);
    expect(await ids()).toEqual(['c-399', 'd-0']);
  });

  it('honours CONTENT_REPORT_RETENTION_DAYS, runs at most once an hour, and keeps its own clock', async () => {
    process.env.CONTENT_REPORT_RETENTION_DAYS = '30';
    // The feedback purge running first does not use up the content reports' hour, nor apply its own period.
    process.env.FEEDBACK_RETENTION_DAYS = '1';
    await purgeExpiredFeedback(NOW);
    await withDb((p) => p.contentReport.createMany({ data: [report('a-31', 31), report('b-29', 29)] }));
    expect(await purgeExpiredContentReports(NOW)).toBe(1);
    await withDb((p) => p.contentReport.create({ data: report('c-45', 45) }));
    expect(await purgeExpiredContentReports(new Date(NOW.getTime() + RETENTION_INTERVAL_MS - 1))).toBeNull();
    expect(await ids()).toEqual(['b-29', 'c-45']);
    expect(await purgeExpiredContentReports(new Date(NOW.getTime() + RETENTION_INTERVAL_MS))).toBe(1);
    expect(await ids()).toEqual(['b-29']);
  });

  it('deletes a large backlog in chunks', async () => {
    await withDb((p) =>
      p.contentReport.createMany({ data: Array.from({ length: 25 }, (_, i) => report(`old-${i}`, 500)) }),
    );
    await withDb((p) => p.contentReport.create({ data: report('new', 1) }));
    expect(await deleteContentReportsBefore(new Date(NOW.getTime() - 400 * DAY), 10)).toBe(25);
    expect(await ids()).toEqual(['new']);
  });
});

describe('content report retention when the database fails', () => {
  const saved = process.env.DATABASE_URL;
  afterEach(async () => {
    await useDatabase(saved ?? '');
    if (saved === undefined) delete process.env.DATABASE_URL;
  });

  it('logs and resolves instead of throwing, so the report that triggered it is unaffected', async () => {
    resetRetentionClock();
    await useDatabase(UNREACHABLE_DATABASE_URL);
    const logged: string[] = [];
    await expect(purgeExpiredContentReports(NOW, (m) => logged.push(m))).resolves.toBeNull();
    expect(logged).toEqual([expect.stringMatching(/^Content report retention: the purge failed/)]);
  });
});
