/** Small, text-first badges for evidence grades. Colour only repeats what the words say. */
import { CERTAINTY_LABEL, ocebmMeaning, STRENGTH_LABEL } from '@/lib/kb/labels';
import type { Certainty, Strength } from '@/lib/kb/schema';

const base = 'inline-flex items-baseline gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-xs font-medium';

const certaintyTone: Record<Certainty, string> = {
  high: 'border-brand-600 bg-brand-50 text-brand-900',
  moderate: 'border-brand-600 bg-brand-50 text-brand-900',
  low: 'border-amber-400 bg-amber-50 text-amber-950',
  'very-low': 'border-slate-400 bg-slate-100 text-slate-900',
};

/** GRADE certainty, e.g. "GRADE: Low certainty". */
export function CertaintyBadge({ certainty }: { certainty: Certainty }) {
  return (
    <span className={`${base} ${certaintyTone[certainty]}`}>
      <span className="font-normal">GRADE:</span> {CERTAINTY_LABEL[certainty]} certainty
    </span>
  );
}

/** SORT strength of recommendation, e.g. "SORT: B". */
export function StrengthBadge({ strength }: { strength: Strength }) {
  return (
    <span className={`${base} border-slate-400 bg-white text-slate-900`}>
      <span className="font-normal">SORT:</span> {STRENGTH_LABEL[strength]}
    </span>
  );
}

/** Oxford CEBM 2011 level of a source; the meaning is in the tooltip and on the methods page. */
export function OcebmBadge({ level }: { level: number }) {
  return (
    <span className={`${base} border-slate-300 bg-white text-slate-800`} title={ocebmMeaning(level)}>
      <span className="font-normal">OCEBM level</span> {level}
    </span>
  );
}
