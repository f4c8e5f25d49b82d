/** Feedback retention: entries older than FEEDBACK_RETENTION_DAYS go, newer ones stay, at most one purge an hour. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withDb } from './client';
import { deleteFeedbackBefore } from './feedback';
import { purgeExpiredFeedback, resetRetentionClock, RETENTION_INTERVAL_MS } from './retention';
import { describeEachDatabase } from './database-suites';
import { UNREACHABLE_DATABASE_URL, useDatabase } from './testing';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-12-01T12:00:00Z');

const row = (id: string, ageDays: number) => ({
  id,
  receivedAt: new Date(NOW.getTime() - ageDays * DAY),
  serviceId: 'gutskin-patient-view',
  cardUuid: `card-${id}`,
  outcome: 'overridden',
  outcomeTimestamp: '2026-11-27T10:00:00Z',
});

const issued = (id: string, ageDays: number) => ({
  id,
  issuedAt: new Date(NOW.getTime() - ageDays * DAY),
  serviceId: 'gutskin-patient-view',
  cardUuid: `card-${id}`,
  rulesetVersion: 'test',
  indicator: 'info',
  summary: 'A card',
  kind: 'conclusion',
});
const issuedIds = async () =>
  (await withDb((db) => db.cdsIssuedCard.findMany({ select: { id: true }, orderBy: { id: 'asc' } }))).map((r) => r.id);

const ids = async () =>
  (await withDb((db) => db.cdsFeedback.findMany({ select: { id: true }, orderBy: { id: 'asc' } }))).map((r) => r.id);

describeEachDatabase('feedback retention', () => {
  beforeEach(async () => {
    resetRetentionClock();
    delete process.env.FEEDBACK_RETENTION_DAYS;
    await withDb((p) => p.cdsFeedback.deleteMany({}));
    await withDb((p) => p.cdsIssuedCard.deleteMany({}));
  });

  it('purges the issued-card ledger by the same setting, keeping an old card while feedback on it is kept', async () => {
    await withDb((p) =>
      p.cdsIssuedCard.createMany({
        data: [issued('i-old', 401), issued('i-old-with-feedback', 401), issued('i-new', 10)],
      }),
    );
    // Feedback received 399 days ago on a card issued 401 days ago: the feedback stays, so its card does too.
    await withDb((p) =>
      p.cdsFeedback.createMany({
        data: [
          { ...row('f-399', 399), issuedCardId: 'i-old-with-feedback' },
          { ...row('f-401', 401), issuedCardId: 'i-old' },
        ],
      }),
    );
    expect(await purgeExpiredFeedback(NOW)).toBe(1);
    expect(await ids()).toEqual(['f-399']);
    expect(await issuedIds()).toEqual(['i-new', 'i-old-with-feedback']);
    // Two days on, that feedback has passed the period too, and its card goes with it.
    expect(await purgeExpiredFeedback(new Date(NOW.getTime() + 2 * DAY))).toBe(1);
    expect(await issuedIds()).toEqual(['i-new']);
  });

  it('deletes entries older than the default 400 days and keeps the rest', async () => {
    await withDb((p) =>
      p.cdsFeedback.createMany({
        data: [row('a-ancient', 2000), row('b-401', 401), row('c-399', 399), row('d-today', 0)],
      }),
    );
    expect(await purgeExpiredFeedback(NOW)).toBe(2);
    expect(await ids()).toEqual(['c-399', 'd-today']);
  });

  it('honours FEEDBACK_RETENTION_DAYS and runs at most once an hour', async () => {
    process.env.FEEDBACK_RETENTION_DAYS = '30';
    await withDb((p) => p.cdsFeedback.createMany({ data: [row('a-31', 31), row('b-29', 29)] }));
    expect(await purgeExpiredFeedback(NOW)).toBe(1);
    await withDb((p) => p.cdsFeedback.create({ data: row('c-45', 45) }));
    // Within the hour: nothing runs, however many writes trigger it.
    expect(await purgeExpiredFeedback(new Date(NOW.getTime() + RETENTION_INTERVAL_MS - 1))).toBeNull();
    expect(await ids()).toEqual(['b-29', 'c-45']);
    expect(await purgeExpiredFeedback(new Date(NOW.getTime() + RETENTION_INTERVAL_MS))).toBe(1);
    expect(await ids()).toEqual(['b-29']);
  });

  it('deletes a large backlog in chunks', async () => {
    await withDb((p) => p.cdsFeedback.createMany({ data: Array.from({ length: 25 }, (_, i) => row(`old-${i}`, 500)) }));
    await withDb((p) => p.cdsFeedback.create({ data: row('new', 1) }));
    expect(await deleteFeedbackBefore(new Date(NOW.getTime() - 400 * DAY), 10)).toBe(25);
    expect(await ids()).toEqual(['new']);
  });
});

describe('feedback retention when the database fails', () => {
  const saved = process.env.DATABASE_URL;
  afterEach(async () => {
    await useDatabase(saved ?? '');
    if (saved === undefined) delete process.env.DATABASE_URL;
  });

  it('logs and resolves instead of throwing, so the write that triggered it is unaffected', async () => {
    resetRetentionClock();
    await useDatabase(UNREACHABLE_DATABASE_URL);
    const logged: string[] = [];
    await expect(purgeExpiredFeedback(NOW, (m) => logged.push(m))).resolves.toBeNull();
    expect(logged).toEqual([expect.stringMatching(/^Feedback retention: the purge failed/)]);
  });
});
