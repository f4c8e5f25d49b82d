'use client';

/**
 * "Report a problem with this content", under the answer: what it is about (the answer or one suggestion), what kind
 * of problem, and what is wrong, sent to POST /api/v1/content-reports for the content team. It takes no patient
 * details: the form says so, bounds the text, and warns as soon as the text looks like it holds one (the API refuses
 * the same texts).
 */
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { CheckIcon, TriangleAlertIcon } from '@/components/icons';
import {
  CONTENT_REPORT_CATEGORIES,
  CONTENT_REPORT_CATEGORY_LABEL,
  CONTENT_REPORT_TEXT_MAX,
  CONTENT_REPORT_TEXT_MIN,
  type ContentReportCategory,
  patientDetailsIn,
} from '@/lib/api/content-report-text';
import { networkProblem, ProblemError, problemFromResponse } from '@/lib/query/problem';
import type { RecommendationOut } from '@/lib/rules/types';

interface ReportBody {
  rulesetVersion: string;
  condition: string;
  suggestionId: string | null;
  category: ContentReportCategory;
  text: string;
}

async function sendReport(body: ReportBody): Promise<{ id: string }> {
  let res: Response;
  try {
    res = await fetch('/api/v1/content-reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw networkProblem();
  }
  if (!res.ok) throw await problemFromResponse(res);
  return (await res.json()) as { id: string };
}

const WHOLE = '';

export function ContentReport({ data }: { data: RecommendationOut }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [about, setAbout] = useState(WHOLE);
  const [category, setCategory] = useState<ContentReportCategory>('grade');
  const [text, setText] = useState('');
  const mutation = useMutation({ mutationFn: sendReport });

  // A report names a suggestion of the answer on screen; after the answer changes, the choice may not exist.
  const aboutId = data.suggestions.some((s) => s.id === about) ? about : WHOLE;
  const identifier = patientDetailsIn(text);
  const tooShort = text.trim().length < CONTENT_REPORT_TEXT_MIN;
  const problem = mutation.error instanceof ProblemError ? mutation.error : mutation.isError ? networkProblem() : null;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (identifier || tooShort || mutation.isPending) return;
    mutation.mutate({
      rulesetVersion: data.rulesetVersion,
      condition: data.input.condition,
      suggestionId: aboutId || null,
      category,
      text: text.trim(),
    });
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="no-print rounded-lg border border-slate-300 bg-white p-4">
      <h3 id={`${id}-heading`} className="text-base font-semibold">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-form`}
          onClick={() => setOpen((v) => !v)}
          className="rounded text-left text-brand-800 hover:underline"
        >
          Report a problem with this content
        </button>
      </h3>
      <div id={`${id}-form`} hidden={!open}>
        {mutation.isSuccess ? (
          <div className="mt-2 space-y-2">
            <p role="status" className="flex items-center gap-1.5 font-medium text-brand-800">
              <CheckIcon className="size-4" /> Thank you: the content team will review it.
            </p>
            <button
              type="button"
              onClick={() => {
                mutation.reset();
                setText('');
              }}
              className="text-sm text-brand-700 underline"
            >
              Report another problem
            </button>
          </div>
        ) : (
          <form onSubmit={submit} className="mt-2 space-y-3 text-sm" noValidate>
            <p id={`${id}-privacy`} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
              <strong>About the content only.</strong> Do not write anything about the patient (no name, dates, record
              or phone numbers, or story). The report is stored with the ruleset version {data.rulesetVersion} and what
              it is about, and is read by the content team.
            </p>
            <div className="flex flex-wrap gap-3">
              <label className="flex min-w-[14rem] flex-1 flex-col">
                <span className="font-medium">About</span>
                <select
                  value={aboutId}
                  onChange={(e) => setAbout(e.target.value)}
                  className="mt-0.5 rounded-md border border-slate-400 bg-white px-2 py-1.5"
                >
                  <option value={WHOLE}>The answer as a whole ({data.condition.name})</option>
                  {data.suggestions.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.adjunct.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex min-w-[14rem] flex-1 flex-col">
                <span className="font-medium">Problem</span>
                <select
                  value={category}
                  onChange={(e) => setCategory(e.target.value as ContentReportCategory)}
                  className="mt-0.5 rounded-md border border-slate-400 bg-white px-2 py-1.5"
                >
                  {CONTENT_REPORT_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {CONTENT_REPORT_CATEGORY_LABEL[c]}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <label className="flex flex-col">
              <span className="font-medium">What is wrong</span>
              <textarea
                value={text}
                onChange={(e) => setText(e.target.value)}
                maxLength={CONTENT_REPORT_TEXT_MAX}
                rows={4}
                aria-describedby={`${id}-privacy ${id}-count${identifier ? ` ${id}-identifier` : ''}`}
                aria-invalid={identifier ? true : undefined}
                className="mt-0.5 rounded-md border border-slate-400 px-2 py-1.5"
              />
            </label>
            <p id={`${id}-count`} className="-mt-2 text-xs text-slate-600">
              {text.length} of {CONTENT_REPORT_TEXT_MAX} characters
              {tooShort ? ` (at least ${CONTENT_REPORT_TEXT_MIN})` : ''}. A source&apos;s DOI, PMID or link is welcome.
            </p>
            {identifier && (
              <p id={`${id}-identifier`} className="flex items-start gap-1.5 font-medium text-red-800">
                <TriangleAlertIcon className="mt-0.5 size-4 shrink-0" />
                This looks like it holds {identifier}. Take out anything about the patient before sending.
              </p>
            )}
            <div className="flex flex-wrap items-center gap-3">
              <button
                type="submit"
                disabled={mutation.isPending || Boolean(identifier) || tooShort}
                className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-slate-400"
              >
                {mutation.isPending ? 'Sending…' : 'Send the report'}
              </button>
              <div role="status">
                {problem && (
                  <span className="font-medium text-red-800">
                    {problem.errors.length ? problem.errors.map((e) => e.message).join(' ') : problem.detail}
                  </span>
                )}
              </div>
            </div>
          </form>
        )}
      </div>
    </section>
  );
}
