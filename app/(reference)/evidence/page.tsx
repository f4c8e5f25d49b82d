import type { Metadata } from 'next';
import Link from 'next/link';
import { CertaintyBadge, StrengthBadge } from '@/components/grade-badges';
import { SourceLine } from '@/components/source-citation';
import { StanceLabel } from '@/components/stance-label';
import { getKnowledgeBase } from '@/lib/kb';
import { evidencePath } from '@/lib/kb/citations';
import { EVIDENCE_STATUS_LABEL, QUESTION_LABEL, SOURCE_TYPE_PLURAL } from '@/lib/kb/labels';
import { SourceType } from '@/lib/kb/schema';

export const metadata: Metadata = {
  title: 'Evidence',
  description:
    'Every condition, graded product, source, the founding letter appraised, and the methods behind the grades.',
};

const h2 = 'text-xl font-semibold';

export default function EvidenceIndexPage() {
  const kb = getKnowledgeBase();
  const groups = SourceType.options
    .map((type) => ({
      type,
      sources: kb.data.sources.filter((s) => s.type === type).sort((a, b) => a.label.localeCompare(b.label)),
    }))
    .filter((g) => g.sources.length > 0);

  return (
    <div>
      <h1 className="text-2xl font-semibold text-slate-900">Evidence</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-800">
        The basis of every suggestion, so that it can be checked rather than taken on trust: each condition with the
        products graded for it, every source with its level of evidence, the founding letter’s claims appraised, and how
        the grading works.
      </p>

      <section aria-labelledby="conditions" className="mt-8">
        <h2 id="conditions" className={h2}>
          Conditions
        </h2>
        <p className="mt-2 max-w-3xl text-sm text-slate-700">
          Beside each product: the certainty of its evidence (GRADE), the strength of recommendation (SORT), and the
          stance the evidence alone supports. In the workspace, patient factors can only lower that stance.
        </p>
        <ul className="mt-3 grid gap-4 md:grid-cols-2">
          {kb.data.conditions.map((c) => {
            const statements = kb.statementsByCondition.get(c.id) ?? [];
            return (
              <li key={c.id} className="rounded border border-slate-200 bg-white px-4 py-3">
                <h3 className="text-lg font-semibold">
                  <Link href={`/conditions/${c.id}`}>{c.name}</Link>
                </h3>
                <p className="text-sm text-slate-700">
                  {QUESTION_LABEL[c.question]} · {EVIDENCE_STATUS_LABEL[c.evidenceStatus]}
                </p>
                {statements.length === 0 ? (
                  <p className="mt-2 text-sm text-slate-800">No product graded.</p>
                ) : (
                  <ul className="mt-2 space-y-2">
                    {statements.map((s) => (
                      <li key={s.id} className="text-sm">
                        <Link href={evidencePath(s)}>{kb.adjunctsById.get(s.adjunctId)!.name}</Link>
                        <span className="mt-1 flex flex-wrap gap-1">
                          <CertaintyBadge certainty={s.certainty} />
                          <StrengthBadge strength={s.strength} />
                          <StanceLabel stance={s.baseStance} />
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="background" className="mt-10">
        <h2 id="background" className={h2}>
          Background
        </h2>
        <ul className="mt-3 grid gap-4 md:grid-cols-2">
          <li className="rounded border border-slate-200 bg-white px-4 py-3">
            <h3 className="text-lg font-semibold">
              <Link href="/letter">The founding letter, appraised</Link>
            </h3>
            <p className="mt-1 text-sm text-slate-800">
              The 2025 letter this app started from: each of its claims next to what its references and the wider
              evidence show.
            </p>
          </li>
          <li className="rounded border border-slate-200 bg-white px-4 py-3">
            <h3 className="text-lg font-semibold">
              <Link href="/methods">Methods</Link>
            </h3>
            <p className="mt-1 text-sm text-slate-800">
              Intended use, how sources were appraised, the GRADE, SORT and OCEBM scales, how stances are reached, and
              the knowledge-base version.
            </p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="sources" className="mt-10">
        <h2 id="sources" className={h2}>
          Sources by type
        </h2>
        <p className="mt-2 max-w-3xl text-sm text-slate-700">
          {kb.data.sources.length} sources. Each page gives the full citation, the design, what the source found, its
          limitations and its DOI, PubMed or web link.
        </p>
        <div className="mt-3 grid gap-x-8 gap-y-6 md:grid-cols-2">
          {groups.map((g) => (
            <div key={g.type}>
              <h3 className="font-semibold">
                {SOURCE_TYPE_PLURAL[g.type]} ({g.sources.length})
              </h3>
              <ul className="mt-1 space-y-1">
                {g.sources.map((s) => (
                  <li key={s.id}>
                    <SourceLine source={s} showType={false} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
