'use client';

/** Patient factors (ticked = present; not ticked = taken as absent) and age in whole years. */
import { useId, useState } from 'react';
import { ChevronDownIcon } from '@/components/icons';
import type { Catalogue } from '@/lib/workspace/catalogue';
import { useCheckboxKeys } from './use-checkbox-keys';

interface Props {
  factors: Catalogue['factors'];
  value: readonly string[];
  onToggle: (id: string, on: boolean) => void;
  age: string;
  onAgeChange: (age: string) => void;
  ageError?: string;
}

export function FactorPicker({ factors, value, onToggle, age, onAgeChange, ageError }: Props) {
  const id = useId();
  const [showMeanings, setShowMeanings] = useState(false);
  const onKeyDown = useCheckboxKeys();
  const chosen = new Set(value);
  return (
    <div className="space-y-4">
      <fieldset className="min-w-0">
        <legend className="font-semibold text-slate-900">Patient factors</legend>
        <p className="text-sm text-slate-600" id={`${id}-hint`}>
          Tick what applies. Anything not ticked is taken as absent.
        </p>
        {/* Letters and arrows jump between the boxes (see useCheckboxKeys); each box stays natively operable. */}
        <ul onKeyDown={onKeyDown} className="mt-1 grid grid-cols-1 gap-x-3 gap-y-0.5 sm:grid-cols-2 lg:grid-cols-1">
          {factors.map((f) => (
            <li key={f.id} className="min-w-0">
              <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-1 hover:bg-slate-100">
                <input
                  type="checkbox"
                  name="factors"
                  value={f.id}
                  checked={chosen.has(f.id)}
                  onChange={(e) => onToggle(f.id, e.target.checked)}
                  aria-describedby={`${id}-${f.id}`}
                  className="mt-0.5 size-4 shrink-0 accent-brand-700"
                />
                <span className="min-w-0 leading-snug">{f.name}</span>
              </label>
              <span id={`${id}-${f.id}`} className="sr-only">
                {f.description}
              </span>
            </li>
          ))}
        </ul>
        <button
          type="button"
          aria-expanded={showMeanings}
          aria-controls={`${id}-meanings`}
          onClick={() => setShowMeanings((v) => !v)}
          className="mt-1 inline-flex items-center gap-1 rounded px-1 text-sm text-brand-700 hover:underline"
        >
          <ChevronDownIcon className={`size-4 ${showMeanings ? 'rotate-180' : ''}`} />
          What each factor means
        </button>
        <dl
          id={`${id}-meanings`}
          hidden={!showMeanings}
          className="mt-1 space-y-1 rounded border border-slate-200 bg-white p-2 text-sm"
        >
          {factors.map((f) => (
            <div key={f.id}>
              <dt className="inline font-semibold">{f.name}: </dt>
              <dd className="inline text-slate-700">{f.description}</dd>
            </div>
          ))}
        </dl>
      </fieldset>
      <div>
        <label htmlFor={`${id}-age`} className="block font-semibold text-slate-900">
          Age <span className="font-normal text-slate-600">(years, optional)</span>
        </label>
        <p id={`${id}-age-hint`} className="text-sm text-slate-600">
          Whole years, 0 to 120. Used for infant cautions and the ages studied.
        </p>
        <input
          id={`${id}-age`}
          name="age"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={3}
          value={age}
          onChange={(e) => onAgeChange(e.target.value)}
          aria-invalid={ageError ? true : undefined}
          aria-describedby={[`${id}-age-hint`, ageError ? `${id}-age-error` : ''].filter(Boolean).join(' ')}
          className={`mt-1 w-24 rounded-md border bg-white px-3 py-2 text-base shadow-xs ${ageError ? 'border-red-500' : 'border-slate-400'}`}
        />
        {ageError && (
          <p id={`${id}-age-error`} className="mt-1 text-sm font-medium text-red-800">
            {ageError}
          </p>
        )}
      </div>
    </div>
  );
}
