import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, tableCell } from '@/components/data-table';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CertaintyBadge, StrengthBadge } from '@/components/grade-badges';
import { LetterClaimList } from '@/components/letter-quote';
import { SourceRefs } from '@/components/source-citation';
import { StanceLabel } from '@/components/stance-label';
import { getKnowledgeBase } from '@/lib/kb';
import { evidencePath, letterClaimsForCondition, resolveSources } from '@/lib/kb/citations';
import {
  describeScope,
  CERTAINTY_LABEL,
  CONFIDENCE_LABEL,
  LABEL_STATUS_LABEL,
  describeTrigger,
  namesFrom,
  EVIDENCE_STATUS_LABEL,
  EVIDENCE_STATUS_MEANING,
  NOTE_KIND_LABEL,
  QUESTION_LABEL,
  ROUTE_LABEL,
  RULE_EFFECT_LABEL,
} from '@/lib/kb/labels';
import { Certainty, type RegimenOption } from '@/lib/kb/schema';
import { sourceUrl } from '@/lib/rules/engine';

export const dynamicParams = false;

export function generateStaticParams() {
  return getKnowledgeBase().data.conditions.map((c) => ({ id: c.id }));
}

export async function generateMetadata(props: PageProps<'/conditions/[id]'>): Promise<Metadata> {
  const { id } = await props.params;
  const condition = getKnowledgeBase().conditionsById.get(id);
  if (!condition) return { title: 'Not found' };
  return { title: `${condition.name}: evidence`, description: condition.summary };
}

const h2 = 'text-xl font-semibold';
const cell = tableCell;

