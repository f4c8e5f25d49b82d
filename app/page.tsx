import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { conditionsResponse } from '@/lib/api/conditions';
import { getKnowledgeBase } from '@/lib/kb';
import { recommend } from '@/lib/rules/engine';
import { SMART_COOKIE } from '@/lib/smart/sessions';
import { recordPanelFor } from '@/lib/smart/workspace';
import { parseRecommendationQuery } from '@/lib/rules/input';
import { workspaceCatalogue } from '@/lib/workspace/catalogue';
import { WORKSPACE_EXAMPLES } from '@/lib/workspace/examples';
import { normaliseQuery, STATE_PARAMS, stateFromSearchParams, stateToHref, stateToQuery } from '@/lib/workspace/state';
import { Workspace, type InitialResult } from './_components/workspace';
import { Providers } from './providers';

// The root layout's title template applies to child segments only, so the page spells its title out.
export const metadata: Metadata = { title: { absolute: 'Workspace · GutSkin CDS' } };

/**
 * The clinician workspace. Reads the shared URL's state, validates it like the API does and renders the first
 * answer (or the problem with it) on the server; the client island takes over from there.
 */
export default async function WorkspacePage(props: PageProps<'/'>) {
  const searchParams = await props.searchParams;
  // Only the workspace's own parameters; anything else (a tracking tag, say) is ignored rather than an error.
  const entries: [string, string][] = [];
  for (const key of STATE_PARAMS) {
    const value = searchParams[key];
    for (const v of value === undefined ? [] : Array.isArray(value) ? value : [value]) entries.push([key, v]);
  }
  const state = stateFromSearchParams(new URLSearchParams(entries));

  // After a SMART launch: what came from the chart (held server-side; the URL has only the workspace state).
  const record = recordPanelFor(
    (await cookies()).get(SMART_COOKIE)?.value,
    stateToQuery(state),
    searchParams.fromRecord === '1',
  );

  const kb = getKnowledgeBase();
  const catalogue = workspaceCatalogue(conditionsResponse(kb), kb.data.factors);
  const initial: InitialResult = { query: normaliseQuery(stateToQuery(state)) };
  if (state.condition) {
    const parsed = parseRecommendationQuery(kb, entries);
    if (parsed.ok) initial.data = recommend(kb, parsed.value);
    else
      initial.problem = {
        status: 400,
        title: 'Invalid request',
        detail: parsed.errors.map((e) => e.message).join(' '),
        errors: parsed.errors,
      };
  }
  const examples = WORKSPACE_EXAMPLES.filter((e) => kb.conditionsById.has(e.state.condition)).map((e) => ({
    label: e.label,
    href: stateToHref(e.state),
  }));

  // TanStack Query is needed by the workspace only, so its provider lives here rather than in the root layout.
  return (
    <Providers>
      <Workspace catalogue={catalogue} initial={initial} examples={examples} record={record} />
    </Providers>
  );
}
