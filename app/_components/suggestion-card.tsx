'use client';

/** One suggestion: what, how much, how sure, what to watch for, and (one click away) why, with sources. */
import Link from 'next/link';
import { useId, useState } from 'react';
import { AsStudiedRows } from '@/components/as-studied';
import { CaveatList } from '@/components/caveat-list';
import { CertaintyBadge, GradeLegendButton, StrengthBadge } from '@/components/grade-badges';
import { ArrowRightIcon, ChevronDownIcon } from '@/components/icons';
import { SourceList } from '@/components/source-link';
import { STANCE_WORD, StanceBadge } from '@/components/stance-badge';
import type { CaveatOut, RecommendationOut, SourceOut, SuggestionOut } from '@/lib/rules/types';

const KIND_WORD: Record<SuggestionOut['adjunct']['kind'], string> = {
  probiotic: 'Probiotic',
  prebiotic: 'Prebiotic',
  synbiotic: 'Synbiotic',
};

const TRACE_LABEL: Record<string, string> = {
  statement: 'Evidence statement',
  evidence: 'Grade sets the starting stance',
  safety: 'Safety rule',
  advice: 'Advice rule',
  age: 'Age check',
  interaction: 'Interaction check',
};

function traceParts(entry: string): { label: string; detail: string } {
  const colon = entry.indexOf(':');
  const kind = colon > 0 ? entry.slice(0, colon) : '';
  return { label: TRACE_LABEL[kind] ?? 'Rule', detail: colon > 0 ? entry.slice(colon + 1) : entry };
}

/**
 * Assumptions grouped by what was assumed ("Pregnant: not reported, so taken as absent…" → one line naming every
 * factor taken as absent). Texts without a "Name: " prefix stay as they are.
 */
function groupAssumptions(assumptions: RecommendationOut['assumptions']): { names: string[]; text: string }[] {
  const groups: { names: string[]; text: string }[] = [];
  for (const a of assumptions) {
    const colon = a.text.indexOf(': ');
    const name = colon > 0 ? a.text.slice(0, colon) : '';
    const rest = colon > 0 ? a.text.slice(colon + 2) : a.text;
    const group = name ? groups.find((g) => g.text === rest && g.names.length > 0) : undefined;
    if (group) group.names.push(name);
    else groups.push({ names: name ? [name] : [], text: rest });
  }
  return groups;
}

/** Caveats shown on the card itself; the rest (the same general limits on every card) are one click away. */
const isPrimaryCaveat = (c: CaveatOut) => c.severity !== 'info' || c.code === 'evidence-limits';

interface Props {
  suggestion: SuggestionOut;
  /** The caveats specific to this suggestion (those shared by every suggestion are shown once, above the cards). */
  caveats: readonly CaveatOut[];
  /** This suggestion's own sources, for "Why this?". */
  sourceIds: readonly string[];
  sources: ReadonlyMap<string, SourceOut>;
  assumptions: RecommendationOut['assumptions'];
  included: boolean;
  onIncludedChange: (included: boolean) => void;
}

