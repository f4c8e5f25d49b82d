import type { Metadata } from 'next';
import { DataTable, tableCell } from '@/components/data-table';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { Field, FieldList } from '@/components/field-list';
import { CertaintyBadge, OcebmBadge, StrengthBadge } from '@/components/grade-badges';
import { LetterQuote } from '@/components/letter-quote';
import { ExternalSourceLink, SourceCitation, SourceRefs } from '@/components/source-citation';
import { StanceLabel } from '@/components/stance-label';
import { VerdictLabel } from '@/components/verdict-label';
import { getKnowledgeBase } from '@/lib/kb';
import { evidencePath, letterReferences, resolveSources } from '@/lib/kb/citations';
import {
  CERTAINTY_LABEL,
  EVIDENCE_STATUS_LABEL,
  lowerFirst,
  ocebmMeaning,
  SOURCE_TYPE_LABEL,
  VERDICT_MEANING,
} from '@/lib/kb/labels';
import { Certainty, type Source } from '@/lib/kb/schema';
import { sourceUrl } from '@/lib/rules/engine';

export const metadata: Metadata = {
  title: 'The founding letter, appraised',
  description:
    'Each claim of the letter that started this app: what it rests on, what its references show, and how our grades differ.',
};

const cell = tableCell;

/** What a reference is, in the words of the evidence scale: its type and its OCEBM level. */
const restsOn = (s: Source) => `${SOURCE_TYPE_LABEL[s.type]}, OCEBM level ${s.ocebmLevel}`;

