'use client';

/**
 * Tools on the answer for the record: "Copy to note" (the same text as GET /api/v1/recommendations with
 * Accept: text/plain, from lib/workspace/note.ts) and "Print this answer" (the browser prints PrintAnswer, on
 * one or two pages). Never printed themselves.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { CheckIcon, PrinterIcon } from '@/components/icons';
import type { RecommendationOut } from '@/lib/rules/types';
import { buildNote } from '@/lib/workspace/note';
import { rememberedHandout } from './handout-memory';

interface Props {
  data: RecommendationOut;
  regimenNames: ReadonlyMap<string, string>;
  factorNames: ReadonlyMap<string, string>;
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'fallback'; text: string };

const button =
  'inline-flex items-center gap-1.5 rounded-md border border-brand-600 bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50';

export function AnswerTools({ data, regimenNames, factorNames }: Props) {
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const fallbackId = useId();
  const answerKey = JSON.stringify(data.input) + data.rulesetVersion;

  // A new answer is a new note: the confirmation or the copied text of the last one would mislead.
  const [shownFor, setShownFor] = useState(answerKey);
  if (shownFor !== answerKey) {
    setShownFor(answerKey);
    setCopy({ kind: 'idle' });
  }

  useEffect(() => {
    if (copy.kind !== 'copied') return;
    const t = setTimeout(() => setCopy({ kind: 'idle' }), 4000);
    return () => clearTimeout(t);
  }, [copy]);

  useEffect(() => {
    if (copy.kind === 'fallback') fallbackRef.current?.select();
  }, [copy]);

  async function copyToNote() {
    const text = buildNote(
      data,
      { regimen: regimenNames, factors: factorNames },
      { handoutUrl: rememberedHandout(data.input) },
    );
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopy({ kind: 'copied' });
    } catch {
      // Clipboard denied (permissions, an embedding frame, an old browser): the text to select and copy by hand.
      setCopy({ kind: 'fallback', text });
    }
  }

  return (
    <div className="no-print space-y-2" data-testid="answer-tools">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={() => void copyToNote()} className={button}>
          Copy to note
        </button>
        <button type="button" onClick={() => window.print()} className={button}>
          <PrinterIcon />
          Print this answer
        </button>
        <span className="text-xs text-slate-600">Knowledge base last reviewed {data.knowledgeBase.lastReviewed}</span>
        <p aria-live="polite" role="status" className="text-sm font-medium text-brand-800">
          {copy.kind === 'copied' && (
            <span className="inline-flex items-center gap-1">
              <CheckIcon className="size-4" /> Copied: paste it into the record.
            </span>
          )}
          {copy.kind === 'fallback' && 'Copying was not allowed here: select the text below and copy it.'}
        </p>
      </div>
      {copy.kind === 'fallback' && (
        <div>
          <label htmlFor={fallbackId} className="block text-sm font-semibold text-slate-800">
            Note for the record (select all and copy: Ctrl+C, or ⌘C on a Mac)
          </label>
          <textarea
            id={fallbackId}
            ref={fallbackRef}
            readOnly
            value={copy.text}
            rows={12}
            className="mt-1 w-full rounded-md border border-slate-400 bg-white p-2 font-mono text-xs text-slate-900"
            data-testid="note-fallback"
          />
          <button
            type="button"
            onClick={() => setCopy({ kind: 'idle' })}
            className="mt-1 text-sm text-brand-700 underline"
          >
            Close
          </button>
        </div>
      )}
    </div>
  );
}

/** Which ruleset and knowledge-base release the answer comes from, and when its content was last reviewed. */
export function AnswerProvenance({ data }: { data: RecommendationOut }) {
  const kb = data.knowledgeBase;
  return (
    <p className="mt-2 text-xs text-slate-600" data-testid="provenance">
      Ruleset {data.rulesetVersion}, released {kb.releaseDate} · Knowledge base last reviewed{' '}
      <span data-testid="kb-last-reviewed">{kb.lastReviewed}</span>
    </p>
  );
}
