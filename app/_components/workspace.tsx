'use client';

/**
 * The clinician workspace: inputs on the left (above on a phone), the answer beside them. One screen, no reloads.
 * The server renders the first answer for a shared URL; afterwards TanStack Query fetches
 * GET /api/v1/recommendations as inputs change, keeping the previous answer (dimmed) until the new one arrives.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { GradeLegend } from '@/components/grade-badges';
import { ChevronDownIcon } from '@/components/icons';
import { fetchRecommendations } from '@/lib/query/fetchers';
import { queryKeys } from '@/lib/query/keys';
import { ProblemError, type Problem } from '@/lib/query/problem';
import type { RecommendationOut } from '@/lib/rules/types';
import type { Catalogue } from '@/lib/workspace/catalogue';
import {
  ageEntry,
  normaliseQuery,
  stateFromSearchParams,
  stateToQuery,
  toggleId,
  withAge,
  withCondition,
  withoutInvalid,
} from '@/lib/workspace/state';
import type { RecordPanelData } from '@/lib/smart/workspace';
import { AnswerSummary } from './answer-summary';
import { ConditionCombobox } from './condition-combobox';
import { FactorPicker } from './factor-picker';
import { PrintAnswer } from './print-answer';
import { RegimenPicker } from './regimen-picker';
import { RecordPanel } from './record-panel';
import { EmptyState, ProblemPanel, Results, type Example } from './results';
import { useUrlState } from './use-url-state';

/** The server's answer for the URL it rendered: data, or the problem it found, keyed by the normalised query. */
export interface InitialResult {
  query: string;
  data?: RecommendationOut;
  problem?: Problem;
}

interface Props {
  catalogue: Catalogue;
  initial: InitialResult;
  examples: readonly Example[];
  /** After a SMART launch: what was filled from the chart, and what was not found. */
  record?: RecordPanelData | null;
}

