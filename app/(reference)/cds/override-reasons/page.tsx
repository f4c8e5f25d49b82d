import type { Metadata } from 'next';
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
      <table className="w-full max-w-3xl text-left text-sm">
        <caption className="sr-only">Override reason codes and what they mean</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Code
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Display
            </th>
          </tr>
        </thead>
        <tbody>
          {reasons.map((r) => (
            <tr key={r.code} id={r.code} className="border-t border-slate-200">
              <td className="px-3 py-2 font-mono text-xs">{r.code}</td>
              <td className="px-3 py-2">{r.display}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
