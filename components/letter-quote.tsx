import Link from 'next/link';
import type { LetterClaim } from '@/lib/kb/schema';
import { VerdictLabel } from './verdict-label';

/** A short fragment of the founding letter's own words, marked as the letter's and never as ours. */
export function LetterQuote({ quote, citeUrl }: { quote: string; citeUrl?: string }) {
  return (
    <blockquote cite={citeUrl} className="border-l-4 border-slate-400 bg-slate-50 py-2 pl-4 pr-2 italic text-slate-800">
      <p>
        <span className="not-italic font-semibold text-slate-900">Letter: </span>“{quote}”
      </p>
    </blockquote>
  );
}

/** Letter claims, each as the letter's words with our verdict and appraisal (condition and evidence pages). */
export function LetterClaimList({
  claims,
  citeUrl,
  className = '',
}: {
  claims: readonly LetterClaim[];
  citeUrl?: string;
  className?: string;
}) {
  return (
    <ul className={`mt-3 max-w-3xl space-y-5 ${className}`}>
      {claims.map((claim) => (
        <li key={claim.id} className="space-y-2">
          <LetterQuote quote={claim.quote} citeUrl={citeUrl} />
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium">Our verdict:</span> <VerdictLabel verdict={claim.verdict} />
            <Link href={`/letter#${claim.id}`}>Read the appraisal</Link>
          </p>
          <p className="text-slate-800">{claim.appraisal}</p>
          <p className="text-slate-800">
            <span className="font-medium">How our grades differ:</span> {claim.ourGrades}
          </p>
        </li>
      ))}
    </ul>
  );
}
