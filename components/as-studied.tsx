/**
 * The product exactly as its trial gave it: product and maker, dose, form, duration and background treatment, each
 * with how well it was checked, then the trial's conflicts of interest. A part that was not fully checked says so in
 * words, with what is not known; an unread part is never shown as a fact.
 */
import type { Confidence } from '@/lib/kb/schema';
import type { SuggestionOut } from '@/lib/rules/types';

type AsStudiedOut = SuggestionOut['adjunct']['asStudied'];

/** The words beside a part that was not fully checked (none for a confirmed part). */
export const CONFIDENCE_TAG: Record<Confidence, string | null> = {
  confirmed: null,
  partly: 'Partly checked',
  unverified: 'Not verified',
};

/** A tag beside a reported part that was not fully checked (an unreported part already says so in its text). */
function Tag({ confidence, reported }: { confidence: Confidence; reported: boolean }) {
  const tag = reported ? CONFIDENCE_TAG[confidence] : null;
  if (!tag) return null;
  return (
    <span
      className="ml-1 inline-block rounded border border-amber-500 bg-amber-50 px-1.5 text-xs font-semibold text-amber-950"
      data-confidence={confidence}
    >
      {tag}
    </span>
  );
}

/**
 * Rows for a `<dl>`: one per part, then conflicts of interest. `compact` (the suggestion card) uses a two-column grid
 * of small rows, and leaves what is unknown about the dose to the card's dose warning (said once); otherwise the rows
 * are fields of a `FieldList`-like list.
 */
export function AsStudiedRows({ asStudied, compact = false }: { asStudied: AsStudiedOut; compact?: boolean }) {
  const dt = compact ? 'font-semibold text-slate-700' : 'font-medium text-slate-800';
  const row = compact ? 'contents' : 'grid gap-1 px-4 py-3 sm:grid-cols-[13rem_1fr] sm:gap-4';
  return (
    <>
      {asStudied.parts.map((p) => (
        <div key={p.part} className={row} data-as-studied={p.part}>
          <dt className={dt}>{p.label}</dt>
          <dd className="min-w-0 break-words">
            <span className={p.reported ? '' : 'text-slate-700 italic'}>{p.text}</span>
            <Tag confidence={p.confidence} reported={p.reported} />
            {p.unknown && !(compact && p.part === 'dose') && (
              <span className="mt-0.5 block text-sm text-slate-700">{p.unknown}</span>
            )}
          </dd>
        </div>
      ))}
      <div className={row} data-as-studied="conflicts">
        <dt className={dt}>Conflicts of interest</dt>
        <dd className="min-w-0 break-words">
          {asStudied.conflicts.length === 0 ? (
            <span className="text-slate-700 italic">None reported in what we could read.</span>
          ) : (
            <ul className="space-y-0.5">
              {asStudied.conflicts.map((c) => (
                <li key={c.text}>
                  {c.text}
                  <Tag confidence={c.confidence} reported />
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </>
  );
}