export default async function ConditionPage(props: PageProps<'/conditions/[id]'>) {
  const { id } = await props.params;
  const kb = getKnowledgeBase();
  const condition = kb.conditionsById.get(id);
  if (!condition) notFound();
  const statements = kb.statementsByCondition.get(condition.id) ?? [];
  const best = Certainty.options.find((c) => statements.some((s) => s.certainty === c));
  const notes = kb.notesByCondition.get(condition.id) ?? [];
  const claims = letterClaimsForCondition(kb, condition);
  const letter = kb.sourcesById.get('khalid-2025');
  const regimen = condition.regimenOptionIds.map((r) => kb.regimenById.get(r)!);
  const byRoute = (['topical', 'oral', 'injection'] as const)
    .map((route) => ({ route, options: regimen.filter((r: RegimenOption) => r.route === route) }))
    .filter((g) => g.options.length > 0);
  const names = namesFrom(kb);
  const codes = [
    ...condition.codes.icd10.map((c) => ({ ...c, system: 'ICD-10-CM' })),
    ...condition.codes.snomed.map((c) => ({ ...c, system: 'SNOMED CT' })),
  ];

  return (
    <article>
      <Breadcrumbs items={[{ href: '/evidence', label: 'Evidence' }, { label: condition.name }]} />

      <header>
        <p className="text-sm font-medium text-brand-800">
          Condition · question: {QUESTION_LABEL[condition.question].toLowerCase()}
        </p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">{condition.name}</h1>
        <p className="no-print mt-4">
          <Link
            href={`/?condition=${encodeURIComponent(condition.id)}`}
            className="inline-block rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 hover:no-underline"
          >
            Open in workspace
          </Link>
        </p>
      </header>

      <section aria-labelledby="status" className="mt-8">
        <h2 id="status" className={h2}>
          What the evidence shows
        </h2>
        <div className="mt-3 max-w-3xl rounded border border-slate-300 bg-white px-4 py-3">
          <p className="font-semibold text-slate-900">{EVIDENCE_STATUS_LABEL[condition.evidenceStatus]}</p>
          <p className="mt-1 text-slate-800">{EVIDENCE_STATUS_MEANING[condition.evidenceStatus]}</p>
          {best && (
            <p className="mt-1 text-slate-800">
              Highest certainty for any product here: {CERTAINTY_LABEL[best].toLowerCase()} (GRADE), across{' '}
              {statements.length} graded {statements.length === 1 ? 'product' : 'products'}.
            </p>
          )}
        </div>
        <p className="mt-4 max-w-3xl text-slate-800">{condition.summary}</p>
        <div className="mt-2">
          <SourceRefs sources={resolveSources(kb, condition.summarySourceIds)} />
        </div>
      </section>

      <section aria-labelledby="adjuncts" className="mt-10">
        <h2 id="adjuncts" className={h2}>
          Products graded for this condition
        </h2>
        {statements.length === 0 ? (
          <p className="mt-2 max-w-3xl text-slate-800">
            No product is graded for this condition in the knowledge base, so the workspace suggests none.
          </p>
        ) : (
          <>
            <p className="mt-2 max-w-3xl text-sm text-slate-700">
              Each row is one product as studied. The stance is what the evidence alone supports; patient factors can
              only lower it.
            </p>
            {/* Phones get a list; wider screens and paper get the table. */}
            <ul className="mt-3 space-y-3 sm:hidden">
              {statements.map((s) => (
                <li key={s.id} className="rounded border border-slate-200 bg-white px-4 py-3">
                  <Link href={evidencePath(s)} className="font-medium">
                    {kb.adjunctsById.get(s.adjunctId)!.name}
                  </Link>
                  <p className="mt-1 text-sm text-slate-700">{s.claim}</p>
                  <p className="mt-2 flex flex-wrap gap-1">
                    <CertaintyBadge certainty={s.certainty} />
                    <StrengthBadge strength={s.strength} />
                    <StanceLabel stance={s.baseStance} />
                  </p>
                </li>
              ))}
            </ul>
            <DataTable
              caption={<>Grades for each product studied in {condition.name}</>}
              headers={['Product as studied', 'Certainty (GRADE)', 'Strength (SORT)', 'Stance from the evidence']}
              className="mt-3 hidden sm:block"
              fullWidth
            >
              {statements.map((s) => {
                const adjunct = kb.adjunctsById.get(s.adjunctId)!;
                return (
                  <tr key={s.id}>
                    <th scope="row" className={`${cell} font-normal`}>
                      <Link href={evidencePath(s)} className="font-medium">
                        {adjunct.name}
                      </Link>
                      <span className="mt-1 block text-slate-700">{s.claim}</span>
                    </th>
                    <td className={cell}>
                      <CertaintyBadge certainty={s.certainty} />
                    </td>
                    <td className={cell}>
                      <StrengthBadge strength={s.strength} />
                    </td>
                    <td className={cell}>
                      <StanceLabel stance={s.baseStance} />
                    </td>
                  </tr>
                );
              })}
            </DataTable>
          </>
        )}
      </section>

      {notes.length > 0 && (
        <section aria-labelledby="notes" className="mt-10">
          <h2 id="notes" className={h2}>
            Guidelines, pooled evidence and gaps
          </h2>
          <ul className="mt-3 max-w-3xl space-y-4">
            {notes.map((n) => (
              <li key={n.id} id={n.id} className="scroll-mt-4 rounded border border-slate-200 bg-white px-4 py-3">
                <h3 className="font-semibold text-slate-900">
                  <span className="mr-2 text-xs font-medium uppercase tracking-wide text-slate-700">
                    {NOTE_KIND_LABEL[n.kind]}
                  </span>
                  {n.title}
                </h3>
                <p className="mt-1 text-slate-800">{n.text}</p>
                <div className="mt-2">
                  <SourceRefs sources={resolveSources(kb, n.sourceIds)} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="letter" className="mt-10">
        <h2 id="letter" className={h2}>
          What the founding letter says about it
        </h2>
        {claims.length === 0 ? (
          <p className="mt-2 max-w-3xl text-slate-800">
            None of the founding letter’s claims recorded here is specific to this condition.{' '}
            <Link href="/letter">Its general claims, appraised</Link>.
          </p>
        ) : (
          <LetterClaimList claims={claims} citeUrl={letter ? sourceUrl(letter) : undefined} />
        )}
      </section>

      <section aria-labelledby="safety" className="mt-10">
        <h2 id="safety" className={h2}>
          Safety checks applied to every suggestion
        </h2>
        <p className="mt-2 max-w-3xl text-sm text-slate-700">
          These checks are not specific to {condition.name.toLowerCase()}: the workspace applies each one to every
          product when the patient factor or regimen item is present.
        </p>
        <ul className="mt-3 space-y-3">
          {kb.data.safetyRules.map((r) => (
            <li key={r.id} className="rounded border border-slate-200 bg-white px-4 py-3">
              <p className="font-semibold text-slate-900">{describeTrigger(r.trigger, names)}</p>
              <p className="text-sm text-slate-700">
                {describeScope(r.appliesTo, names)} · {RULE_EFFECT_LABEL[r.effect]}
              </p>
              <p className="mt-1 text-slate-800">{r.text}</p>
              <div className="mt-1">
                <SourceRefs sources={resolveSources(kb, r.sourceIds)} />
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="codes" className="mt-10">
        <h2 id="codes" className={h2}>
          Codes
        </h2>
        <DataTable
          className="mt-3"
          caption={<>Diagnosis codes for {condition.name}</>}
          headers={['System', 'Code', 'Meaning', 'Status']}
        >
          {codes.map((c) => (
            <tr key={`${c.system}-${c.code}`}>
              <td className={cell}>{c.system}</td>
              <td className={`${cell} font-mono`}>{c.code}</td>
              <td className={cell}>{c.display}</td>
              <td className={cell}>
                {c.status === 'provisional' ? (
                  <span className="font-medium text-amber-900">
                    Provisional (from a single source; confirm before use)
                  </span>
                ) : (
                  'Verified'
                )}
              </td>
            </tr>
          ))}
        </DataTable>
        {condition.codesNote && <p className="mt-2 max-w-3xl text-sm text-slate-700">{condition.codesNote}</p>}
        {!condition.mapFromCodes && (
          <p className="mt-2 max-w-3xl text-sm text-slate-700">
            These codes are shared with the treatment entry. An electronic record’s diagnosis code never selects this
            prevention question on its own.
          </p>
        )}
      </section>

      <section aria-labelledby="regimen" className="mt-10">
        <h2 id="regimen" className={h2}>
          Usual treatments the workspace asks about
        </h2>
        <p className="mt-2 max-w-3xl text-sm text-slate-700">
          The regimen options offered for this condition. Some change the advice (for example oral antibiotics,
          immunosuppressants and biologics); the product is always an add-on to them, never a replacement.
        </p>
        <div className="mt-3 grid gap-6 sm:grid-cols-3">
          {byRoute.map((g) => (
            <div key={g.route}>
              <h3 className="font-semibold">{ROUTE_LABEL[g.route]}</h3>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-800">
                {g.options.map((r) => (
                  <li key={r.id}>{r.name}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="co-therapy-safety" className="mt-10">
        <h2 id="co-therapy-safety" className={h2}>
          Pregnancy, breastfeeding and age limits of these treatments
        </h2>
        <p className="mt-2 max-w-3xl text-sm text-slate-700">
          What the product information says, as read for this knowledge base. The workspace raises these as alerts when
          the patient is pregnant, breastfeeding or younger than the labelled age. “Not established” means nothing was
          read, not that the treatment is safe.
        </p>
        <DataTable
          className="mt-3"
          caption={`Label safety facts of the treatments for ${condition.name.toLowerCase()}`}
          headers={['Treatment', 'Pregnancy', 'Breastfeeding', 'Youngest labelled age', 'Sources']}
        >
          {regimen.map((r) => (
            <tr key={r.id} id={`co-therapy-${r.id}`}>
              <th scope="row" className={tableCell}>
                {r.name}
              </th>
              <td className={tableCell}>
                <strong>{LABEL_STATUS_LABEL[r.safety.pregnancy.status]}</strong>
                {r.safety.pregnancy.confidence !== 'confirmed' && (
                  <span className="text-slate-600"> ({CONFIDENCE_LABEL[r.safety.pregnancy.confidence]})</span>
                )}
                . {r.safety.pregnancy.text}
                {r.safety.pregnancy.washout && <> Wash-out before conception: {r.safety.pregnancy.washout}.</>}
                {r.safety.pregnancy.programme && <> Programme: {r.safety.pregnancy.programme}.</>}
              </td>
              <td className={tableCell}>
                <strong>{LABEL_STATUS_LABEL[r.safety.lactation.status]}</strong>
                {r.safety.lactation.confidence !== 'confirmed' && (
                  <span className="text-slate-600"> ({CONFIDENCE_LABEL[r.safety.lactation.confidence]})</span>
                )}
                . {r.safety.lactation.text}
              </td>
              <td className={tableCell}>
                {r.safety.paediatric.minAgeYears === null ? 'None read' : `${r.safety.paediatric.minAgeYears} years`}
              </td>
              <td className={tableCell}>
                <SourceRefs
                  sources={resolveSources(kb, [
                    ...new Set([
                      ...r.safety.pregnancy.sourceIds,
                      ...r.safety.lactation.sourceIds,
                      ...r.safety.paediatric.sourceIds,
                    ]),
                  ])}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
    </article>
  );
}
