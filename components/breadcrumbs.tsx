/** A trail of links back to the parent pages; the last item is the current page. */
import Link from 'next/link';

export function Breadcrumbs({ items }: { items: { href?: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="no-print mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2 text-slate-700">
        {items.map((item, i) => (
          <li key={`${item.label}-${i}`} className="flex gap-x-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <Link href={item.href}>{item.label}</Link>
            ) : (
              <span aria-current="page" className="text-slate-900">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
