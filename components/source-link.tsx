/** Links to a source's own page (/sources/{id}), where its DOI or PMID link lives. */
import Link from 'next/link';
import type { SourceOut } from '@/lib/rules/types';

export const sourceHref = (id: string) => `/sources/${encodeURIComponent(id)}`;

export function SourceLink({ source }: { source: Pick<SourceOut, 'id' | 'label'> }) {
  // Many source links can be on screen at once: fetch a source page only when it is opened.
  return (
    <Link href={sourceHref(source.id)} prefetch={false}>
      {source.label}
    </Link>
  );
}

/** Short inline "Sources: A; B" line for an alert, caveat or note. Unknown ids are skipped (they never occur). */
export function InlineSources({ ids, sources }: { ids: readonly string[]; sources: ReadonlyMap<string, SourceOut> }) {
  const found = ids.map((id) => sources.get(id)).filter((s): s is SourceOut => Boolean(s));
  if (!found.length) return null;
  return (
    <span className="text-slate-600">
      {' '}
      Sources:{' '}
      {found.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <SourceLink source={s} />
        </span>
      ))}
      .
    </span>
  );
}

/** The full list: label (linking to its page; it names the study type) and citation. */
export function SourceList({ sources }: { sources: readonly SourceOut[] }) {
  return (
    <ul className="space-y-2">
      {sources.map((s) => (
        <li key={s.id} className="text-sm leading-snug">
          <SourceLink source={s} />
          <span className="block break-words text-slate-700">{s.citation}</span>
        </li>
      ))}
    </ul>
  );
}
