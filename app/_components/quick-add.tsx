'use client';

/**
 * Quick-add: type an abbreviation, a name, a brand or a drug class ("mtx", "dox", "bpo", "Differin", "tetracycline",
 * "cmpa") and press Enter to add the best match (lib/workspace/quick-add.ts); ↑/↓ pick another match first.
 * Chips show what is in, in the order it went in; Backspace in the empty field takes out the last one. The chips
 * and the checkbox list are views of one value, so ticking either way shows in both. Text that matches nothing is
 * said beside the field (role=status), never silently dropped.
 * An editable combobox with a listbox popup (WAI-ARIA APG pattern), like the condition picker.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { matchNote, quickAddMatches, type QuickAddEntry } from '@/lib/workspace/quick-add';

/** A small "×" (decorative: the button's label says what it does). */
const XIcon = ({ className }: { className?: string }) => (
  <svg
    viewBox="0 0 20 20"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    aria-hidden="true"
    focusable="false"
    className={className}
  >
    <path d="m5.5 5.5 9 9m0-9-9 9" />
  </svg>
);

interface Props {
  label: string;
  /** What can be added here. */
  entries: readonly QuickAddEntry[];
  /** Entries known elsewhere (another condition's regimen): typed, they are said to be not listed here. */
  elsewhere?: readonly QuickAddEntry[];
  /** What the list is, for messages: "the regimen list for Acne vulgaris". */
  listName: string;
  /** The ids that are in (the same value the checkbox list shows). */
  value: readonly string[];
  onAdd: (id: string) => void;
  onRemove: (id: string) => void;
  placeholder?: string;
  testId?: string;
}

/** The chips' order: what is in, oldest first, new ids appended as they come in (by either control). */
function nextOrder(order: readonly string[], value: readonly string[]): string[] {
  const inValue = new Set(value);
  const kept = order.filter((id) => inValue.has(id));
  const known = new Set(kept);
  return [...kept, ...value.filter((id) => !known.has(id))];
}

export function QuickAdd({
  label,
  entries,
  elsewhere = [],
  listName,
  value,
  onAdd,
  onRemove,
  placeholder,
  testId,
}: Props) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const optionId = (entryId: string) => `${id}-opt-${entryId}`;
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [message, setMessage] = useState('');
  const [focused, setFocused] = useState(false);
  const [order, setOrder] = useState<string[]>(() => [...value]);
  const chipOrder = nextOrder(order, value);
  if (chipOrder.join(',') !== order.join(',')) setOrder(chipOrder);

  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const chosen = new Set(value);
  const all = useMemo(() => quickAddMatches(entries, text), [entries, text]);
  const matches = all.filter((m) => !chosen.has(m.entry.id));
  const open = focused && text.trim() !== '' && matches.length > 0;
  const activeIndex = Math.min(active, Math.max(matches.length - 1, 0));
  const activeMatch = open ? matches[activeIndex] : undefined;

  useEffect(() => {
    if (activeMatch) document.getElementById(optionId(activeMatch.entry.id))?.scrollIntoView({ block: 'nearest' });
    // optionId only depends on the stable useId value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeMatch]);

  /** What to say about the text when nothing can be added for it. */
  const noMatchMessage = (typed: string): string => {
    const already = all.filter((m) => chosen.has(m.entry.id));
    if (already.length) return `${already.map((m) => m.entry.name).join(', ')}: already in.`;
    const other = quickAddMatches(elsewhere, typed)[0];
    if (other) return `${other.entry.name} is not in ${listName}.`;
    return `Nothing in ${listName} matches “${typed.trim()}”.`;
  };

  const add = (entry: QuickAddEntry) => {
    onAdd(entry.id);
    setText('');
    setActive(0);
    setMessage(`Added ${entry.name}.`);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        if (!open) return;
        e.preventDefault();
        setActive((activeIndex + 1) % matches.length);
        return;
      case 'ArrowUp':
        if (!open) return;
        e.preventDefault();
        setActive((activeIndex - 1 + matches.length) % matches.length);
        return;
      case 'Enter': {
        if (text.trim() === '') return;
        e.preventDefault();
        if (activeMatch) add(activeMatch.entry);
        else setMessage(noMatchMessage(text));
        return;
      }
      case 'Escape':
        if (text === '') return;
        e.preventDefault();
        setText('');
        setMessage('');
        return;
      case 'Backspace': {
        if (text !== '' || e.currentTarget.selectionStart !== 0 || e.currentTarget.selectionEnd !== 0) return;
        const last = chipOrder.at(-1);
        if (!last) return;
        e.preventDefault();
        onRemove(last);
        setMessage(`Removed ${byId.get(last)?.name ?? last}.`);
        return;
      }
    }
  };

  const chips = chipOrder.map((x) => byId.get(x)).filter((x): x is QuickAddEntry => Boolean(x));

  return (
    <div className="min-w-0" data-testid={testId}>
      <label htmlFor={inputId} className="block text-sm font-semibold text-slate-900">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        Type a name, abbreviation, brand or class, then Enter; Backspace takes out the last.
      </p>
      <ul aria-label={`${label}: what is in`} className="mt-1 flex flex-wrap gap-1" data-testid="chips">
        {chips.map((entry) => (
          <li
            key={entry.id}
            data-id={entry.id}
            className="inline-flex max-w-full items-center gap-1 rounded-full border border-brand-600/50 bg-brand-50 py-0.5 pl-2.5 pr-1 text-sm text-brand-900"
          >
            <span className="min-w-0 break-words">{entry.name}</span>
            <button
              type="button"
              // Not a Tab stop: the keyboard takes chips out with Backspace in the field, or by unticking the box.
              tabIndex={-1}
              aria-label={`Take out ${entry.name}`}
              onClick={() => {
                onRemove(entry.id);
                setMessage(`Removed ${entry.name}.`);
              }}
              className="flex size-6 shrink-0 items-center justify-center rounded-full hover:bg-brand-100"
            >
              <XIcon className="size-3.5" />
            </button>
          </li>
        ))}
      </ul>
      <div className="relative mt-1">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeMatch ? optionId(activeMatch.entry.id) : undefined}
          aria-describedby={`${id}-hint ${id}-status`}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          placeholder={placeholder}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setMessage('');
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            setActive(0);
          }}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-1.5 text-base shadow-xs"
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={`${label}: matches`}
          hidden={!open}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
        >
          {matches.map((m, i) => {
            const note = matchNote(m);
            return (
              <li
                key={m.entry.id}
                id={optionId(m.entry.id)}
                role="option"
                aria-selected={i === activeIndex}
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => setActive(i)}
                onClick={() => add(m.entry)}
                className={`cursor-pointer px-3 py-1.5 text-base ${i === activeIndex ? 'bg-brand-100 text-brand-900' : 'text-slate-900'}`}
              >
                {m.entry.name}
                {note && <span className="text-sm text-slate-600"> · {note}</span>}
              </li>
            );
          })}
        </ul>
      </div>
      <p
        id={`${id}-status`}
        role="status"
        className="mt-1 min-h-5 text-sm text-slate-700"
        data-testid="quick-add-status"
      >
        {text.trim() === ''
          ? message
          : matches.length === 0
            ? noMatchMessage(text)
            : focused
              ? message
              : `“${text.trim()}” is not added yet: press Enter in the field to add it.`}
      </p>
    </div>
  );
}
