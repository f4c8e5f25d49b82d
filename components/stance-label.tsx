/** The stance on an adjunct, as a labelled pill. */
import { STANCE_LABEL } from '@/lib/kb/labels';
import type { Stance } from '@/lib/kb/schema';

const tone: Record<Stance, string> = {
  consider: 'border-brand-600 bg-brand-50 text-brand-900',
  'consider-with-caution': 'border-amber-500 bg-amber-50 text-amber-950',
  'insufficient-evidence': 'border-slate-400 bg-slate-100 text-slate-900',
  avoid: 'border-red-600 bg-red-50 text-red-900',
};

export function StanceLabel({ stance }: { stance: Stance }) {
  return (
    <span className={`inline-flex whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${tone[stance]}`}>
      {STANCE_LABEL[stance]}
    </span>
  );
}