export function SuggestionCard({
  suggestion: s,
  caveats,
  sourceIds,
  sources,
  assumptions,
  included,
  onIncludedChange,
}: Props) {
  const id = useId();
  const [whyOpen, setWhyOpen] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const primary = caveats.filter(isPrimaryCaveat);
  const more = caveats.filter((c) => !isPrimaryCaveat(c));
  const trial = sources.get(s.adjunct.asStudied.trialSourceId);
  const cited = sourceIds.map((x) => sources.get(x)).filter((x): x is SourceOut => Boolean(x));

  return (
    <article
      aria-labelledby={`${id}-title`}
      className={`rounded-lg border bg-white p-4 shadow-xs ${s.stance === 'avoid' ? 'border-red-300' : 'border-slate-300'}`}
      data-suggestion={s.id}
    >
      <div className="flex flex-wrap items-center gap-2">
        <StanceBadge stance={s.stance} />
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-slate-700">
          {KIND_WORD[s.adjunct.kind]}
        </span>
      </div>
      <h3 id={`${id}-title`} className="mt-2 text-lg font-semibold leading-snug break-words text-slate-900">
        {s.adjunct.name}
      </h3>
      {s.stance !== s.evidenceStance && (
        <p className="mt-1 text-sm text-slate-700">
          The evidence alone supports &ldquo;{STANCE_WORD[s.evidenceStance]}&rdquo;; this patient&apos;s factors or
          treatments change it to &ldquo;
          {STANCE_WORD[s.stance]}&rdquo;.
        </p>
      )}

      <h4 className="mt-3 text-sm font-semibold text-slate-900">
        As studied
        {trial && <span className="font-normal text-slate-700">: {trial.label}</span>}
      </h4>
      <dl
        aria-label={`As studied: ${s.adjunct.name}`}
        className="mt-1 grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]"
      >
        <dt className="font-semibold text-slate-700">{s.adjunct.strains.length === 1 ? 'Strain' : 'Strains'}</dt>
        <dd className="min-w-0">
          <ul>
            {s.adjunct.strains.map((strain) => (
              <li key={strain} className="break-words italic">
                {strain}
              </li>
            ))}
            {s.adjunct.otherIngredients.map((x) => (
              <li key={x} className="break-words">
                with {x}
              </li>
            ))}
          </ul>
        </dd>
        <AsStudiedRows asStudied={s.adjunct.asStudied} compact />
      </dl>
      {s.review && (
        <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-slate-700">Review</dt>
          <dd className="min-w-0 break-words" data-testid="review">
            {s.review.afterWeeks !== null
              ? `At ${s.review.afterWeeks} weeks (the trial's length). `
              : 'Not judged by response. '}
            Stop if: {s.review.stopIf.join('; ')}.
          </dd>
        </dl>
      )}

      <div className="mt-3 flex flex-wrap items-center gap-2">
        <CertaintyBadge certainty={s.evidence.certainty} />
        <StrengthBadge strength={s.evidence.strength} />
        <GradeLegendButton />
      </div>
      <p className="mt-2 text-sm text-slate-800">{s.evidence.summary}</p>

      <div className="mt-3">
        <CaveatList caveats={primary} label={`Caveats for ${s.adjunct.name}`} />
        {more.length > 0 && (
          <>
            <button
              type="button"
              aria-expanded={moreOpen}
              aria-controls={`${id}-more`}
              onClick={() => setMoreOpen((v) => !v)}
              className="mt-1.5 inline-flex items-center gap-1 rounded px-1 text-sm text-brand-700 hover:underline"
            >
              <ChevronDownIcon className={`size-4 ${moreOpen ? 'rotate-180' : ''}`} />
              {moreOpen ? 'Fewer caveats' : `${more.length} more ${more.length === 1 ? 'caveat' : 'caveats'}`}
            </button>
            <div id={`${id}-more`} hidden={!moreOpen} className="mt-1.5">
              <CaveatList caveats={more} label={`More caveats for ${s.adjunct.name}`} />
            </div>
          </>
        )}
      </div>

      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-slate-200 pt-3">
        <button
          type="button"
          aria-expanded={whyOpen}
          aria-controls={`${id}-why`}
          aria-describedby={`${id}-title`}
          onClick={() => setWhyOpen((v) => !v)}
          className="inline-flex items-center gap-1 rounded-md border border-brand-600 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50"
        >
          <ChevronDownIcon className={`size-4 ${whyOpen ? 'rotate-180' : ''}`} />
          Why this?
        </button>
        <Link
          href={s.evidenceUrl}
          className="inline-flex items-center gap-1 text-sm font-semibold"
          aria-describedby={`${id}-title`}
        >
          Evidence details <ArrowRightIcon />
        </Link>
        <label className="ml-auto inline-flex cursor-pointer items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={included}
            onChange={(e) => onIncludedChange(e.target.checked)}
            aria-describedby={`${id}-title`}
            className="size-4 accent-brand-700"
          />
          Include in handout
        </label>
      </div>

      <section
        id={`${id}-why`}
        hidden={!whyOpen}
        aria-label={`Why this: ${s.adjunct.name}`}
        className="mt-3 space-y-4 rounded-md bg-slate-50 p-3 text-sm"
      >
        <div>
          <h4 className="font-semibold">Rationale</h4>
          <p className="mt-1">{s.rationale}</p>
        </div>
        <div>
          <h4 className="font-semibold">Evidence</h4>
          <dl className="mt-1 space-y-1">
            <div>
              <dt className="inline font-semibold text-slate-700">Effect: </dt>
              <dd className="inline">{s.evidence.effect}</dd>
            </div>
            <div>
              <dt className="inline font-semibold text-slate-700">Studied in: </dt>
              <dd className="inline">{s.evidence.population}</dd>
            </div>
            <div>
              <dt className="inline font-semibold text-slate-700">Outcomes: </dt>
              <dd className="inline">{s.evidence.outcome}</dd>
            </div>
            {s.evidence.downgrades.length > 0 && (
              <div>
                <dt className="font-semibold text-slate-700">Certainty lowered for:</dt>
                <dd>
                  <ul className="list-disc pl-5">
                    {s.evidence.downgrades.map((d) => (
                      <li key={d.domain + d.reason}>
                        {d.domain.replace(/-/g, ' ')}: {d.reason}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
        </div>
        {assumptions.length > 0 && (
          <div>
            <h4 className="font-semibold">Assumptions</h4>
            <ul className="mt-1 list-disc pl-5">
              {groupAssumptions(assumptions).map((g) => (
                <li key={g.names.join() + g.text}>
                  {g.names.length > 0 && <span className="font-semibold">{g.names.join(', ')}: </span>}
                  {g.text}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div>
          <h4 className="font-semibold">Rules that fired</h4>
          <ol className="mt-1 space-y-0.5">
            {s.trace.map((t) => {
              const { label, detail } = traceParts(t);
              return (
                <li key={t}>
                  {label}: <code className="font-mono text-xs break-all">{detail}</code>
                </li>
              );
            })}
          </ol>
        </div>
        <div>
          <h4 className="font-semibold">Sources</h4>
          <div className="mt-1">
            <SourceList sources={cited} />
          </div>
        </div>
      </section>
    </article>
  );
}
