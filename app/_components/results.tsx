'use client';

/** The answer for the current inputs: conclusion, alerts, suggestion cards, handout, and the condition's evidence. */
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { AlertList } from '@/components/alert-list';
import { CaveatList } from '@/components/caveat-list';
import { ArrowRightIcon, ChevronDownIcon, InfoIcon, PrinterIcon, TriangleAlertIcon } from '@/components/icons';
import { bySeverity, SEVERITY_STYLE, SeverityLabel } from '@/components/severity';
import { InlineSources } from '@/components/source-link';
import { createHandout } from '@/lib/query/fetchers';
import { ProblemError, type Problem } from '@/lib/query/problem';
import { groupCaveats, suggestionSourceIds } from '@/lib/rules/caveat-groups';
import type { AlertOut, CaveatOut, RecommendationOut, SourceOut, SuggestionOut } from '@/lib/rules/types';
import { AnswerProvenance, AnswerTools } from './answer-tools';
import { ContentReport } from './content-report';
import { rememberHandout } from './handout-memory';
import { SuggestionCard } from './suggestion-card';

/** Checked by default unless the stance is "avoid"; the clinician's own ticks win. */
// Only suggestions worth acting on go on the patient's sheet by default; the clinician can tick the others.
export const includedByDefault = (s: SuggestionOut) => s.stance === 'consider' || s.stance === 'consider-with-caution';

const NOTE_KIND: Record<string, string> = {
  guideline: 'Guideline',
  'pooled-evidence': 'Pooled evidence',
  trial: 'Trial',
  gap: 'Gap',
};

interface ResultsProps {
  data: RecommendationOut;
  /** Names of the condition's regimen options, to name the drug an alert concerns. */
  regimenNames: ReadonlyMap<string, string>;
  /** Names of the patient factors, to say what the answer was given for. */
  factorNames: ReadonlyMap<string, string>;
  handoutChoices: Readonly<Record<string, boolean>>;
  onHandoutChoice: (suggestionId: string, included: boolean) => void;
}

