/**
 * GRADE certainty and SORT strength as two separate badges, and the legend that explains both in plain words.
 * The legend is a native popover (no script): one click from any card, closed with Escape or a click outside.
 */
import type { Certainty, Strength } from '@/lib/kb/schema';

export const CERTAINTY_WORD: Record<Certainty, string> = {
  high: 'High',
  moderate: 'Moderate',
  low: 'Low',
  'very-low': 'Very low',
};

const CERTAINTY_STYLE: Record<Certainty, string> = {
  high: 'border-emerald-300 bg-white text-emerald-900',
  moderate: 'border-teal-300 bg-white text-teal-900',
  low: 'border-amber-300 bg-white text-amber-950',
  'very-low': 'border-orange-300 bg-white text-orange-950',
};

export const CERTAINTY_MEANING: Record<Certainty, string> = {
  high: 'We are very confident that the true effect is close to the one the studies found.',
  moderate: 'The true effect is probably close to the one found, but it could be quite different.',
  low: 'The true effect may be quite different from the one found. New studies could change the picture.',
  'very-low': 'The true effect is likely to be quite different from the one found. Treat it as a hint, not a result.',
};

export const STRENGTH_MEANING: Record<Strength, string> = {
  A: 'Consistent, good-quality evidence on outcomes that matter to patients.',
  B: 'Patient-oriented evidence that is inconsistent or of limited quality.',
  C: 'Consensus, usual practice, expert opinion, laboratory or surrogate outcomes, or case series.',
};

export function CertaintyBadge({ certainty }: { certainty: Certainty }) {
  return (
    <span
      className={`inline-flex items-baseline gap-1 rounded border px-2 py-0.5 text-sm ${CERTAINTY_STYLE[certainty]}`}
      data-certainty={certainty}
    >
      <span className="text-xs font-medium uppercase tracking-wide opacity-80">GRADE</span>
      <span className="font-semibold">{CERTAINTY_WORD[certainty]} certainty</span>
    </span>
  );
}

export function StrengthBadge({ strength }: { strength: Strength }) {
  return (
    <span
      className="inline-flex items-baseline gap-1 rounded border border-slate-300 bg-white px-2 py-0.5 text-sm text-slate-900"
      data-strength={strength}
    >
      <span className="text-xs font-medium uppercase tracking-wide opacity-80">SORT</span>
      <span className="font-semibold">Strength {strength}</span>
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
            <dt className="inline font-semibold">{CERTAINTY_WORD[c]}: </dt>
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
        treatments.
      </p>
    </div>
  );
}
