import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { Field, FieldList } from '@/components/field-list';
import { CertaintyBadge, OcebmBadge, StrengthBadge } from '@/components/grade-badges';
import { StanceLabel } from '@/components/stance-label';
import { VerdictLabel } from '@/components/verdict-label';
import { getKnowledgeBase } from '@/lib/kb';
import { citationCount, citationsOf, evidencePath } from '@/lib/kb/citations';
import { describeTrigger, namesFrom, NON_STUDY_SOURCE_TYPES, ocebmMeaning, SOURCE_TYPE_LABEL } from '@/lib/kb/labels';
import { sourceUrl } from '@/lib/rules/engine';
import type { RegimenSafety } from '@/lib/kb/schema';

const REGIMEN_FACTS: [keyof RegimenSafety, string][] = [
  ['pregnancy', 'Pregnancy'],
  ['lactation', 'Breastfeeding'],
  ['paediatric', 'Children'],
  ['immunosuppression', 'Immunosuppression'],
];

export const dynamicParams = false;

export function generateStaticParams() {
  return getKnowledgeBase().data.sources.map((s) => ({ id: s.id }));
}

export async function generateMetadata(props: PageProps<'/sources/[id]'>): Promise<Metadata> {
  const { id } = await props.params;
  const source = getKnowledgeBase().sourcesById.get(id);
  if (!source) return { title: 'Not found' };
  return { title: `${source.label}: source`, description: source.citation };
}

const h3 = 'mt-6 text-lg font-semibold';

/** A URL with its percent-escapes decoded for reading (the link itself keeps the encoded form). */
function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

