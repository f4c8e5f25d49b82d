/** A labelled list of fields (`<dl>`): labels beside values on wide screens, above them on narrow ones. */
import type { ReactNode } from 'react';

export function FieldList({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <dl className={`divide-y divide-slate-200 rounded border border-slate-200 bg-white ${className}`}>{children}</dl>
  );
}

export function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="print-keep grid gap-1 px-4 py-3 sm:grid-cols-[13rem_1fr] sm:gap-4">
      <dt className="font-medium text-slate-800">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </div>
  );
}
