'use client';

/** The current regimen: a multi-select of the chosen condition's options, grouped by route. */
import type { CatalogueCondition } from '@/lib/workspace/catalogue';
import { useCheckboxKeys } from './use-checkbox-keys';

interface Props {
  condition: CatalogueCondition | undefined;
  value: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}

const GROUPS = [
  { key: 'topical', legend: 'Topical treatment', routes: ['topical'] },
  { key: 'systemic', legend: 'Oral or injected co-therapy', routes: ['oral', 'injection'] },
] as const;

export function RegimenPicker({ condition, value, onToggle }: Props) {
  const onKeyDown = useCheckboxKeys();
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
  return (
    // Key handling is delegated to the group; each checkbox stays natively focusable and operable.
    <fieldset className="min-w-0 space-y-3" onKeyDown={onKeyDown} aria-describedby="regimen-keys">
      <legend className="font-semibold text-slate-900">
        Current regimen <span className="font-normal text-slate-600">(tick all that apply)</span>
      </legend>
      <p id="regimen-keys" className="text-sm text-slate-600">
        Keyboard: type a letter to jump, ↑ ↓ to move, Space to tick.
      </p>
      {GROUPS.map((group) => {
        const options = condition.regimenOptions.filter((r) => (group.routes as readonly string[]).includes(r.route));
        if (!options.length) return null;
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
