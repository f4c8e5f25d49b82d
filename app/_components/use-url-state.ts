'use client';

/**
 * The workspace state, kept in the address bar. Controls update local state at once (so inputs never lag) and
 * write the URL with the History API, which Next.js folds into its router without a server round trip: `push`
 * for a new condition (so Back returns to the previous one), `replace` for everything else.
 *
 * The URL can also change under us (Back/Forward, a link to `/`): then `useSearchParams` changes to a query we
 * did not write, and the state is read again from it. Queries we wrote are remembered until the router catches
 * up, so a slow router update never rolls back what the user has just typed.
 */
import { useSearchParams } from 'next/navigation';
import { useCallback, useState } from 'react';
import { normaliseQuery, stateFromSearchParams, stateToHref, type WorkspaceState } from '@/lib/workspace/state';

interface Sync {
  state: WorkspaceState;
  /** Normalised queries written by us that the router has not reported yet, oldest first. */
  pending: string[];
  /** The last query the router reported. */
  seen: string;
}

export type CommitMode = 'push' | 'replace';

export function useUrlState(): [WorkspaceState, (next: WorkspaceState, mode: CommitMode) => void] {
  const searchParams = useSearchParams();
  const current = searchParams.toString();
  const [sync, setSync] = useState<Sync>(() => ({
    state: stateFromSearchParams(searchParams),
    pending: [],
    seen: current,
  }));

  let state = sync.state;
  if (current !== sync.seen) {
    // Adjusting state to a changed input while rendering (react.dev, "You might not need an effect").
    const ours = sync.pending.indexOf(current);
    const next: Sync =
      ours >= 0
        ? { state: sync.state, pending: sync.pending.slice(ours + 1), seen: current }
        : { state: stateFromSearchParams(searchParams), pending: [], seen: current };
    setSync(next);
    state = next.state;
  }

  const commit = useCallback((next: WorkspaceState, mode: CommitMode) => {
    const href = stateToHref(next);
    const query = normaliseQuery(href.slice(2));
    const changed = query !== normaliseQuery(window.location.search);
    setSync((s) => ({ ...s, state: next, pending: changed ? [...s.pending.slice(-19), query] : s.pending }));
    if (!changed) return;
    if (mode === 'push') window.history.pushState(null, '', href);
    else window.history.replaceState(null, '', href);
  }, []);

  return [state, commit];
}