export default async function SourcePage(props: PageProps<'/sources/[id]'>) {
  const { id } = await props.params;
  const kb = getKnowledgeBase();
  const source = kb.sourcesById.get(id);
  if (!source) notFound();
  const cites = citationsOf(kb, source.id);
  const mainUrl = sourceUrl(source);
  const names = namesFrom(kb);
  const mainIsUrl = !source.doi && !source.pmid && !source.pmcid && Boolean(source.url);

  return (
    <article>
      <Breadcrumbs
        items={[
          { href: '/evidence', label: 'Evidence' },
          { href: '/evidence#sources', label: 'Sources' },
          { label: source.label },
        ]}
      />

      <header>
        <p className="text-sm font-medium text-brand-800">Source · {SOURCE_TYPE_LABEL[source.type]}</p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">{source.label}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-800">{source.citation}</p>
        {mainUrl && (
          <p className="mt-4">
            <a
              href={mainUrl}
              rel="external noopener"
              className="inline-block rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 hover:no-underline"
            >
              {source.doi
                ? `Open the publication (doi:${source.doi})`
                : source.pmid
                  ? `Open in PubMed (PMID ${source.pmid})`
                  : source.pmcid
                    ? `Open in PubMed Central (${source.pmcid})`
                    : 'Open the recorded web address'}
            </a>
            {mainIsUrl && source.urlNote && <span className="mt-1 block text-sm text-slate-700">{source.urlNote}</span>}
          </p>
        )}
        {source.id === 'khalid-2025' && (
          <p className="mt-3">
            <Link href="/letter">The letter’s claims, each appraised against its references</Link>
          </p>
        )}
      </header>

      <section aria-labelledby="about" className="mt-8">
        <h2 id="about" className="text-xl font-semibold">
          About this source
        </h2>
        <FieldList className="mt-3">
          <Field label="Type">{SOURCE_TYPE_LABEL[source.type]}</Field>
          <Field label="Year">{source.year ?? 'Not given in our sources'}</Field>
          <Field label="Level of evidence (OCEBM 2011)">
            <OcebmBadge level={source.ocebmLevel} />{' '}
            {NON_STUDY_SOURCE_TYPES.includes(source.type) ? (
              <span>
                Placed at level {source.ocebmLevel} as the closest fit: the scale ranks studies of treatment benefit (1
                is the strongest, 5 the weakest; level {source.ocebmLevel} is “
                {ocebmMeaning(source.ocebmLevel).toLowerCase()}”), and this source is not a study of treatment benefit.
              </span>
            ) : (
              <span>
                Level {source.ocebmLevel} (1 is the strongest, 5 the weakest):{' '}
                {ocebmMeaning(source.ocebmLevel).toLowerCase()}.
              </span>
            )}
            <Link href="/methods#ocebm" className="no-print mt-1 block text-sm">
              About the levels
            </Link>
          </Field>
          <Field label="Design">{source.design}</Field>
          <Field label="What it found or says (our summary)">{source.findings}</Field>
          {source.limitations.length > 0 && (
            <Field label="Limitations">
              <ul className="list-disc space-y-1 pl-5">
                {source.limitations.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </Field>
          )}
          <Field label="Funding and conflicts of interest">
            {source.funding ?? 'Not recorded in our sources (which does not mean there were none).'}
          </Field>
          {source.supportsModerateCertainty && (
            <Field label="Weight in grading">
              A Cochrane-level review or large, consistent meta-analysis: the only kind of source that may carry a grade
              of moderate certainty in this app.
            </Field>
          )}
          <Field label="Links">
            <ul className="space-y-1">
              {source.doi && (
                <li>
                  DOI:{' '}
                  <a
                    href={`https://doi.org/${source.doi}`}
                    rel="external noopener"
                  >{`https://doi.org/${source.doi}`}</a>
                </li>
              )}
              {source.pmid && (
                <li>
                  PubMed:{' '}
                  <a href={`https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`} rel="external noopener">
                    PMID {source.pmid}
                  </a>
                </li>
              )}
              {source.pmcid && (
                <li>
                  PubMed Central:{' '}
                  <a href={`https://pmc.ncbi.nlm.nih.gov/articles/${source.pmcid}/`} rel="external noopener">
                    {source.pmcid}
                  </a>
                </li>
              )}
              {source.url && (
                <li>
                  <a href={source.url} rel="external noopener" className="break-all">
                    {readableUrl(source.url)}
                  </a>
                  {source.urlNote && <span className="block text-sm text-slate-700">{source.urlNote}</span>}
                </li>
              )}
            </ul>
          </Field>
        </FieldList>
      </section>

      <section aria-labelledby="cited" className="mt-10">
        <h2 id="cited" className="text-xl font-semibold">
          Where this app relies on it
        </h2>
        {citationCount(cites) === 0 && <p className="mt-2">Nothing in the knowledge base cites this source.</p>}

        {cites.statements.length > 0 && (
          <>
            <h3 className={h3}>Graded evidence</h3>
            <ul className="mt-2 space-y-3">
              {cites.statements.map(({ statement, condition, adjunct }) => (
                <li key={statement.id} className="rounded border border-slate-200 bg-white px-4 py-3">
                  <Link href={evidencePath(statement)} className="font-medium">
                    {adjunct.name}, for {condition.name}
                  </Link>
                  <p className="mt-1 text-slate-800">{statement.claim}</p>
                  <p className="mt-2 flex flex-wrap gap-2">
                    <CertaintyBadge certainty={statement.certainty} />
                    <StrengthBadge strength={statement.strength} />
                    <StanceLabel stance={statement.baseStance} />
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}

        {cites.conditionSummaries.length > 0 && (
          <>
            <h3 className={h3}>Condition summaries</h3>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {cites.conditionSummaries.map((c) => (
                <li key={c.id}>
                  <Link href={`/conditions/${c.id}`}>{c.name}</Link>
                </li>
              ))}
            </ul>
          </>
        )}

        {cites.conditionNotes.length > 0 && (
          <>
            <h3 className={h3}>Condition notes</h3>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {cites.conditionNotes.map(({ note, condition }) => (
                <li key={note.id}>
                  <Link href={`/conditions/${condition.id}#${note.id}`}>{note.title}</Link>{' '}
                  <span className="text-slate-700">({condition.name})</span>
                </li>
              ))}
            </ul>
          </>
        )}

        {cites.letterClaimsCited.length > 0 && (
          <>
            <h3 className={h3}>The founding letter gives it as the reference for</h3>
            <ul className="mt-2 space-y-2">
              {cites.letterClaimsCited.map((l) => (
                <li key={l.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/letter#${l.id}`}>{l.claim}</Link> <VerdictLabel verdict={l.verdict} />
                </li>
              ))}
            </ul>
          </>
        )}

        {cites.letterClaimsAppraisal.length > 0 && (
          <>
            <h3 className={h3}>Our appraisal of the letter uses it for</h3>
            <ul className="mt-2 space-y-2">
              {cites.letterClaimsAppraisal.map((l) => (
                <li key={l.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/letter#${l.id}`}>{l.claim}</Link> <VerdictLabel verdict={l.verdict} />
                </li>
              ))}
            </ul>
          </>
        )}

        {cites.safetyRules.length > 0 && (
          <>
            <h3 className={h3}>Safety checks</h3>
            <ul className="mt-2 space-y-2">
              {cites.safetyRules.map((r) => (
                <li key={r.id} className="rounded border border-slate-200 bg-white px-4 py-3">
                  <p className="font-semibold text-slate-900">When: {describeTrigger(r.trigger, names)}</p>
                  <p className="mt-1 text-slate-800">{r.text}</p>
                  <Link href={`/methods#rule-${r.id}`} className="no-print text-sm">
                    How this check is applied
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}

        {cites.regimenFacts.length > 0 && (
          <>
            <h3 className={h3}>Co-therapy safety facts</h3>
            <ul className="mt-2 space-y-2">
              {cites.regimenFacts.map((o) => (
                <li key={o.id} className="rounded border border-slate-200 bg-white px-4 py-3 text-slate-800">
                  <p className="font-semibold text-slate-900">{o.name}</p>
                  <ul className="mt-1 list-disc space-y-1 pl-5">
                    {REGIMEN_FACTS.filter(([key]) => o.safety[key].sourceIds.includes(source.id)).map(
                      ([key, heading]) => (
                        <li key={key}>
                          <span className="font-medium">{heading}:</span> {o.safety[key].text}
                        </li>
                      ),
                    )}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}

        {cites.caveats.length > 0 && (
          <>
            <h3 className={h3}>Caveats</h3>
            <ul className="mt-2 space-y-2">
              {cites.caveats.map((c) => (
                <li key={c.code} className="rounded border border-slate-200 bg-white px-4 py-3 text-slate-800">
                  {c.text}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </article>
  );
}
