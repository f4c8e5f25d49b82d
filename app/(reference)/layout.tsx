import Link from 'next/link';
import type { ReactNode } from 'react';
import { getKnowledgeBase } from '@/lib/kb';
import { formatIsoDate } from '@/lib/kb/labels';
import './reference.css';

/** Shared frame of the evidence pages: print styles and the knowledge-base version, on screen and on paper. */
export default function ReferenceLayout({ children }: { children: ReactNode }) {
  const kb = getKnowledgeBase();
  const { release } = kb.data;
  return (
    <div className="reference-doc">
      {children}
      <p className="mt-10 border-t border-slate-200 pt-3 text-xs leading-relaxed text-slate-600">
        Knowledge base <span className="font-mono">{kb.rulesetVersion}</span>, last reviewed{' '}
        <time dateTime={release.lastReviewed}>{formatIsoDate(release.lastReviewed)}</time>.{' '}
        <span className="hidden print:inline">
          Printed from GutSkin CDS: decision support for healthcare professionals; it does not replace clinical
          judgement.{' '}
        </span>
        <Link href="/methods" className="no-print">
          How the evidence was graded
        </Link>
      </p>
    </div>
  );
}
