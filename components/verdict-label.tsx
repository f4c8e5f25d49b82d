/** Our verdict on a claim (supports / partly / does not support / could not be verified), as a labelled pill. */
import { VERDICT_LABEL } from '@/lib/kb/labels';
import type { LetterClaim } from '@/lib/kb/schema';

type Verdict = LetterClaim['verdict'];

const tone: Record<Verdict, string> = {
  supports: 'border-slate-500 bg-white text-slate-900',
  partly: 'border-amber-500 bg-amber-50 text-amber-950',
  'does-not-support': 'border-red-600 bg-red-50 text-red-900',
  unverified: 'border-slate-400 bg-slate-100 text-slate-900',
};

export function VerdictLabel({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`inline-flex whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${tone[verdict]}`}>
      {VERDICT_LABEL[verdict]}
    </span>
  );
}
