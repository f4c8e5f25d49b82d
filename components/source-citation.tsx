/** Ways to show a source: a full citation entry, a one-line entry, an inline list, and its outbound link. */
import Link from 'next/link';
import { OcebmBadge } from '@/components/grade-badges';
import { SOURCE_TYPE_LABEL, sourceLinkLabel } from '@/lib/kb/labels';
import type { Source } from '@/lib/kb/schema';
import { sourceUrl } from '@/lib/rules/engine';

export const sourcePath = (id: string) => `/sources/${id}`;

/** The publication link (DOI first, then PubMed, PubMed Central, then the recorded URL). */
export function ExternalSourceLink({ source, className }: { source: Source; className?: string }) {
  const href = sourceUrl(source);
  if (!href) return null;
  return (
    <a href={href} rel="external noopener" className={className}>
      {sourceLinkLabel(source)}
    </a>
  );
}

/** A citation entry: the source's page, its full citation, type, OCEBM level and publication link; optionally what it found. */
export function SourceCitation({ source, showFindings = false }: { source: Source; showFindings?: boolean }) {
  return (
    <div className="space-y-1">
      <p>
        <Link href={sourcePath(source.id)} className="font-medium">
          {source.label}
        </Link>
        <span className="text-slate-700">: {source.citation}</span>
      </p>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
        <span>{SOURCE_TYPE_LABEL[source.type]}</span>
        <OcebmBadge level={source.ocebmLevel} />
        <ExternalSourceLink source={source} />
      </p>
      {showFindings && (
        <p className="text-sm text-slate-800">
          <span className="font-medium">What it found (our summary):</span> {source.findings}
        </p>
      )}
    </div>
  );
}

/** A compact line for lists of many sources. */
export function SourceLine({ source, showType = true }: { source: Source; showType?: boolean }) {
  const meta = [
    showType ? SOURCE_TYPE_LABEL[source.type] : null,
    source.year,
    `OCEBM level ${source.ocebmLevel}`,
  ].filter(Boolean);
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <Link href={sourcePath(source.id)}>{source.label}</Link>
      <span className="text-sm text-slate-700">{meta.join(' · ')}</span>
    </span>
  );
}

/** "Sources: A; B; C" with each linking to its source page. */
export function SourceRefs({ sources, label = 'Sources' }: { sources: readonly Source[]; label?: string }) {
  if (sources.length === 0) return null;
  return (
    <p className="text-sm text-slate-700">
      <span className="font-medium">{label}:</span>{' '}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? '; ' : ''}
          <Link href={sourcePath(s.id)}>{s.label}</Link>
        </span>
      ))}
    </p>
  );
}
