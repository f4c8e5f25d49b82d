import 'server-only';
import { randomUUID } from 'node:crypto';
import type { ValidContentReport } from '@/lib/api/content-reports';
import { withDb } from './client';

/** One content report as stored: what the answer was about (knowledge-base ids) and what is wrong. No patient data. */
export interface ContentReportEntry extends ValidContentReport {
  id: string;
  receivedAt: string;
}

export const CONTENT_REPORT_PAGE_SIZE = 200;

/** Stores a validated report (lib/api/content-reports.ts) and returns its id. */
export async function saveContentReport(report: ValidContentReport, receivedAt: Date = new Date()): Promise<string> {
  const id = randomUUID();
  await withDb((db) =>
    db.contentReport.create({
      data: {
        id,
        receivedAt,
        rulesetVersion: report.rulesetVersion,
        conditionId: report.conditionId,
        suggestionId: report.suggestionId,
        category: report.category,
        text: report.text,
      },
    }),
  );
  return id;
}

/** The latest reports, newest first. */
export async function listContentReports(limit: number = CONTENT_REPORT_PAGE_SIZE): Promise<ContentReportEntry[]> {
  const rows = await withDb((db) =>
    db.contentReport.findMany({ orderBy: [{ receivedAt: 'desc' }, { id: 'asc' }], take: limit }),
  );
  return rows.map((r) => ({
    id: r.id,
    receivedAt: r.receivedAt.toISOString(),
    rulesetVersion: r.rulesetVersion,
    conditionId: r.conditionId,
    suggestionId: r.suggestionId,
    category: r.category as ValidContentReport['category'],
    text: r.text,
  }));
}

/** Deletes reports received before `cutoff`, `chunk` at a time so one purge never holds a long lock. */
export async function deleteContentReportsBefore(cutoff: Date, chunk = 1000): Promise<number> {
  let deleted = 0;
  for (;;) {
    const ids = await withDb((db) =>
      db.contentReport.findMany({ where: { receivedAt: { lt: cutoff } }, select: { id: true }, take: chunk }),
    );
    if (ids.length === 0) return deleted;
    const { count } = await withDb((db) =>
      db.contentReport.deleteMany({ where: { id: { in: ids.map((r) => r.id) } } }),
    );
    deleted += count;
    if (ids.length < chunk) return deleted;
  }
}
