/** Caveats with severity in words and icon (not colour alone), most severe first. */
import type { CaveatOut, SourceOut } from '@/lib/rules/types';
import { bySeverity, SEVERITY_STYLE, SeverityLabel } from './severity';
import { InlineSources } from './source-link';

export function CaveatList({
  caveats,
  sources,
  label = 'Caveats',
}: {
  caveats: readonly CaveatOut[];
  sources?: ReadonlyMap<string, SourceOut>;
  label?: string;
}) {
  if (!caveats.length) return null;
  return (
    <ul aria-label={label} className="space-y-1.5">
      {bySeverity(caveats).map((c, i) => {
        const style = SEVERITY_STYLE[c.severity];
        return (
          <li
            key={`${c.code}-${i}`}
            className={`rounded border-l-4 px-2.5 py-1.5 text-sm leading-snug ${style.box} ${style.text}`}
            data-severity={c.severity}
          >
            <SeverityLabel severity={c.severity} /> {c.text}
            {sources && <InlineSources ids={c.sourceIds} sources={sources} />}
          </li>
        );
      })}
    </ul>
  );
}
