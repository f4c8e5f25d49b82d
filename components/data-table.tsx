import type { ReactNode } from 'react';

/** The cell style of every reference table (header cells of rows use it too). */
export const tableCell = 'border border-slate-300 px-3 py-2 align-top';

/** A column header: its label, and optionally a width class (e.g. `w-2/5`). */
export type TableHeader = string | { label: string; className?: string };

/** A bordered reference table that scrolls sideways on narrow screens instead of widening the page. */
export function DataTable({
  caption,
  showCaption = false,
  headers,
  className = '',
  fullWidth = false,
  children,
}: {
  caption: ReactNode;
  /** Shown above the table; otherwise read by screen readers only. */
  showCaption?: boolean;
  headers: readonly TableHeader[];
  className?: string;
  /** Use the whole width of the page instead of a reading width. */
  fullWidth?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`overflow-x-auto ${className}`}>
      <table
        className={`w-full ${fullWidth ? '' : 'max-w-3xl'} border-collapse border border-slate-300 bg-white text-left text-sm`}
      >
        <caption className={showCaption ? 'mb-1 text-left font-medium text-slate-900' : 'sr-only'}>{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            {headers.map((h) => {
              const { label, className: width = '' } = typeof h === 'string' ? { label: h } : h;
              return (
                <th key={label} scope="col" className={`${tableCell} ${width}`}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
