'use client';

/**
 * The condition picker: an editable combobox with a listbox popup and list autocomplete (WAI-ARIA APG pattern).
 * Typing filters by name, abbreviation, other name, id or ICD-10 code (lib/workspace/search.ts) and highlights the
 * first match, so "psor" + Enter picks psoriasis and "AD" + Enter atopic dermatitis.
 * Arrow keys move, Enter picks, Escape closes (a second Escape restores the chosen name), Tab leaves.
 */
import { useEffect, useId, useMemo, useState, type Ref } from 'react';
import { CheckIcon, ChevronDownIcon } from '@/components/icons';
import type { CatalogueCondition } from '@/lib/workspace/catalogue';
import { searchConditions } from '@/lib/workspace/search';

interface Props {
  conditions: readonly CatalogueCondition[];
  value: string;
  onChange: (id: string) => void;
  inputRef: Ref<HTMLInputElement>;
  invalid?: boolean;
  describedBy?: string;
}

const matches = (conditions: readonly CatalogueCondition[], text: string) => searchConditions(conditions, text);

export function ConditionCombobox({ conditions, value, onChange, inputRef, invalid, describedBy }: Props) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const optionId = (conditionId: string) => `${id}-opt-${conditionId}`;

  const selected = conditions.find((c) => c.id === value);
  /** What the user has typed since the last pick; null shows the chosen condition's name. */
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const text = typed ?? selected?.name ?? '';
  const options = useMemo(() => (typed === null ? [...conditions] : matches(conditions, typed)), [conditions, typed]);
  const activeOption = open && active >= 0 ? options[active] : undefined;

  useEffect(() => {
    if (activeOption) document.getElementById(optionId(activeOption.id))?.scrollIntoView({ block: 'nearest' });
    // optionId only depends on the stable useId value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeOption]);

  const pick = (c: CatalogueCondition) => {
    setTyped(null);
    setOpen(false);
    setActive(-1);
    if (c.id !== value) onChange(c.id);
  };

  const openList = (highlight: 'selected' | 'first' | 'last') => {
    setOpen(true);
    const index =
      highlight === 'selected'
        ? options.findIndex((c) => c.id === value)
        : highlight === 'first'
          ? 0
          : options.length - 1;
    setActive(options.length ? Math.max(index, 0) : -1);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open || e.altKey) openList(e.altKey ? 'selected' : active < 0 ? 'selected' : 'first');
        else setActive((i) => (options.length ? (i + 1) % options.length : -1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) openList('last');
        else setActive((i) => (options.length ? (i <= 0 ? options.length - 1 : i - 1) : -1));
        break;
      case 'Enter': {
        const choice = open ? (options[active] ?? (options.length === 1 ? options[0] : undefined)) : undefined;
        if (choice) {
          e.preventDefault();
          pick(choice);
        }
        break;
      }
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (typed !== null) {
          e.preventDefault();
          setTyped(null);
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  return (
    <div className="relative">
      <label htmlFor={inputId} className="block font-semibold text-slate-900">
        Condition
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        Type to search, or press{' '}
        <kbd className="rounded border border-slate-300 bg-white px-1 font-mono text-xs">/</kbd> from anywhere.
      </p>
      <div className="relative mt-1">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? optionId(activeOption.id) : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(' ')}
          aria-keyshortcuts="/"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          placeholder="e.g. psoriasis, acne, L40"
          value={text}
          onChange={(e) => {
            const next = e.target.value;
            setTyped(next);
            setOpen(true);
            setActive(next.trim() && matches(conditions, next).length ? 0 : -1);
          }}
          onClick={() => {
            if (!open) openList('selected');
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
            setTyped(null);
          }}
          className={`w-full rounded-md border bg-white py-2 pl-3 pr-10 text-base shadow-xs ${invalid ? 'border-red-500' : 'border-slate-400'}`}
        />
        <button
          type="button"
          tabIndex={-1}
          aria-label="Show all conditions"
          aria-controls={listId}
          aria-expanded={open}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            const input = document.getElementById(inputId);
            input?.focus();
            if (open) setOpen(false);
            else {
              setTyped(null);
              setOpen(true);
              setActive(
                Math.max(
                  conditions.findIndex((c) => c.id === value),
                  0,
                ),
              );
            }
          }}
          className="absolute inset-y-0 right-0 flex w-10 items-center justify-center rounded-r-md text-slate-600 hover:bg-slate-100"
        >
          <ChevronDownIcon className={`size-5 ${open ? 'rotate-180' : ''}`} />
        </button>
        <ul
          id={listId}
          role="listbox"
          aria-label="Conditions"
          hidden={!open}
          className="absolute z-20 mt-1 max-h-80 w-full overflow-y-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
        >
          {options.map((c, i) => (
            <li
              key={c.id}
              id={optionId(c.id)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => pick(c)}
              className={`flex cursor-pointer items-start gap-2 px-3 py-2 text-base ${i === active ? 'bg-brand-100 text-brand-900' : 'text-slate-900'}`}
            >
              <span className="mt-1 w-4 shrink-0">{c.id === value && <CheckIcon />}</span>
              <span className="min-w-0">
                <span className="block">{c.name}</span>
                <span className="block text-xs text-slate-600">
                  {c.question === 'prevention' ? 'Prevention · ' : ''}ICD-10 {c.icd10.slice(0, 2).join(', ')}
                  {c.icd10.length > 2 ? ', …' : ''}
                </span>
              </span>
            </li>
          ))}
        </ul>
        {open && options.length === 0 && (
          <p className="absolute z-20 mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 shadow-lg">
            No condition matches &ldquo;{typed}&rdquo;. We cover: {conditions.map((c) => c.name).join('; ')}.
          </p>
        )}
      </div>
      <p role="status" className="sr-only">
        {open ? `${options.length} ${options.length === 1 ? 'condition' : 'conditions'} match.` : ''}
      </p>
    </div>
  );
}