export default function LetterPage() {
  const kb = getKnowledgeBase();
  const letter = kb.sourcesById.get('khalid-2025');
  if (!letter) notFound();
  const refs = letterReferences(kb);
  const strongRefs = refs.filter((s) => ['systematic-review', 'meta-analysis', 'guideline'].includes(s.type)).length;
  const claims = kb.data.letterClaims;
  const letterUrl = sourceUrl(letter);
  const byCondition = kb.data.conditions.map((condition) => {
    const statements = kb.statementsByCondition.get(condition.id) ?? [];
    const best = Certainty.options.find((c) => statements.some((s) => s.certainty === c));
    return { condition, statements, best };
  });

  return (
    <article>
      <Breadcrumbs items={[{ href: '/evidence', label: 'Evidence' }, { label: 'The founding letter' }]} />

      <header>
        <p className="text-sm font-medium text-brand-800">Where this app started</p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">The founding letter, appraised</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-800">{letter.citation}</p>
        <p className="mt-2">
          <ExternalSourceLink source={letter} /> · <Link href={`/sources/${letter.id}`}>Source record</Link>
        </p>
      </header>

      <section aria-labelledby="kind" className="mt-8">
        <h2 id="kind" className="text-xl font-semibold">
          What kind of evidence it is
        </h2>
        <div className="mt-3 max-w-3xl rounded border-2 border-slate-400 bg-white px-4 py-3">
          <p className="font-semibold text-slate-900">
            A letter to the editor with no original data (OCEBM level {letter.ocebmLevel}, SORT C).{' '}
            {strongRefs === 0
              ? 'None of its references is a systematic review, meta-analysis or guideline.'
              : `${strongRefs} of its ${refs.length} references are systematic reviews, meta-analyses or guidelines.`}
          </p>
          <p className="mt-2 text-slate-800">{letter.findings}</p>
          <p className="mt-2 text-slate-800">
            So this app does not take its grades from the letter. Each product is graded from the trials, meta-analyses
            and guidelines underneath; the letter’s claims are checked below, each with what it rests on and how our
            grades differ. The appraisal is of the claims and the evidence under them, not of the person who wrote them.
          </p>
        </div>
        <FieldList className="mt-4 max-w-3xl">
          <Field label="Level of evidence">
            <OcebmBadge level={letter.ocebmLevel} /> {ocebmMeaning(letter.ocebmLevel)}
          </Field>
          <Field label="Design">{letter.design}</Field>
          <Field label="Limitations">
            <ul className="list-disc space-y-1 pl-5">
              {letter.limitations.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </Field>
        </FieldList>

        <h3 className="mt-6 text-lg font-semibold">Its references</h3>
        <DataTable
          caption="The letter’s references with their type and level of evidence"
          headers={['Reference', 'Type', 'OCEBM level']}
          className="mt-2"
          fullWidth
        >
          {refs.map((s) => (
            <tr key={s.id}>
              <th scope="row" className={`${cell} font-normal`}>
                <Link href={`/sources/${s.id}`}>{s.label}</Link>
              </th>
              <td className={cell}>{SOURCE_TYPE_LABEL[s.type]}</td>
              <td className={cell}>
                {s.ocebmLevel}: {ocebmMeaning(s.ocebmLevel).toLowerCase()}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="claims" className="mt-10">
        <h2 id="claims" className="text-xl font-semibold">
          The letter’s claims, one by one
        </h2>
        <p className="mt-2 max-w-3xl text-slate-800">
          Each quotation is a short fragment of the letter’s own words, marked “Letter”. Everything else on this page is
          our appraisal.
        </p>

        <DataTable
          caption="Summary of verdicts on the letter’s claims"
          headers={['What the letter claims (our paraphrase)', 'What it rests on', 'Our verdict']}
          className="mt-3"
          fullWidth
        >
          {claims.map((c) => (
            <tr key={c.id}>
              <th scope="row" className={`${cell} font-normal`}>
                <a href={`#${c.id}`} className="print-no-url">
                  {c.claim}
                </a>
              </th>
              <td className={cell}>
                {c.citedSourceIds.length === 0
                  ? 'No reference given'
                  : resolveSources(kb, c.citedSourceIds)
                      .map((s) => `${s.label}: ${lowerFirst(restsOn(s))}`)
                      .join('; ')}
              </td>
              <td className={cell}>
                <VerdictLabel verdict={c.verdict} />
              </td>
            </tr>
          ))}
        </DataTable>

        <ol className="mt-8 space-y-8">
          {claims.map((claim, i) => {
            const cited = resolveSources(kb, claim.citedSourceIds);
            const graded = claim.conditionIds.flatMap((id) => kb.statementsByCondition.get(id) ?? []);
            return (
              <li key={claim.id}>
                <article
                  id={claim.id}
                  aria-labelledby={`${claim.id}-title`}
                  className="scroll-mt-4 max-w-3xl space-y-3 rounded border border-slate-300 bg-white p-4"
                >
                  <h3 id={`${claim.id}-title`} className="text-lg font-semibold text-slate-900">
                    Claim {i + 1}. The letter says that {lowerFirst(claim.claim)}
                  </h3>
                  <LetterQuote quote={claim.quote} citeUrl={letterUrl || undefined} />
                  <div>
                    <h4 className="text-sm font-semibold text-slate-800">
                      What it rests on: the reference the letter gives
                    </h4>
                    {cited.length === 0 ? (
                      <p className="text-slate-800">No reference given.</p>
                    ) : (
                      <ul className="mt-1 space-y-2">
                        {cited.map((s) => (
                          <li key={s.id}>
                            <SourceCitation source={s} />{' '}
                            <span className="text-slate-700">({lowerFirst(restsOn(s))})</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                  <div>
                    <h4 className="text-sm font-semibold text-slate-800">Our verdict</h4>
                    <p className="mt-1 flex flex-wrap items-center gap-2">
                      <VerdictLabel verdict={claim.verdict} />
                      <span className="text-slate-800">{VERDICT_MEANING[claim.verdict]}</span>
                    </p>
                  </div>
                  <div>
                    <h4 className="text-sm font-semibold text-slate-800">Appraisal</h4>
                    <p className="mt-1 text-slate-800">{claim.appraisal}</p>
                  </div>
                  <div>
                    <h4 className="text-sm font-semibold text-slate-800">How our grades differ</h4>
                    <p className="mt-1 text-slate-800">{claim.ourGrades}</p>
                    {graded.length > 0 && (
                      <ul className="mt-2 space-y-1 text-sm">
                        {graded.map((st) => (
                          <li key={st.id} className="flex flex-wrap items-center gap-1">
                            <Link href={evidencePath(st)}>{kb.adjunctsById.get(st.adjunctId)!.name}</Link>
                            <CertaintyBadge certainty={st.certainty} />
                            <StrengthBadge strength={st.strength} />
                            <StanceLabel stance={st.baseStance} />
                          </li>
                        ))}
                      </ul>
                    )}
                    <div className="mt-2">
                      <SourceRefs sources={resolveSources(kb, claim.sourceIds)} label="Sources for this appraisal" />
                    </div>
                  </div>
                </article>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="our-grades" className="mt-10">
        <h2 id="our-grades" className="text-xl font-semibold">
          Our grades, for comparison
        </h2>
        <p className="mt-2 max-w-3xl text-slate-800">
          What the trials, meta-analyses and guidelines under each question show, condition by condition. Each grade is
          explained on the condition’s page.
        </p>
        <DataTable
          caption="Our evidence status and highest certainty for each condition"
          headers={[
            'Condition',
            'Where the evidence stands',
            'Products graded',
            'Highest certainty for any product (GRADE)',
          ]}
          className="mt-3"
          fullWidth
        >
          {byCondition.map(({ condition, statements, best }) => (
            <tr key={condition.id}>
              <th scope="row" className={`${cell} font-normal`}>
                <Link href={`/conditions/${condition.id}`}>{condition.name}</Link>
              </th>
              <td className={cell}>{EVIDENCE_STATUS_LABEL[condition.evidenceStatus]}</td>
              <td className={cell}>{statements.length}</td>
              <td className={cell}>{best ? CERTAINTY_LABEL[best] : 'None graded'}</td>
            </tr>
          ))}
        </DataTable>
      </section>
    </article>
  );
}
