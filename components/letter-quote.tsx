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