const TEXT_ENTRY_TYPES = new Set([
  'text',
  'search',
  'email',
  'number',
  'password',
  'tel',
  'url',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return target instanceof HTMLInputElement && TEXT_ENTRY_TYPES.has(target.type);
}

const noSubscription = () => () => {};

export function Workspace({ catalogue, initial, examples, record }: Props) {
  const [state, commit] = useUrlState();
  // False while server-rendered HTML is on screen, true once hydrated (tests wait for data-hydrated).
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [handoutChoices, setHandoutChoices] = useState<Record<string, boolean>>({});
  const conditionInput = useRef<HTMLInputElement>(null);
  // On a narrow screen the form can be folded away under the answer's summary. Folded, it stays mounted (only hidden),
  // so nothing typed or ticked is lost.
  const [formOpen, setFormOpen] = useState(true);

  // "/" anywhere (but while typing) jumps to the condition picker.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      e.preventDefault();
      flushSync(() => setFormOpen(true));
      conditionInput.current?.focus();
      conditionInput.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const condition = catalogue.conditions.find((c) => c.id === state.condition);
  const isInitial = normaliseQuery(stateToQuery(state)) === initial.query;
  const serverProblem = isInitial ? initial.problem : undefined;
  const hasCondition = state.condition !== '';

  const query = useQuery({
    queryKey: queryKeys.recommendations(state),
    queryFn: ({ signal }) => fetchRecommendations(state, signal),
    enabled: hasCondition && !serverProblem,
    initialData: isInitial ? initial.data : undefined,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60 * 1000,
    // A 4xx will not change on retry; a network error or 5xx might.
    retry: (count, error) => !(error instanceof ProblemError && error.status >= 400 && error.status < 500) && count < 2,
  });

  const problem: Problem | undefined =
    serverProblem ?? (query.isError ? (query.error instanceof ProblemError ? query.error : undefined) : undefined);
  const unknownError = query.isError && !(query.error instanceof ProblemError);
  const fieldError = (path: string) => problem?.errors.find((e) => e.path === path)?.message;
  const fieldErrors = (...paths: string[]) =>
    (problem?.errors ?? []).filter((e) => paths.includes(e.path)).map((e) => e.message);
  const cleaned = withoutInvalid(state, catalogue);
  const canClean = normaliseQuery(stateToQuery(cleaned)) !== normaliseQuery(stateToQuery(state));
  const ageNow = ageEntry(state);
  const regimenNames = new Map((condition?.regimenOptions ?? []).map((r) => [r.id, r.name]));
  const factorNames = new Map(catalogue.factors.map((f) => [f.id, f.name]));
  const busy = hasCondition && query.isFetching;
  const data = hasCondition && !problem ? query.data : undefined;

  const status = !hasCondition
    ? ''
    : problem
      ? `Could not answer: ${problem.detail}`
      : data && !query.isPlaceholderData
        ? `${data.condition.name}: ${data.suggestions.length} ${data.suggestions.length === 1 ? 'suggestion' : 'suggestions'}, ${data.alerts.length} ${data.alerts.length === 1 ? 'alert' : 'alerts'}.${data.regimenUnderReview ? ' Review the current treatment: an alert concerns it.' : ''}`
        : '';

  return (
    <div data-hydrated={hydrated || undefined}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">Workspace</h1>
        {/* Once there is an answer, its summary below links to it. */}
        {!data && (
          <a href="#results" className="text-sm lg:hidden">
            Jump to the answer
          </a>
        )}
      </div>
      <p className="mt-1 max-w-3xl text-slate-700">
        Probiotic, prebiotic and synbiotic adjuncts to usual skin treatment, graded by the evidence underneath.
      </p>

      {record ? <RecordPanel record={record} state={state} /> : null}

      {data && <AnswerSummary data={data} stale={query.isPlaceholderData && busy} />}
      {hasCondition && (
        <button
          type="button"
          aria-expanded={formOpen}
          aria-controls="workspace-form"
          onClick={() => setFormOpen((v) => !v)}
          className="mt-4 inline-flex items-center gap-1 rounded-md border border-brand-600 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 lg:hidden"
        >
          <ChevronDownIcon className={`size-4 ${formOpen ? 'rotate-180' : ''}`} />
          {formOpen ? 'Hide the choices' : 'Show the choices'}
          <span className="sr-only"> (condition, regimen and patient)</span>
        </button>
      )}

      <div className="mt-5 grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <form
          id="workspace-form"
          aria-label="Condition, regimen and patient"
          onSubmit={(e) => e.preventDefault()}
          className={`min-w-0 space-y-6 self-start rounded-lg border border-slate-300 bg-white p-4 ${formOpen || !hasCondition ? '' : 'max-lg:hidden'}`}
        >
          <ConditionCombobox
            conditions={catalogue.conditions}
            value={state.condition}
            inputRef={conditionInput}
            invalid={Boolean(fieldError('condition'))}
            describedBy={fieldError('condition') ? 'problem-condition' : undefined}
            onChange={(id) => {
              const next = catalogue.conditions.find((c) => c.id === id);
              if (next)
                commit(
                  withCondition(
                    state,
                    id,
                    next.regimenOptions.map((r) => r.id),
                  ),
                  'push',
                );
            }}
          />
          <RegimenPicker
            condition={condition}
            value={state.regimen}
            allOptions={catalogue.conditions.flatMap((c) => c.regimenOptions)}
            onToggle={(id, on) =>
              commit(
                {
                  ...state,
                  regimen: toggleId(state.regimen, id, on, condition?.regimenOptions.map((r) => r.id) ?? []),
                },
                'replace',
              )
            }
          />
          <FactorPicker
            factors={catalogue.factors}
            value={state.factors}
            onToggle={(id, on) =>
              commit(
                {
                  ...state,
                  factors: toggleId(
                    state.factors,
                    id,
                    on,
                    catalogue.factors.map((f) => f.id),
                  ),
                },
                'replace',
              )
            }
            age={ageNow.value}
            ageUnit={ageNow.unit}
            onAgeChange={(value, unit) => commit(withAge(state, value, unit), 'replace')}
            ageErrors={fieldErrors('age', 'ageMonths')}
            factorErrors={fieldErrors('factors')}
          />
        </form>

        <div
          id="results"
          aria-busy={busy}
          aria-label="Answer"
          role="region"
          className={`min-w-0 scroll-mt-4 transition-opacity duration-200 ${query.isPlaceholderData && busy ? 'opacity-60' : ''}`}
        >
          {!hasCondition ? (
            <EmptyState
              examples={examples}
              onExample={(href) => commit(stateFromSearchParams(new URLSearchParams(href.split('?')[1] ?? '')), 'push')}
            />
          ) : problem ? (
            <ProblemPanel problem={problem} onClearInvalid={canClean ? () => commit(cleaned, 'replace') : undefined} />
          ) : unknownError ? (
            <ProblemPanel
              problem={{
                status: 0,
                title: 'Failed',
                detail: 'The answer could not be loaded. Check the connection and try again.',
                errors: [],
              }}
            />
          ) : data ? (
            <Results
              data={data}
              regimenNames={regimenNames}
              factorNames={factorNames}
              handoutChoices={handoutChoices}
              onHandoutChoice={(id, included) => setHandoutChoices((c) => ({ ...c, [id]: included }))}
            />
          ) : (
            <p className="rounded-lg border border-slate-300 bg-white p-5 text-slate-700">Loading the answer…</p>
          )}
        </div>
      </div>
      {/* Outside the Answer region: the paper copy repeats what the region says, and is hidden on screen. */}
      {data && <PrintAnswer data={data} regimenNames={regimenNames} factorNames={factorNames} />}
      <p role="status" className="sr-only">
        {status}
      </p>
      <GradeLegend />
    </div>
  );
}
