'use client';

/**
 * Keyboard accelerators for a long list of checkboxes (attach the handler to the container): ↑/↓ move between the
 * boxes, Home/End go to the first/last, and typing letters jumps to the next box whose label starts with them, as
 * in a native listbox. Space still ticks. With `useRovingGroups`, Tab moves from group to group.
 */
import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

const TYPE_AHEAD_MS = 800;

export function useCheckboxKeys() {
  const typed = useRef({ text: '', at: 0 });

  return (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target;
    if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox' || e.ctrlKey || e.metaKey || e.altKey)
      return;
    const boxes = [...e.currentTarget.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:not(:disabled)')];
    const index = boxes.indexOf(target);
    const n = boxes.length;
    if (index < 0 || n === 0) return;
    const move = (to: number) => {
      e.preventDefault();
      boxes[(to + n) % n]?.focus();
    };
    if (e.key === 'Shift' || e.key === 'CapsLock') return; // part of typing a letter, not a key of its own
    const buffer = typed.current;
    const letter = e.key.length === 1 && /[\p{L}\p{N}]/u.test(e.key);
    if (!letter) {
      // Any other key (Space ticking a box, Tab, an arrow) ends the typed prefix: "a", Space, "d" must look for "d",
      // not for "ad", which would stay on the box just ticked and untick it with the next Space (issue 17).
      buffer.text = '';
      buffer.at = 0;
    }
    switch (e.key) {
      case 'ArrowDown':
        return move(index + 1);
      case 'ArrowUp':
        return move(index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(n - 1);
    }
    if (!letter) return;
    const key = e.key.toLowerCase();
    buffer.text = e.timeStamp - buffer.at < TYPE_AHEAD_MS ? buffer.text + key : key;
    buffer.at = e.timeStamp;
    const label = (box: HTMLInputElement) => (box.closest('label')?.textContent ?? '').trim().toLowerCase();
    // A first letter looks past the current box (so "m", "m" cycles); a longer prefix may stay on it.
    const start = buffer.text.length === 1 ? index + 1 : index;
    for (let k = 0; k < n; k++) {
      const box = boxes[(start + k) % n];
      if (box && label(box).startsWith(buffer.text)) return move(boxes.indexOf(box));
    }
  };
}

/**
 * Roving tabindex for groups of checkboxes (WAI-ARIA APG, "Keyboard navigation inside components"): each group is one
 * Tab stop, at the box last focused in it (the first box until then), so Tab moves between groups and the arrows
 * (useCheckboxKeys) within. Give each box `tabIndex={tabIndex(group, id, groupIds)}` and `data-roving-group={group}`,
 * and the container `onFocus`.
 */
export function useRovingGroups() {
  const [current, setCurrent] = useState<Readonly<Record<string, string>>>({});
  const tabIndex = (group: string, id: string, groupIds: readonly string[]): 0 | -1 => {
    const at = current[group];
    const stop = at !== undefined && groupIds.includes(at) ? at : groupIds[0];
    return id === stop ? 0 : -1;
  };
  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const target = e.target;
    if (!(target instanceof HTMLInputElement)) return;
    const group = target.dataset.rovingGroup;
    if (group && current[group] !== target.value) setCurrent((c) => ({ ...c, [group]: target.value }));
  };
  return { tabIndex, onFocus };
}
