import 'server-only';
/** What the workspace page shows of a SMART launch: the view its URL opens, if the launch filled it. */
import type { RecordView } from '@/lib/cds/chart-view';
import { normaliseQuery } from '@/lib/workspace/state';
import { findSession } from './sessions';

export interface RecordPanelData {
  /** The view this URL is (null: the launch found no condition and the workspace is empty). */
  view: RecordView | null;
  /** The other conditions of the chart, each a filled view of its own. */
  otherViews: { name: string; href: string }[];
  notFound: string[];
  /** ISO time the chart was read. */
  readAt: string;
}

/**
 * The record panel for the workspace at `query`, from the session the cookie names: only when the URL is one of the
 * views the launch opened (or the launch's empty workspace, `fromRecord=1`), so an unrelated visit shows no marks.
 */
export function recordPanelFor(
  cookie: string | undefined,
  query: string,
  emptyFromRecord: boolean,
): RecordPanelData | null {
  const session = findSession(cookie);
  const record = session?.fromRecord;
  if (!session || !record || session.readAt === null) return null;
  const here = normaliseQuery(query);
  const view = record.views.find((v) => normaliseQuery(v.query) === here) ?? null;
  if (!view && !(emptyFromRecord && here === '' && record.views.length === 0)) return null;
  return {
    view,
    otherViews: record.views.filter((v) => v !== view).map((v) => ({ name: v.condition.name, href: `/?${v.query}` })),
    notFound: [...(view?.notes ?? []), ...record.notFound],
    readAt: new Date(session.readAt).toISOString(),
  };
}
