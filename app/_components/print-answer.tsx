'use client';

/**
 * The answer on paper ("Print this answer"): hidden on screen, and the only part of the workspace printed
 * (print-answer.css). The same content as the answer on screen, laid out for one or two A4 or Letter pages: no form
 * or controls, every caveat expanded, and what every product shares (a caveat, the reasons to stop) said once above the
 * products instead of under each. The ruleset version and the dates head and close it.
 */
import { AsStudiedRows } from '@/components/as-studied';
import { CaveatList } from '@/components/caveat-list';
import { CertaintyBadge, StrengthBadge } from '@/components/grade-badges';
import { bySeverity, SEVERITY_STYLE, SeverityLabel } from '@/components/severity';
import { STANCE_WORD } from '@/components/stance-badge';
import type { RecommendationOut, SuggestionOut } from '@/lib/rules/types';
import { groupCaveats } from '@/lib/rules/caveat-groups';
import { ageText } from '@/lib/workspace/note';
import './print-answer.css';

const KIND_WORD: Record<SuggestionOut['adjunct']['kind'], string> = {
  probiotic: 'Probiotic',
  prebiotic: 'Prebiotic',
  synbiotic: 'Synbiotic',
};

const nameOf = (names: ReadonlyMap<string, string>, id: string) => names.get(id) ?? id;

interface Props {
  data: RecommendationOut;
  regimenNames: ReadonlyMap<string, string>;
  factorNames: ReadonlyMap<string, string>;
}

export function PrintAnswer({ data, regimenNames, factorNames }: Props) {
  const kb = data.knowledgeBase;
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const label = (ids: readonly string[]) =>
    ids
      .map((id) => sources.get(id)?.label)
      .filter(Boolean)
      .join('; ');
  // Grouped as on screen (lib/rules/caveat-groups.ts): shared caveats once, a caveat an alert says not again.
  const groups = groupCaveats(data);
  const sharedCaveats = groups.shared;
  const reviews = data.suggestions.map((s) => s.review).filter((r) => r !== null);
  const stopIf = reviews[0]?.stopIf.join('; ');
  const sharedStop =
    data.suggestions.length > 1 &&
    reviews.length === data.suggestions.length &&
    reviews.every((r) => r.stopIf.join('; ') === stopIf)
      ? stopIf
      : null;
  const { input } = data;

  return (
    <div data-print-answer className="hidden space-y-2 text-sm print:block">
      <p className="border-b border-slate-400 pb-1 text-xs text-slate-700">
        GutSkin CDS, decision support for the clinician (not a patient handout) · Ruleset {data.rulesetVersion},
        released {kb.releaseDate} · Knowledge base last reviewed {kb.lastReviewed}
      </p>
      <p className="text-lg font-semibold text-slate-900">{data.condition.name}</p>
      <p>
        <span className="font-semibold">Answered for:</span> age {ageText(input)} ·{' '}
        {input.factors.length ? input.factors.map((id) => nameOf(factorNames, id)).join(', ') : 'no factors ticked'} ·{' '}
        {input.regimen.length
          ? `on ${input.regimen.map((id) => nameOf(regimenNames, id)).join(', ')}`
          : 'no current treatment ticked'}
        {data.assumptions.length > 0 && ' · factors not ticked are taken as absent'}
      </p>

      {data.alerts.length > 0 && (
        <ul className="space-y-1">
          {bySeverity(data.alerts).map((a) => (
            <li
              key={a.code}
              className={`rounded border-l-4 px-2 py-0.5 ${SEVERITY_STYLE[a.severity].box} ${SEVERITY_STYLE[a.severity].text}`}
            >
              <SeverityLabel severity={a.severity} />{' '}
              {a.regimenIds.length > 0 && (
                <span className="font-semibold">{a.regimenIds.map((id) => nameOf(regimenNames, id)).join(', ')}: </span>
              )}
              {a.text}
              {label(a.sourceIds) && <span className="text-slate-700"> Sources: {label(a.sourceIds)}.</span>}
            </li>
          ))}
        </ul>
      )}
      {data.regimenUnderReview && <p className="font-semibold">Review the current treatment: an alert concerns it.</p>}

      <p className="rounded border-2 border-brand-600 px-2 py-1">
        <span className="font-semibold">Where the evidence stands: </span>
        {data.conclusion.text}
      </p>

      {(sharedCaveats.length > 0 || sharedStop) && (
        <div>
          <p className="font-semibold">For every product below</p>
          <CaveatList caveats={sharedCaveats} label="Caveats for every product" />
          {sharedStop && <p className="mt-1">Stop if: {sharedStop}.</p>}
        </div>
      )}

      {data.suggestions.map((s) => (
        <div key={s.id} className="rounded border border-slate-400 px-2 py-1">
          <p className="font-semibold text-slate-900">
            {s.adjunct.name}{' '}
            <span className="font-normal">
              · {KIND_WORD[s.adjunct.kind]} · {STANCE_WORD[s.stance]}
              {s.stance !== s.evidenceStance && ` (the evidence alone: ${STANCE_WORD[s.evidenceStance]})`}
            </span>
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <CertaintyBadge certainty={s.evidence.certainty} />
            <StrengthBadge strength={s.evidence.strength} />
            <span>{s.evidence.summary}</span>
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3">
            <dt className="font-semibold text-slate-700">{s.adjunct.strains.length === 1 ? 'Strain' : 'Strains'}</dt>
            <dd className="italic">
              {[...s.adjunct.strains, ...s.adjunct.otherIngredients.map((x) => `with ${x}`)].join('; ')}
            </dd>
            <AsStudiedRows asStudied={s.adjunct.asStudied} compact />
            {s.review && (
              <>
                <dt className="font-semibold text-slate-700">Review</dt>
                <dd>
                  {s.review.afterWeeks !== null
                    ? `At ${s.review.afterWeeks} weeks (the trial's length).`
                    : 'Not judged by response.'}
                  {!sharedStop && ` Stop if: ${s.review.stopIf.join('; ')}.`}
                </dd>
              </>
            )}
          </dl>
          <CaveatList caveats={groups.specific[s.id] ?? s.caveats} label={`Caveats for ${s.adjunct.name}`} />
        </div>
      ))}

      <div>
        <p className="font-semibold">About the evidence for {data.condition.name.toLowerCase()}</p>
        <p>
          {data.condition.summary}
          {label(data.condition.sourceIds) && (
            <span className="text-slate-700"> Sources: {label(data.condition.sourceIds)}.</span>
          )}
        </p>
        {data.notes.map((n) => (
          <p key={n.id} className="mt-1 border-l-2 border-slate-300 pl-2">
            <span className="font-semibold">{n.title}.</span> {n.text}
            {label(n.sourceIds) && <span className="text-slate-700"> Sources: {label(n.sourceIds)}.</span>}
          </p>
        ))}
      </div>
      <p className="border-t border-slate-400 pt-1 text-xs text-slate-700">
        Ruleset {data.rulesetVersion}, released {kb.releaseDate} · Knowledge base last reviewed {kb.lastReviewed} ·
        Decision support only: it supports clinical judgement and does not replace it.
      </p>
    </div>
  );
}
