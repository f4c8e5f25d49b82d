import type { Metadata } from 'next';
import { DataTable, tableCell } from '@/components/data-table';
import { overrideReasons } from '@/lib/cds/cards';
import { OVERRIDE_REASONS_PATH } from '@/lib/cds/ledger';

export const metadata: Metadata = { title: 'Override reasons (CDS Hooks code system)' };

// Built once from the code the cards use, so the page and the cards cannot disagree.
export const dynamic = 'force-static';

/**
 * The code system of the override reasons every GutSkin CDS card offers: its `system` URL is this page's address
 * (the app's public origin + /cds/override-reasons), so a CDS Client or an auditor that follows it sees every code.
 */
export default function OverrideReasonsPage() {
  const reasons = overrideReasons('');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Override reasons</h1>
      <p className="max-w-3xl text-slate-700">
        The reasons a clinician can give in the EHR for not following a GutSkin CDS card (CDS Hooks 2.0{' '}
        <code>overrideReasons</code>). Each is a FHIR Coding whose <code>system</code> is this page&apos;s address,{' '}
        <code>{OVERRIDE_REASONS_PATH}</code> on this service&apos;s public origin, and whose <code>code</code> is one of
        those below. Feedback naming a reason the card did not offer is refused.
      </p>
      <DataTable caption="Override reason codes and what they mean" headers={['Code', 'Display']}>
        {reasons.map((r) => (
          <tr key={r.code} id={r.code}>
            <td className={`${tableCell} font-mono text-xs`}>{r.code}</td>
            <td className={tableCell}>{r.display}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
