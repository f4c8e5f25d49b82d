'use client';

/**
 * The current regimen: a quick-add field (type "mtx", "bpo", a brand or a class, Enter) and the condition's options
 * as checkboxes grouped by route. Both show and change the one value, so a chip and its box always agree.
 * Keyboard: each group is one Tab stop (roving tabindex); ↑/↓ and letters move between boxes; Space ticks.
 */
import { useMemo } from 'react';
import type { CatalogueCondition, CatalogueRegimenOption } from '@/lib/workspace/catalogue';
import { regimenEntry } from '@/lib/workspace/quick-add';
import { QuickAdd } from './quick-add';
import { useCheckboxKeys, useRovingGroups } from './use-checkbox-keys';

interface Props {
  condition: CatalogueCondition | undefined;
  value: readonly string[];
  onToggle: (id: string, on: boolean) => void;
  /** Every condition's regimen options, so a drug typed that is not listed for this condition is said to be so. */
  allOptions?: readonly CatalogueRegimenOption[];
}

const GROUPS = [
  { key: 'topical', legend: 'Topical treatment', routes: ['topical'] },
  { key: 'systemic', legend: 'Oral or injected co-therapy', routes: ['oral', 'injection'] },
] as const;

export function RegimenPicker({ condition, value, onToggle, allOptions = [] }: Props) {
  const onKeyDown = useCheckboxKeys();
  const roving = useRovingGroups();
  const entries = useMemo(() => (condition?.regimenOptions ?? []).map(regimenEntry), [condition]);
  const elsewhere = useMemo(() => {
    const here = new Set(entries.map((e) => e.id));
    const seen = new Set<string>();
    return allOptions.filter((o) => !here.has(o.id) && !seen.has(o.id) && seen.add(o.id)).map(regimenEntry);
  }, [allOptions, entries]);
  if (!condition) {
    return (
      <fieldset className="min-w-0" disabled aria-describedby="regimen-empty">
        <legend className="font-semibold text-slate-900">Current regimen</legend>
        <p id="regimen-empty" className="mt-1 text-sm text-slate-600">
          Choose a condition first; its topical treatments and co-therapies appear here.
        </p>
      </fieldset>
    );
  }
  const chosen = new Set(value);
  // Examples for the field, from this condition's own terms (abbreviations first, then brands).
  const examples = [
    ...condition.regimenOptions.flatMap((r) => r.terms.abbreviations),
    ...condition.regimenOptions.flatMap((r) => r.terms.brands),
  ].slice(0, 3);
  return (
    // Key handling is delegated to the group; each checkbox stays natively focusable and operable.
    <fieldset
      className="min-w-0 space-y-3"
      onKeyDown={onKeyDown}
      onFocus={roving.onFocus}
      aria-describedby="regimen-keys"
    >
      <legend className="font-semibold text-slate-900">
        Current regimen <span className="font-normal text-slate-600">(tick all that apply)</span>
      </legend>
      <QuickAdd
        label="Add to the regimen"
        entries={entries}
        elsewhere={elsewhere}
        listName={`the regimen list for ${condition.name}`}
        value={value}
        onAdd={(id) => onToggle(id, true)}
        onRemove={(id) => onToggle(id, false)}
        placeholder={examples.length ? `e.g. ${examples.join(', ')}` : undefined}
        testId="regimen-quick-add"
      />
      <p id="regimen-keys" className="text-sm text-slate-600">
        Keyboard: Tab moves between groups, ↑ ↓ or a letter within, Space ticks.
      </p>
      {GROUPS.map((group) => {
        const options = condition.regimenOptions.filter((r) => (group.routes as readonly string[]).includes(r.route));
        if (!options.length) return null;
        const ids = options.map((r) => r.id);
        return (
          <fieldset key={group.key} className="min-w-0">
            <legend className="text-sm font-semibold uppercase tracking-wide text-slate-700">{group.legend}</legend>
            <ul className="mt-1 space-y-0.5">
              {options.map((r) => (
                <li key={r.id}>
                  <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-1 hover:bg-slate-100">
                    <input
                      type="checkbox"
                      name="regimen"
                      value={r.id}
                      checked={chosen.has(r.id)}
                      onChange={(e) => onToggle(r.id, e.target.checked)}
                      tabIndex={roving.tabIndex(group.key, r.id, ids)}
                      data-roving-group={group.key}
                      className="mt-0.5 size-4 shrink-0 accent-brand-700"
                    />
                    <span className="min-w-0 leading-snug">
                      {r.name}
                      {r.route === 'injection' && <span className="text-slate-600"> · injected</span>}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
