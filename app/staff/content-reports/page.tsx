import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, tableCell } from '@/components/data-table';
import { StaffBar } from '@/app/staff/_components/staff-bar';
import { StaffSignInNotSetUp } from '@/app/staff/_components/not-set-up';
import { CONTENT_REPORT_CATEGORY_LABEL, type ContentReportCategory } from '@/lib/api/content-reports';
import { staffPageAccess } from '@/lib/auth/page-guard';
import { CONTENT_REPORT_PAGE_SIZE, type ContentReportEntry, listContentReports } from '@/lib/db/content-reports';
import { env } from '@/lib/env';
import { isDatabaseFault } from '@/lib/http/db-fault';
import { getKnowledgeBase } from '@/lib/kb';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Content reports' };

const UNAVAILABLE = 'The content reports cannot be read because the database is unavailable. Try again shortly.';

function when(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** What the report is about, by name, with links to where the content team checks it. */
function About({ report }: { report: ContentReportEntry }) {
  const kb = getKnowledgeBase();
  const condition = kb.conditionsById.get(report.conditionId);
  const adjunctId = report.suggestionId?.split(':')[1];
  const adjunct = adjunctId ? kb.adjunctsById.get(adjunctId) : undefined;
  return (
    <>
      <span className="block">
        {condition ? <Link href={`/conditions/${condition.id}`}>{condition.name}</Link> : report.conditionId}
      </span>
      {report.suggestionId ? (
        <span className="block text-slate-700">
          {adjunct ? (
            <Link href={`/evidence/${report.conditionId}/${adjunct.id}`}>{adjunct.name}</Link>
          ) : (
            <span className="font-mono text-xs break-all">{report.suggestionId}</span>
          )}
        </span>
      ) : (
        <span className="block text-xs text-slate-600">The answer as a whole</span>
      )}
    </>
  );
}

const category = (c: string) => CONTENT_REPORT_CATEGORY_LABEL[c as ContentReportCategory] ?? c;

async function load(): Promise<{ reports: ContentReportEntry[] } | { error: string }> {
  try {
    return { reports: await listContentReports(CONTENT_REPORT_PAGE_SIZE) };
  } catch (error) {
    if (isDatabaseFault(error)) return { error: UNAVAILABLE };
    throw error;
  }
}

const INTRO =
  'Problems with the content that clinicians reported from the workspace: a grade, a source, a safety alert or the ' +
  'wording. Each names the ruleset version it was seen on, so it can be checked against the knowledge base.';

export default async function ContentReportsPage() {
  const access = await staffPageAccess('/staff/content-reports');
  if (access.state !== 'signed-in') {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Content reports</h1>
        <p className="max-w-3xl text-slate-700">{INTRO}</p>
        {access.state === 'not-set-up' ? (
          <StaffSignInNotSetUp />
        ) : (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
            {UNAVAILABLE}
          </p>
        )}
      </div>
    );
  }
  const result = await load();
  const current = getKnowledgeBase().rulesetVersion;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Content reports</h1>
      <StaffBar staff={access.staff} csrf={access.csrf} />
      <p className="max-w-3xl text-slate-700">
        {INTRO} No patient details are accepted: texts that look like they hold a date, a long number, an e-mail address
        or a name or record-number label are refused. Reports are deleted after {env().CONTENT_REPORT_RETENTION_DAYS}{' '}
        days. The ruleset now is {current}.
      </p>

      {'error' in result ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
          {result.error}
        </p>
      ) : result.reports.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white px-4 py-3 text-slate-700">
          No reports yet. Clinicians send them with &ldquo;Report a problem with this content&rdquo; under an answer.
        </p>
      ) : (
        <section aria-labelledby="latest">
          <h2 id="latest" className="text-lg font-semibold">
            Latest {result.reports.length} {result.reports.length === 1 ? 'report' : 'reports'}, newest first
          </h2>
          {result.reports.length === CONTENT_REPORT_PAGE_SIZE && (
            <p className="mb-2 text-sm text-slate-700">Only the latest {CONTENT_REPORT_PAGE_SIZE} are shown.</p>
          )}
          <DataTable
            caption="Content reports, newest first"
            headers={['Received', 'About', 'Problem', 'What is wrong', 'Ruleset']}
            fullWidth
          >
            {result.reports.map((r) => (
              <tr key={r.id} data-report={r.id}>
                <td className={`${tableCell} whitespace-nowrap`}>{when(r.receivedAt)}</td>
                <td className={tableCell}>
                  <About report={r} />
                </td>
                <td className={tableCell}>{category(r.category)}</td>
                <td className={`${tableCell} break-words whitespace-pre-line`}>{r.text}</td>
                <td className={`${tableCell} font-mono text-xs whitespace-nowrap`}>
                  {r.rulesetVersion}
                  {r.rulesetVersion !== current && <span className="block font-sans text-slate-600">(older)</span>}
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}
    </div>
  );
}
