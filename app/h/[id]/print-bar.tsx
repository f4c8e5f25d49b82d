'use client';

/** On-screen tools for the clinician: never printed. */
export function PrintBar({ grade }: { grade: number }) {
  return (
    <div className="no-print mx-auto mb-4 flex max-w-[48rem] flex-wrap items-center justify-between gap-3 rounded-md border border-brand-100 bg-brand-50 px-4 py-3">
      <p className="min-w-0 flex-1 text-sm text-slate-800">
        <span className="font-semibold">Reading level: grade {grade.toFixed(1)}</span>{' '}
        <span className="text-slate-700">(Flesch–Kincaid; aim for 8 or lower). Only the sheet below is printed.</span>
      </p>
      <button
        type="button"
        onClick={() => window.print()}
        className="rounded-md bg-brand-700 px-5 py-2 text-base font-semibold text-white hover:bg-brand-800"
      >
        Print
      </button>
    </div>
  );
}
