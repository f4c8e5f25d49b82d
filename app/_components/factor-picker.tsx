'use client';

/**
 * Age in whole years or, under 2 years, in months; then patient factors (ticked = present; not ticked = taken as
 * absent): a quick-add field ("cmpa", "pregnant", Enter) and the boxes, grouped by what they do to the advice, each
 * group one Tab stop.
 */
import { useId, useMemo, useState } from 'react';
import { ChevronDownIcon, TriangleAlertIcon } from '@/components/icons';
import { FACTOR_GROUPS, type Catalogue } from '@/lib/workspace/catalogue';
import { MAX_AGE_MONTHS } from '@/lib/workspace/state';
import { factorEntry } from '@/lib/workspace/quick-add';
import { QuickAdd } from './quick-add';
import { useCheckboxKeys, useRovingGroups } from './use-checkbox-keys';

export type AgeUnit = 'years' | 'months';

interface Props {
  factors: Catalogue['factors'];
  value: readonly string[];
  onToggle: (id: string, on: boolean) => void;
  /** The age as typed, in `ageUnit`. */
  age: string;
  /** The unit the URL holds the age in; null when no age is given (the picker then keeps the unit last chosen). */
  ageUnit: AgeUnit | null;
  onAgeChange: (age: string, unit: AgeUnit) => void;
  /** The API's messages about the age (`age` or `ageMonths`). */
  ageErrors?: readonly string[];
  /** The API's messages about the factors (unknown ids, or factors that cannot hold at this age or together). */
  factorErrors?: readonly string[];
}

function FieldErrors({ id, testId, messages }: { id: string; testId: string; messages: readonly string[] }) {
  if (!messages.length) return null;
  return (
    <div id={id} className="mt-1 space-y-0.5 text-sm font-medium text-red-800" data-testid={testId}>
      {messages.map((m, i) => (
        <p key={i} className="flex items-start gap-1.5 break-words">
          <TriangleAlertIcon className="mt-0.5 size-4 shrink-0" />
          <span>{m}</span>
        </p>
      ))}
    </div>
  );
}

export function FactorPicker({
  factors,
  value,
  onToggle,
  age,
  ageUnit,
  onAgeChange,
  ageErrors = [],
  factorErrors = [],
}: Props) {
  const id = useId();
  const [showMeanings, setShowMeanings] = useState(false);
  // The unit last in use, kept while the field is empty (the URL then holds no unit).
  const [chosenUnit, setChosenUnit] = useState<AgeUnit>(ageUnit ?? 'years');
  if (ageUnit !== null && ageUnit !== chosenUnit) setChosenUnit(ageUnit);
  const unit = ageUnit ?? chosenUnit;
  const onKeyDown = useCheckboxKeys();
  const roving = useRovingGroups();
  const entries = useMemo(() => factors.map(factorEntry), [factors]);
  const chosen = new Set(value);
  const ageInvalid = ageErrors.length > 0;
  const factorsInvalid = factorErrors.length > 0;
  const groups = FACTOR_GROUPS.map((g) => ({ ...g, factors: factors.filter((f) => f.group === g.id) })).filter(
    (g) => g.factors.length > 0,
  );
  return (
    <div className="space-y-4">
      {/* Age first: nearly every answer needs it, and it is then three Tab presses from the regimen field. */}
      <div>
        <label htmlFor={`${id}-age`} className="block font-semibold text-slate-900">
          Age <span className="font-normal text-slate-600">(optional)</span>
        </label>
        <p id={`${id}-age-hint`} className="text-sm text-slate-600">
          Whole years, 0 to 120; under 2 years you can give months (0 to {MAX_AGE_MONTHS}): pick the unit, or type
          &ldquo;8m&rdquo; or &ldquo;0.7&rdquo;. Used for infant cautions and the ages studied.
        </p>
        <div className="mt-1 flex items-center gap-2">
          <input
            id={`${id}-age`}
            name="age"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={10}
            value={age}
            onChange={(e) => onAgeChange(e.target.value, unit)}
            aria-invalid={ageInvalid || undefined}
            aria-describedby={[`${id}-age-hint`, ageInvalid ? `${id}-age-errors` : ''].filter(Boolean).join(' ')}
            className={`w-24 rounded-md border bg-white px-3 py-2 text-base shadow-xs ${ageInvalid ? 'border-red-500' : 'border-slate-400'}`}
          />
          <select
            aria-label="Age unit"
            name="ageUnit"
            value={unit}
            onChange={(e) => {
              const next = e.target.value === 'months' ? 'months' : 'years';
              setChosenUnit(next);
              // The number stays and is read in the new unit: 8 typed as years by mistake becomes 8 months.
              if (age.trim() !== '') onAgeChange(age, next);
            }}
            className="rounded-md border border-slate-400 bg-white px-2 py-2 text-base shadow-xs"
          >
            <option value="years">years</option>
            <option value="months">months (under 2)</option>
          </select>
        </div>
        <FieldErrors id={`${id}-age-errors`} testId="age-errors" messages={ageErrors} />
      </div>
      <fieldset
        className="min-w-0"
        aria-describedby={[`${id}-hint`, factorsInvalid ? `${id}-factors-errors` : ''].filter(Boolean).join(' ')}
      >
        <legend className="font-semibold text-slate-900">Patient factors</legend>
        <p className="text-sm text-slate-600" id={`${id}-hint`}>
          Tick what applies. Anything not ticked is taken as absent.
        </p>
        <FieldErrors id={`${id}-factors-errors`} testId="factor-errors" messages={factorErrors} />
        <div className="mt-2">
          <QuickAdd
            label="Add a factor"
            entries={entries}
            listName="the patient factors"
            value={value}
            onAdd={(f) => onToggle(f, true)}
            onRemove={(f) => onToggle(f, false)}
            placeholder="e.g. pregnant, CMPA, PKU"
            testId="factor-quick-add"
          />
        </div>
        {/* One Tab stop per group (roving tabindex); letters and arrows move between the boxes (useCheckboxKeys). */}
        <div onKeyDown={onKeyDown} onFocus={roving.onFocus} className="mt-1 space-y-2">
          {groups.map((g) => (
            <div key={g.id} role="group" aria-labelledby={`${id}-group-${g.id}`} className="min-w-0">
              <p id={`${id}-group-${g.id}`} className="text-xs font-semibold uppercase tracking-wide text-slate-700">
                {g.legend}
              </p>
              <ul className="mt-0.5 grid grid-cols-1 gap-x-3 gap-y-0.5 sm:grid-cols-2 lg:grid-cols-1">
                {g.factors.map((f) => (
                  <li key={f.id} className="min-w-0">
                    <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-1 hover:bg-slate-100">
                      <input
                        type="checkbox"
                        name="factors"
                        value={f.id}
                        checked={chosen.has(f.id)}
                        onChange={(e) => onToggle(f.id, e.target.checked)}
                        tabIndex={roving.tabIndex(
                          g.id,
                          f.id,
                          g.factors.map((x) => x.id),
                        )}
                        data-roving-group={g.id}
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
            </div>
          ))}
        </div>
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
    </div>
  );
}
