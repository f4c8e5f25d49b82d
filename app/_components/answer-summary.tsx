/**
 * The answer in short, at the top of a phone or tablet in portrait (where the full answer is below the form): the
 * conclusion, the most severe alert and how many suggestions. Not a live region: the workspace's one polite status
 * line says when the answer changes, and nothing here takes focus.
 */
import { bySeverity, SEVERITY_STYLE, SeverityLabel } from '@/components/severity';
import type { RecommendationOut } from '@/lib/rules/types';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function AnswerSummary({ data, stale }: { data: RecommendationOut; stale: boolean }) {
  const alerts = bySeverity(data.alerts);
  const top = alerts[0];
  return (
    <section
      aria-labelledby="answer-summary-heading"
      className={`mt-4 rounded-lg border-2 border-brand-600 bg-brand-50 p-3 transition-opacity duration-200 lg:hidden ${stale ? 'opacity-60' : ''}`}
      data-testid="answer-summary"
    >
      <h2 id="answer-summary-heading" className="text-xs font-semibold uppercase tracking-wide text-brand-800">
        In short: {data.condition.name}
      </h2>
      <p className="mt-1 text-sm font-medium text-slate-900">{data.conclusion.text}</p>
      {top && (
        <p
          className={`mt-2 rounded border-l-4 px-2 py-1 text-sm leading-snug ${SEVERITY_STYLE[top.severity].box} ${SEVERITY_STYLE[top.severity].text}`}
          data-severity={top.severity}
          data-testid="summary-top-alert"
        >
          <SeverityLabel severity={top.severity} /> {top.summary}
          {alerts.length > 1 && (
            <span className="whitespace-nowrap"> (+{count(alerts.length - 1, 'more alert', 'more alerts')})</span>
          )}
        </p>
      )}
      <p className="mt-2 flex flex-wrap items-baseline gap-x-3 text-sm text-slate-800">
        <span data-testid="summary-count">
          {data.suggestions.length === 0
            ? 'No product suggested'
            : count(data.suggestions.length, 'suggestion', 'suggestions')}
          {' · '}
          {count(alerts.length, 'alert', 'alerts')}
        </span>
        <a href="#results" className="font-semibold">
          Read the full answer
        </a>
      </p>
    </section>
  );
}
