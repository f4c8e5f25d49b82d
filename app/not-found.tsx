import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-slate-700">
        There is nothing at this address. A saved handout may have been mistyped; evidence pages have fixed addresses
        listed on the evidence index.
      </p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        <li>
          <Link href="/">Open the workspace</Link>
        </li>
        <li>
          <Link href="/evidence">Browse the evidence</Link>
        </li>
        <li>
          <Link href="/methods">Read how the app works</Link>
        </li>
      </ul>
    </div>
  );
}