export function Results({ data, regimenNames, factorNames, handoutChoices, onHandoutChoice }: ResultsProps) {
  const sources = new Map<string, SourceOut>(data.sources.map((s) => [s.id, s]));
  // Alerts about the patient's own treatment go first, tied to the drug; the rest concern the products.
  const regimenAlerts = data.alerts.filter((a) => (a.regimenIds ?? []).length > 0);
  const productAlerts = data.alerts.filter((a) => (a.regimenIds ?? []).length === 0);
  const included = (s: SuggestionOut) => handoutChoices[s.id] ?? includedByDefault(s);
  const empty = data.suggestions.length === 0;
  const caveats = groupCaveats(data);

  return (
    <div className="space-y-5">
      <h2 id="results-heading" className="text-xl font-semibold text-slate-900">
        {data.condition.name}
      </h2>
      <AnsweredFor data={data} regimenNames={regimenNames} factorNames={factorNames} />
      <AnswerTools data={data} regimenNames={regimenNames} factorNames={factorNames} />

      {(data.regimenUnderReview || regimenAlerts.length > 0) && (
        <RegimenReview
          alerts={regimenAlerts}
          underReview={data.regimenUnderReview}
          regimenNames={regimenNames}
          sources={sources}
        />
      )}

      <section
        aria-label="Where the evidence stands"
        className={`rounded-lg border-2 border-brand-600 bg-brand-50 ${empty ? 'p-5' : 'p-4'}`}
        data-testid="conclusion"
      >
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-800">Where the evidence stands</p>
        <p className={`mt-1 font-medium text-slate-900 ${empty ? 'text-lg' : 'text-base'}`}>{data.conclusion.text}</p>
      </section>

      <AlertList alerts={productAlerts} sources={sources} />

      {!empty && (
        <section aria-labelledby="suggestions-heading" className="space-y-3">
          <h3 id="suggestions-heading" className="text-lg font-semibold">
            {data.suggestions.length === 1 ? '1 suggestion' : `${data.suggestions.length} suggestions`}
            <span className="font-normal text-slate-600"> · most permissive first</span>
          </h3>
          <SharedCaveats caveats={caveats.shared} sources={sources} />
          {data.suggestions.map((s) => (
            <SuggestionCard
              key={s.id}
              suggestion={s}
              caveats={caveats.specific[s.id] ?? s.caveats}
              sourceIds={suggestionSourceIds(s, caveats.specific[s.id] ?? s.caveats)}
              sources={sources}
              assumptions={data.assumptions}
              included={included(s)}
              onIncludedChange={(v) => onHandoutChoice(s.id, v)}
            />
          ))}
        </section>
      )}

      <HandoutBar data={data} suggestionIds={data.suggestions.filter(included).map((s) => s.id)} />

      <section aria-labelledby="condition-heading" className="rounded-lg border border-slate-300 bg-white p-4 text-sm">
        <h3 id="condition-heading" className="text-base font-semibold">
          About the evidence for {data.condition.name.toLowerCase()}
        </h3>
        <p className="mt-1 leading-relaxed text-slate-800">
          {data.condition.summary}
          <InlineSources ids={data.condition.sourceIds} sources={sources} />
        </p>
        {data.notes.length > 0 && (
          <ul aria-label="Guidelines, pooled evidence and gaps" className="mt-3 space-y-2">
            {data.notes.map((n) => (
              <li key={n.id} className="border-l-2 border-slate-300 pl-3 leading-snug">
                <span className="text-xs font-semibold uppercase tracking-wide text-slate-600">
                  {NOTE_KIND[n.kind] ?? n.kind}
                </span>{' '}
                <span className="font-semibold">{n.title}.</span> {n.text}
                <InlineSources ids={n.sourceIds} sources={sources} />
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3">
          <Link href={data.condition.conditionUrl} className="inline-flex items-center gap-1 font-semibold">
            {data.condition.name}: condition page <ArrowRightIcon />
          </Link>
        </p>
        <AnswerProvenance data={data} />
      </section>

      <ContentReport data={data} />
    </div>
  );
}

/**
 * Caveats every suggestion carries, once, above the cards, each with its sources. Warnings are in view; the general
 * information (true of every product) is one click away, as it was on each card.
 */
function SharedCaveats({
  caveats,
  sources,
}: {
  caveats: readonly CaveatOut[];
  sources: ReadonlyMap<string, SourceOut>;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  if (!caveats.length) return null;
  const primary = caveats.filter((c) => c.severity !== 'info');
  const more = caveats.filter((c) => c.severity === 'info');
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-lg border border-slate-300 bg-white p-4"
      data-testid="shared-caveats"
    >
      <h4 id={`${id}-heading`} className="text-sm font-semibold text-slate-900">
        Applies to all suggestions
      </h4>
      {primary.length > 0 && (
        <div className="mt-2">
          <CaveatList caveats={primary} sources={sources} label="Caveats for all suggestions" />
        </div>
      )}
      {more.length > 0 && (
        <>
          <button
            type="button"
            aria-expanded={open}
            aria-controls={`${id}-more`}
            onClick={() => setOpen((v) => !v)}
            className="mt-1.5 inline-flex items-center gap-1 rounded px-1 text-sm text-brand-700 hover:underline"
          >
            <ChevronDownIcon className={`size-4 ${open ? 'rotate-180' : ''}`} />
            {open
              ? 'Fewer caveats'
              : `${more.length} ${primary.length ? 'more ' : ''}general ${more.length === 1 ? 'caveat' : 'caveats'}`}
          </button>
          <div id={`${id}-more`} hidden={!open} className="mt-1.5">
            <CaveatList caveats={more} sources={sources} label="General caveats for all suggestions" />
          </div>
        </>
      )}
    </section>
  );
}

/** The input as the API echoed it, so the clinician sees what was answered (e.g. "8 months", not "0 years"). */
function AnsweredFor({
  data,
  regimenNames,
  factorNames,
}: {
  data: RecommendationOut;
  regimenNames: ReadonlyMap<string, string>;
  factorNames: ReadonlyMap<string, string>;
}) {
  const { regimen, factors, age, ageMonths } = data.input;
  const ageText =
    ageMonths !== null && ageMonths !== undefined
      ? `${ageMonths} ${ageMonths === 1 ? 'month' : 'months'} old`
      : age !== null
        ? `${age} ${age === 1 ? 'year' : 'years'} old`
        : 'age not given';
  const parts = [
    ageText,
    factors.length ? factors.map((id) => factorNames.get(id) ?? id).join(', ') : 'no factors ticked',
    regimen.length ? `on ${regimen.map((id) => drugName(regimenNames, id)).join(', ')}` : 'no current treatment ticked',
  ];
  return (
    <p className="-mt-3 text-sm text-slate-700" data-testid="answered-for">
      <span className="font-semibold">Answered for:</span> {parts.join(' · ')}
    </p>
  );
}

const REVIEW_BORDER: Record<AlertOut['severity'], string> = {
  critical: 'border-red-500',
  warning: 'border-amber-500',
  info: 'border-sky-400',
};

const drugName = (names: ReadonlyMap<string, string>, id: string) =>
  names.get(id) ?? id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/**
 * Alerts about the patient's current treatment, above everything else and each under the drug it concerns. The
 * heading tells the doctor to review the treatment when the engine says so (`regimenUnderReview`).
 */
function RegimenReview({
  alerts,
  underReview,
  regimenNames,
  sources,
}: {
  alerts: readonly AlertOut[];
  underReview: boolean;
  regimenNames: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, SourceOut>;
}) {
  const sorted = bySeverity(alerts);
  const worst = sorted[0]?.severity ?? 'warning';
  const drugs = [...new Set(sorted.flatMap((a) => a.regimenIds))].map((id) => drugName(regimenNames, id));
  const item = (a: AlertOut) => (
    <>
      <p className="text-sm font-semibold">{a.regimenIds.map((id) => drugName(regimenNames, id)).join(', ')}</p>
      <p className="text-sm leading-snug">
        <SeverityLabel severity={a.severity} /> {a.text}
        <InlineSources ids={a.sourceIds} sources={sources} />
      </p>
    </>
  );
  const box = (a: AlertOut) =>
    `rounded-md border-l-4 border px-3 py-2 ${SEVERITY_STYLE[a.severity].box} ${SEVERITY_STYLE[a.severity].text}`;
  return (
    <section
      aria-labelledby="regimen-review-heading"
      className={`rounded-lg border-2 bg-white p-4 ${REVIEW_BORDER[worst]} ${SEVERITY_STYLE[worst].text}`}
      data-testid="regimen-review"
    >
      <h3 id="regimen-review-heading" className="flex items-start gap-2 text-base font-semibold">
        <TriangleAlertIcon className="mt-0.5 size-5 shrink-0" />
        <span>
          {underReview ? 'Review the current treatment: an alert concerns it' : 'About the current treatment'}
          {drugs.length > 0 && <span className="font-normal"> ({drugs.join(', ')})</span>}
        </span>
      </h3>
      {sorted.length > 0 && (
        <ul aria-label="Alerts about the current treatment" className="mt-2 space-y-2">
          {sorted.map((a) => (
            <li key={a.code} className={box(a)} data-severity={a.severity} data-code={a.code}>
              {/* Critical ones are announced, like the other critical alerts. */}
              {a.severity === 'critical' ? <div role="alert">{item(a)}</div> : item(a)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function handoutMessage(error: unknown): Problem {
  if (error instanceof ProblemError) {
    if (error.status === 404 || error.status === 405) {
      return { status: error.status, title: 'Not available', detail: 'Handouts are not available yet.', errors: [] };
    }
    return error;
  }
  return { status: 0, title: 'Failed', detail: 'The handout could not be created. Try again.', errors: [] };
}

/** Bounds of the clinic fields (the API checks the same, and what the characters may be). */
const CLINIC_NAME_MAX = 80;
const CLINIC_PHONE_MAX = 30;

function HandoutBar({ data, suggestionIds }: { data: RecommendationOut; suggestionIds: string[] }) {
  const router = useRouter();
  const [clinicName, setClinicName] = useState('');
  const [clinicPhone, setClinicPhone] = useState('');
  const mutation = useMutation({
    mutationFn: createHandout,
    onSuccess: (created) => {
      rememberHandout(data.input, created.url);
      router.push(created.url);
    },
  });
  // Every answer has a handout: with nothing ticked (or nothing offered) it says why no product is suggested.
  const nothingChosen = suggestionIds.length === 0;
  const problem = mutation.isError ? handoutMessage(mutation.error) : null;
  const fieldError = (path: string) => problem?.errors.find((e) => e.path === path)?.message;
  const nameError = fieldError('clinic.name');
  const phoneError = fieldError('clinic.phone');
  const clinic =
    clinicName.trim() || clinicPhone.trim()
      ? { name: clinicName.trim() || null, phone: clinicPhone.trim() || null }
      : undefined;

  return (
    <section aria-labelledby="handout-heading" className="no-print rounded-lg border border-slate-300 bg-white p-4">
      <h3 id="handout-heading" className="font-semibold">
        Patient handout
      </h3>
      <p className="text-sm text-slate-700" id="handout-hint">
        {data.suggestions.length === 0
          ? 'A plain-language handout that says why no product is suggested.'
          : nothingChosen
            ? 'No suggestion ticked: the handout says why no product is suggested.'
            : `${suggestionIds.length} of ${data.suggestions.length} ${data.suggestions.length === 1 ? 'suggestion' : 'suggestions'} included.`}{' '}
        No patient name or record number is stored.
      </p>
      <fieldset className="mt-2 flex flex-wrap items-end gap-3" aria-describedby="clinic-hint">
        <legend className="sr-only">Clinic details for the handout (optional)</legend>
        <label className="flex min-w-[12rem] flex-1 flex-col text-sm">
          <span className="font-medium">Clinic name (optional)</span>
          <input
            type="text"
            name="clinic-name"
            value={clinicName}
            maxLength={CLINIC_NAME_MAX}
            autoComplete="organization"
            aria-invalid={nameError ? true : undefined}
            onChange={(e) => setClinicName(e.target.value)}
            className="mt-0.5 rounded-md border border-slate-400 px-2 py-1.5"
          />
        </label>
        <label className="flex min-w-[10rem] flex-col text-sm">
          <span className="font-medium">Clinic phone (optional)</span>
          <input
            type="tel"
            name="clinic-phone"
            value={clinicPhone}
            maxLength={CLINIC_PHONE_MAX}
            inputMode="tel"
            autoComplete="off"
            aria-invalid={phoneError ? true : undefined}
            onChange={(e) => setClinicPhone(e.target.value)}
            className="mt-0.5 rounded-md border border-slate-400 px-2 py-1.5"
          />
        </label>
        <button
          type="button"
          disabled={mutation.isPending}
          aria-describedby="handout-hint"
          onClick={() =>
            mutation.mutate({
              condition: data.input.condition,
              regimen: data.input.regimen,
              factors: data.input.factors,
              ...(data.input.ageMonths !== null ? { ageMonths: data.input.ageMonths } : { age: data.input.age }),
              suggestionIds,
              ...(clinic ? { clinic } : {}),
            })
          }
          className="inline-flex items-center gap-2 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-slate-400"
        >
          <PrinterIcon />
          {mutation.isPending ? 'Preparing handout…' : 'Print handout'}
        </button>
      </fieldset>
      <p id="clinic-hint" className="mt-1 text-xs text-slate-600">
        Printed under &ldquo;When to call&rdquo;: your clinic&apos;s details only, never the patient&apos;s.
      </p>
      <div role="status" className="mt-2 text-sm">
        {problem && (
          <div className="flex items-start gap-1.5 font-medium text-red-800">
            <TriangleAlertIcon className="mt-0.5 size-4 shrink-0" />
            <div>
              {problem.detail}
              {problem.errors.length > 0 && (
                <ul className="mt-1 list-disc pl-5 font-normal">
                  {problem.errors.map((e, i) => (
                    <li key={i}>{e.message}</li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

const FIELD_WORD: Record<string, string> = {
  condition: 'Condition',
  regimen: 'Regimen',
  factors: 'Patient factors',
  age: 'Age',
  ageMonths: 'Age in months',
};

/** An API error in words: what is wrong with which choice, and a way out. */
export function ProblemPanel({ problem, onClearInvalid }: { problem: Problem; onClearInvalid?: () => void }) {
  const listed = problem.errors.length > 0 && problem.errors.every((e) => problem.detail.includes(e.message));
  return (
    <section
      aria-labelledby="problem-heading"
      className="rounded-lg border-2 border-red-300 bg-red-50 p-4 text-red-950"
      data-testid="problem"
    >
      <h2 id="problem-heading" className="flex items-center gap-2 text-lg font-semibold">
        <TriangleAlertIcon className="size-5 shrink-0" />
        {problem.status >= 400 && problem.status < 500
          ? 'These choices cannot be answered yet'
          : 'The answer could not be loaded'}
      </h2>
      {listed ? (
        <ul className="mt-2 space-y-1">
          {problem.errors.map((e, i) => (
            <li
              key={i}
              id={problem.errors.findIndex((x) => x.path === e.path) === i ? `problem-${e.path}` : undefined}
              className="break-words"
            >
              <span className="font-semibold">{FIELD_WORD[e.path] ?? e.path}:</span> {e.message}
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p className="mt-2 break-words">{problem.detail}</p>
          {problem.errors.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {problem.errors.map((e, i) => (
                <li
                  key={i}
                  id={problem.errors.findIndex((x) => x.path === e.path) === i ? `problem-${e.path}` : undefined}
                  className="break-words"
                >
                  {e.message}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {problem.status >= 400 && problem.status < 500 ? (
        <p className="mt-3 text-sm">
          Change the choices on the left{onClearInvalid ? ', or ' : '.'}
          {onClearInvalid && (
            <button
              type="button"
              onClick={onClearInvalid}
              className="rounded font-semibold text-red-900 underline underline-offset-2"
            >
              remove the choices that do not fit
            </button>
          )}
          {onClearInvalid && '.'}
        </p>
      ) : (
        <p className="mt-3 text-sm">Nothing was changed. Try again in a moment.</p>
      )}
    </section>
  );
}

export interface Example {
  label: string;
  href: string;
}

export function EmptyState({
  examples,
  onExample,
}: {
  examples: readonly Example[];
  onExample: (href: string) => void;
}) {
  return (
    <section aria-labelledby="empty-heading" className="rounded-lg border border-dashed border-slate-400 bg-white p-5">
      <h2 id="empty-heading" className="flex items-center gap-2 text-lg font-semibold">
        <InfoIcon className="size-5 text-brand-700" />
        Choose a condition to see graded adjuncts
      </h2>
      <p className="mt-1 text-slate-700">
        Then tick the current regimen and any patient factors. The answer updates as you go, and the address bar keeps
        the choices so you can share or bookmark them (no patient identifiers).
      </p>
      <p className="mt-3 text-sm font-semibold text-slate-700">Or start from an example:</p>
      <ul className="mt-1 space-y-1">
        {examples.map((e) => (
          <li key={e.href}>
            <Link
              href={e.href}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                onExample(e.href);
              }}
            >
              {e.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
