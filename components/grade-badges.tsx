/**
 * Evidence-grade badges (GRADE certainty, SORT strength, OCEBM level) and the legend that explains them in plain
 * words. Text first: colour only repeats what the words say. The legend is a native popover (no script).
 */
import { CERTAINTY_LABEL, CERTAINTY_MEANING, ocebmMeaning, STRENGTH_LABEL, STRENGTH_MEANING } from '@/lib/kb/labels';
import type { Certainty, Strength } from '@/lib/kb/schema';

const base = 'inline-flex items-baseline gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm';

const certaintyTone: Record<Certainty, string> = {
  high: 'border-emerald-300 bg-white text-emerald-900',
  moderate: 'border-teal-300 bg-white text-teal-900',
  low: 'border-amber-400 bg-white text-amber-950',
  'very-low': 'border-orange-300 bg-white text-orange-950',
};

/** GRADE certainty, e.g. "GRADE: Low certainty". */
export function CertaintyBadge({ certainty }: { certainty: Certainty }) {
  return (
    <span className={`${base} ${certaintyTone[certainty]}`} data-certainty={certainty}>
      <span className="text-xs uppercase tracking-wide opacity-80">GRADE:</span>{' '}
      <span className="font-semibold">{CERTAINTY_LABEL[certainty]} certainty</span>
    </span>
  );
}

/** SORT strength of recommendation, e.g. "SORT strength B". */
export function StrengthBadge({ strength }: { strength: Strength }) {
  return (
    <span className={`${base} border-slate-300 bg-white text-slate-900`} data-strength={strength}>
      <span className="text-xs uppercase tracking-wide opacity-80">SORT</span>{' '}
      <span className="font-semibold">strength {STRENGTH_LABEL[strength]}</span>
    </span>
  );
}

/** Oxford CEBM 2011 level of a source; the meaning is in the tooltip and on the methods page. */
export function OcebmBadge({ level }: { level: number }) {
  return (
    <span className={`${base} border-slate-300 bg-white text-xs text-slate-800`} title={ocebmMeaning(level)}>
      <span className="font-normal">OCEBM level</span> {level}
    </span>
  );
}

export const GRADE_LEGEND_ID = 'grade-legend';

/** The button that opens the legend; place it next to the badges. */
export function GradeLegendButton({ label = 'What do the grades mean?' }: { label?: string }) {
  return (
    <button
      type="button"
      popoverTarget={GRADE_LEGEND_ID}
      className="rounded px-1 text-sm text-brand-700 underline decoration-dotted underline-offset-2 hover:decoration-solid"
    >
      {label}
    </button>
  );
}

/** Render once per page. */
export function GradeLegend() {
  return (
    <div
      id={GRADE_LEGEND_ID}
      popover="auto"
      role="dialog"
      aria-labelledby={`${GRADE_LEGEND_ID}-title`}
      className="m-auto max-h-[85vh] w-[min(36rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-slate-300 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/30"
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id={`${GRADE_LEGEND_ID}-title`} className="text-lg font-semibold">
          How to read the grades
        </h2>
        <button
          type="button"
          popoverTarget={GRADE_LEGEND_ID}
          popoverTargetAction="hide"
          className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100"
        >
          Close
        </button>
      </div>
      <h3 className="mt-3 font-semibold">GRADE certainty: how sure are we of the effect?</h3>
      <dl className="mt-1 space-y-1 text-sm">
        {(Object.keys(CERTAINTY_MEANING) as Certainty[]).map((c) => (
          <div key={c}>
            <dt className="inline font-semibold">{CERTAINTY_LABEL[c]}: </dt>
            <dd className="inline">{CERTAINTY_MEANING[c]}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-4 font-semibold">SORT strength: how good is the evidence behind the advice?</h3>
      <dl className="mt-1 space-y-1 text-sm">
        {(Object.keys(STRENGTH_MEANING) as Strength[]).map((s) => (
          <div key={s}>
            <dt className="inline font-semibold">{s}: </dt>
            <dd className="inline">{STRENGTH_MEANING[s]}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-slate-700">
        Grades come from the trials and guidelines underneath, not from the founding letter. The stance (Consider,
        Consider with caution, Insufficient evidence, Avoid) combines the grade with this patient&apos;s factors and
        treatments. <a href="/methods">Methods</a>.
      </p>
    </div>
  );
}
