/**
 * Alerts above the suggestions: most severe first, each with an icon and a word as well as a colour. Only
 * critical alerts are announced (role="alert"); the rest are an ordinary list.
 */
import type { AlertOut, SourceOut } from '@/lib/rules/types';
import { bySeverity, SEVERITY_STYLE, SeverityLabel } from './severity';
import { InlineSources } from './source-link';

function AlertBody({ alert, sources }: { alert: AlertOut; sources: ReadonlyMap<string, SourceOut> }) {
  return (
    <p className="text-sm leading-snug">
      <SeverityLabel severity={alert.severity} /> {alert.text}
      <InlineSources ids={alert.sourceIds} sources={sources} />
    </p>
  );
}

export function AlertList({
  alerts,
  sources,
}: {
  alerts: readonly AlertOut[];
  sources: ReadonlyMap<string, SourceOut>;
}) {
  if (!alerts.length) return null;
  const sorted = bySeverity(alerts);
  const critical = sorted.filter((a) => a.severity === 'critical');
  const others = sorted.filter((a) => a.severity !== 'critical');
  const box = (a: AlertOut) =>
    `rounded-md border-l-4 border px-3 py-2 ${SEVERITY_STYLE[a.severity].box} ${SEVERITY_STYLE[a.severity].text}`;
  return (
    <div className="space-y-2" data-testid="alerts">
      {critical.map((a) => (
        <div key={a.code} role="alert" className={box(a)} data-severity={a.severity} data-code={a.code}>
          <AlertBody alert={a} sources={sources} />
        </div>
      ))}
      {others.length > 0 && (
        <ul aria-label="Alerts" className="space-y-2">
          {others.map((a) => (
            <li key={a.code} className={box(a)} data-severity={a.severity} data-code={a.code}>
              <AlertBody alert={a} sources={sources} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
