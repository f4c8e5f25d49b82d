import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'GutSkin CDS', template: '%s · GutSkin CDS' },
  description:
    'Decision support for dermatologists on probiotic, prebiotic and synbiotic adjuncts, graded by the evidence underneath.',
  // The drawing is public/icon.svg; app/favicon.ico (linked by Next.js's file convention) and
  // public/apple-touch-icon.png (at the address iOS asks for unprompted) are rendered from it by scripts/icons.ts.
  icons: {
    icon: [{ url: '/icon.svg', type: 'image/svg+xml' }],
    apple: [{ url: '/apple-touch-icon.png', sizes: '180x180', type: 'image/png' }],
  },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

const nav = [
  { href: '/', label: 'Workspace' },
  { href: '/evidence', label: 'Evidence' },
  { href: '/methods', label: 'Methods' },
];

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-white px-3 py-2 focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          Skip to content
        </a>
        <header className="no-print border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-semibold text-brand-800 no-underline hover:no-underline">
              GutSkin <span className="font-normal text-slate-600">CDS</span>
            </Link>
            <nav aria-label="Main">
              <ul className="flex gap-1 text-sm">
                {nav.map((item) => (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      className="rounded px-3 py-2 text-slate-700 hover:bg-slate-100 hover:no-underline"
                    >
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <footer className="no-print border-t border-slate-200 bg-white">
          <p className="mx-auto max-w-6xl px-4 py-4 text-xs leading-relaxed text-slate-600">
            Decision support for healthcare professionals. It does not replace clinical judgement, is not for
            time-critical decisions, and every suggestion shows the evidence it rests on. No patient identifiers are
            stored. <Link href="/methods">How it works</Link>.
          </p>
        </footer>
      </body>
    </html>
  );
}
