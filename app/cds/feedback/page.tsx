import type { Metadata } from 'next';
import { DataTable, tableCell } from '@/components/data-table';
import { StaffBar } from '@/app/staff/_components/staff-bar';
import { StaffSignInNotSetUp } from '@/app/staff/_components/not-set-up';
import { staffPageAccess } from '@/lib/auth/page-guard';
import { acceptedLabels, describeIssued, reasonDisplay } from '@/lib/cds/ledger';
import { SERVICES } from '@/lib/cds/services';
import { FEEDBACK_PAGE_SIZE, type FeedbackEntry, listFeedback } from '@/lib/db/feedback';
import { isDatabaseFault } from '@/lib/http/db-fault';
import { getKnowledgeBase } from '@/lib/kb';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'CDS Hooks feedback' };

/** The hook a service answers ("patient-view", "order-select"): shorter than its id and says more. */
function serviceName(id: string): string {
  return SERVICES.find((s) => s.id === id)?.hook ?? id;
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function Reason({ entry }: { entry: FeedbackEntry }) {
  const r = entry.overrideReason;
  if (!r) return <>{entry.outcome === 'overridden' ? 'None given' : '—'}</>;
  const words = reasonDisplay(r, entry.issuedCard);
  if (words) return <>{words}</>;
  // A code of another system sent without a display (only entries stored before the ledger): the code as it came.
  return <span className="font-mono text-xs">{r.code ?? '—'}</span>;
}

/** The card as it was issued, in words; the uuid alone for entries stored before the ledger. */
function CardCell({ entry }: { entry: FeedbackEntry }) {
  const card = entry.issuedCard;
  if (!card) {
    return (
      <>
        <span className="font-mono text-xs break-all">{entry.cardUuid}</span>
        <span className="block text-xs text-slate-600">Not in the issued-card ledger (older entry).</span>
      </>
    );
  }
  return (
    <>
      <span className="block">{card.summary}</span>
      <span className="block text-xs text-slate-600">
        {describeIssued(getKnowledgeBase(), card)} · {card.indicator} · ruleset {card.rulesetVersion} · issued{' '}
        {when(card.issuedAt)}
      </span>
      <span className="block font-mono text-xs break-all text-slate-500">{entry.cardUuid}</span>
    </>
  );
}

function outcome(entry: FeedbackEntry): string {
  if (entry.outcome !== 'accepted') return 'Overridden';
  if (entry.issuedCard) return `Accepted: ${acceptedLabels(entry.acceptedSuggestionIds, entry.issuedCard).join('; ')}`;
  const n = entry.acceptedSuggestionIds.length;
  return `Accepted (${n} suggestion${n === 1 ? '' : 's'})`;
}

function tally(entries: readonly FeedbackEntry[]): string {
  const accepted = entries.filter((e) => e.outcome === 'accepted').length;
  const overridden = entries.length - accepted;
  const withReason = entries.filter((e) => e.outcome === 'overridden' && e.overrideReason).length;
  return `${accepted} accepted, ${overridden} overridden (${withReason} with a reason).`;
}

async function load(): Promise<{ entries: FeedbackEntry[] } | { error: string }> {
  try {
    return { entries: await listFeedback(FEEDBACK_PAGE_SIZE) };
  } catch (error) {
    if (isDatabaseFault(error)) {
      return { error: 'The feedback log cannot be read because the database is unavailable. Try again shortly.' };
    }
    throw error;
  }
}

const INTRO =
  'What clinicians did with the cards this service showed inside their EHR: accepted a suggestion, or overrode the ' +
  'card and why. Reviewing it shows where advice is not followed and why, so the knowledge base can be checked.';

export default async function CdsFeedbackPage() {
  const access = await staffPageAccess('/cds/feedback');
  if (access.state !== 'signed-in') {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">CDS Hooks feedback</h1>
        <p className="max-w-3xl text-slate-700">{INTRO}</p>
        {access.state === 'not-set-up' ? (
          <StaffSignInNotSetUp />
        ) : (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
            The feedback log cannot be read because the database is unavailable. Try again shortly.
          </p>
        )}
      </div>
    );
  }
  const result = await load();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">CDS Hooks feedback</h1>
      <StaffBar staff={access.staff} csrf={access.csrf} />
      <p className="max-w-3xl text-slate-700">
        {INTRO} No patient identifiers are stored; comments are cut to 500 characters.
      </p>
      <p>
        <a href="/api/v1/cds-feedback.csv" download className="font-medium">
          Download all feedback as CSV
        </a>
      </p>

      {'error' in result ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
          {result.error}
        </p>
      ) : result.entries.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white px-4 py-3 text-slate-700">
          No feedback yet. An EHR sends feedback when a clinician accepts or overrides a GutSkin CDS card.
        </p>
      ) : (
        <section aria-labelledby="latest">
          <h2 id="latest" className="text-lg font-semibold">
            Latest {result.entries.length} {result.entries.length === 1 ? 'entry' : 'entries'}, newest first
          </h2>
          <p className="mb-2 text-sm text-slate-700">
            {tally(result.entries)}
            {result.entries.length === FEEDBACK_PAGE_SIZE
              ? ` Only the latest ${FEEDBACK_PAGE_SIZE} are shown; the CSV has them all.`
              : ''}
          </p>

          <DataTable
            caption="CDS Hooks feedback, newest first"
            headers={['Received', 'Service', 'Card', 'Outcome', 'Reason', 'Comment']}
            className="hidden md:block"
            fullWidth
          >
            {result.entries.map((e) => (
              <tr key={e.id}>
                <td className={`${tableCell} whitespace-nowrap`}>{when(e.receivedAt)}</td>
                <td className={`${tableCell} whitespace-nowrap`} title={e.serviceId}>
                  {serviceName(e.serviceId)}
                </td>
                <td className={tableCell}>
                  <CardCell entry={e} />
                </td>
                <td className={tableCell}>{outcome(e)}</td>
                <td className={tableCell}>
                  <Reason entry={e} />
                </td>
                <td className={`${tableCell} break-words`}>{e.userComment ?? ''}</td>
              </tr>
            ))}
          </DataTable>

          <ul className="space-y-3 md:hidden">
            {result.entries.map((e) => (
              <li key={e.id} className="rounded border border-slate-200 bg-white px-4 py-3 text-sm">
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  <dt className="text-slate-600">Received</dt>
                  <dd>{when(e.receivedAt)}</dd>
                  <dt className="text-slate-600">Service</dt>
                  <dd>{serviceName(e.serviceId)}</dd>
                  <dt className="text-slate-600">Card</dt>
                  <dd>
                    <CardCell entry={e} />
                  </dd>
                  <dt className="text-slate-600">Outcome</dt>
                  <dd>{outcome(e)}</dd>
                  <dt className="text-slate-600">Reason</dt>
                  <dd>
                    <Reason entry={e} />
                  </dd>
                  {e.userComment ? (
                    <>
                      <dt className="text-slate-600">Comment</dt>
                      <dd className="break-words">{e.userComment}</dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
