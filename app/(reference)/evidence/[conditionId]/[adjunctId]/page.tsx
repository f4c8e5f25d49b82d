import type { Metadata } from 'next';
import { DataTable, tableCell } from '@/components/data-table';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AsStudiedRows, CONFIDENCE_TAG } from '@/components/as-studied';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { Field, FieldList } from '@/components/field-list';
import { CertaintyBadge, StrengthBadge } from '@/components/grade-badges';
import { LetterClaimList } from '@/components/letter-quote';
import { SourceCitation, SourceRefs } from '@/components/source-citation';
import { StanceLabel } from '@/components/stance-label';
import { getKnowledgeBase } from '@/lib/kb';
import { asStudiedSourceIds, evidencePageParams, findStatement, resolveSources } from '@/lib/kb/citations';
import {
  ADJUNCT_KIND_LABEL,
  CERTAINTY_LABEL,
  CERTAINTY_MEANING,
  describeStudiedAges,
  DOWNGRADE_DOMAIN_LABEL,
  QUESTION_LABEL,
  STANCE_LABEL,
  STANCE_MEANING,
  STRENGTH_MEANING,
} from '@/lib/kb/labels';
import { asStudiedOut, sourceUrl } from '@/lib/rules/engine';

export const dynamicParams = false;

export function generateStaticParams() {
  return evidencePageParams(getKnowledgeBase());
}

function load(conditionId: string, adjunctId: string) {
  const kb = getKnowledgeBase();
  const statement = findStatement(kb, conditionId, adjunctId);
  if (!statement) return null;
  return { kb, statement, condition: kb.conditionsById.get(conditionId)!, adjunct: kb.adjunctsById.get(adjunctId)! };
}

export async function generateMetadata(props: PageProps<'/evidence/[conditionId]/[adjunctId]'>): Promise<Metadata> {
  const { conditionId, adjunctId } = await props.params;
  const found = load(conditionId, adjunctId);
  if (!found) return { title: 'Not found' };
  return {
    title: `${found.adjunct.name}: evidence for ${found.condition.name}`,
    description: found.statement.claim,
  };
}

export default async function SuggestionEvidencePage(props: PageProps<'/evidence/[conditionId]/[adjunctId]'>) {
  const { conditionId, adjunctId } = await props.params;
  const found = load(conditionId, adjunctId);
  if (!found) notFound();
  const { kb, statement, condition, adjunct } = found;
  const sources = resolveSources(kb, [...new Set([...statement.sourceIds, ...asStudiedSourceIds(adjunct)])]);
  const letterClaims = statement.letterClaimIds.map((id) => kb.letterClaimsById.get(id)!);
  const letter = kb.sourcesById.get('khalid-2025');
  const ages = describeStudiedAges(statement.studiedAges);
  const workspaceHref = `/?condition=${encodeURIComponent(condition.id)}`;
  const asStudied = asStudiedOut(adjunct);

  return (
    <article>
      <Breadcrumbs
        items={[
          { href: '/evidence', label: 'Evidence' },
          { href: `/conditions/${condition.id}`, label: condition.name },
          { label: adjunct.name },
        ]}
      />

      <header>
        <p className="text-sm font-medium text-brand-800">
          Evidence for a suggestion · {condition.name} ({QUESTION_LABEL[condition.question].toLowerCase()})
        </p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">{adjunct.name}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-800">{statement.claim}</p>
      </header>

      <section aria-labelledby="grades" className="mt-6">
        <h2 id="grades" className="text-xl font-semibold">
          Grade summary
        </h2>
        <DataTable
          caption="Certainty, strength and stance for this product and condition"
          headers={[{ label: 'Measure', className: 'w-2/5' }, 'Grade and what it means']}
          className="mt-3"
          fullWidth
        >
          {[
            {
              label: 'Certainty of the evidence (GRADE)',
              badge: <CertaintyBadge certainty={statement.certainty} />,
              meaning: CERTAINTY_MEANING[statement.certainty],
            },
            {
              label: 'Strength of recommendation (SORT)',
              badge: <StrengthBadge strength={statement.strength} />,
              meaning: STRENGTH_MEANING[statement.strength],
            },
            {
              label: 'Stance the evidence alone supports',
              badge: <StanceLabel stance={statement.baseStance} />,
              meaning: STANCE_MEANING[statement.baseStance],
            },
          ].map((row) => (
            <tr key={row.label}>
              <th scope="row" className={`${tableCell} font-medium`}>
                {row.label}
              </th>
              <td className={tableCell}>
                {row.badge}
                <span className="mt-1 block text-slate-800">{row.meaning}</span>
              </td>
            </tr>
          ))}
        </DataTable>
        <p className="mt-3 max-w-3xl text-sm text-slate-700">
          This is the stance before anything is known about the patient. In the workspace, patient factors and the
          regimen can only lower it, never raise it: to “{STANCE_LABEL.avoid}” for a hard risk, to “
          {STANCE_LABEL['consider-with-caution']}” for a caution, and to “{STANCE_LABEL['insufficient-evidence']}” for a
          patient outside the ages studied ({ages.toLowerCase()}) or one the trials left out.
        </p>
        {!adjunct.doseVerified && (
          <p className="mt-3 max-w-3xl rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            <strong>Dose not checked.</strong> What the trial gave is not fully known; see{' '}
            <a href="#product" className="print-no-url">
              the product as studied
            </a>
            .
          </p>
        )}
        <p className="no-print mt-4 flex flex-wrap gap-3">
          <Link
            href={workspaceHref}
            className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 hover:no-underline"
          >
            Open {condition.name} in the workspace
          </Link>
          <Link
            href={`/conditions/${condition.id}`}
            className="rounded border border-brand-700 bg-white px-4 py-2 text-sm font-medium hover:no-underline"
          >
            All evidence for {condition.name}
          </Link>
        </p>
      </section>

      <section aria-labelledby="question" className="mt-10">
        <h2 id="question" className="text-xl font-semibold">
          What was studied and found
        </h2>
        <FieldList className="mt-3">
          <Field label="Population">{statement.population}</Field>
          <Field label="Comparator or background treatment">{statement.comparator}</Field>
          <Field label="Outcome">{statement.outcome}</Field>
          <Field label="Effect">{statement.effect}</Field>
          <Field label="Ages treated as studied">
            {ages}
            {statement.studiedAges && (
              <div>
                As the source reports them: {statement.studiedAges.asReported}
                <SourceRefs label="Ages from" sources={resolveSources(kb, [statement.studiedAges.sourceId])} />
              </div>
            )}
            <span className="block text-sm text-slate-700">
              The workspace shows “{STANCE_LABEL['insufficient-evidence']}” for a patient outside this range.
            </span>
          </Field>
          {statement.studiedIn.length > 0 && (
            <Field label="Studied only in">
              <ul className="list-disc space-y-1 pl-5">
                {statement.studiedIn.map((x) => (
                  <li key={x.who}>
                    {x.who} <SourceRefs sources={resolveSources(kb, x.sourceIds)} />
                  </li>
                ))}
              </ul>
            </Field>
          )}
          <Field label="Patients the trials left out">
            {statement.excludedPatients.length === 0 ? (
              'No exclusions were read in our sources (which does not mean there were none).'
            ) : (
              <ul className="list-disc space-y-1 pl-5">
                {statement.excludedPatients.map((x) => (
                  <li key={x.who}>
                    {x.who}
                    {x.confidence !== 'confirmed' && ' (read in a registry record or an incomplete list)'}{' '}
                    <SourceRefs sources={resolveSources(kb, x.sourceIds)} />
                  </li>
                ))}
              </ul>
            )}
            <span className="block text-sm text-slate-700">
              For such a patient the workspace shows “{STANCE_LABEL['insufficient-evidence']}”, with the reason.
            </span>
          </Field>
        </FieldList>
      </section>

      <section aria-labelledby="certainty" className="mt-10">
        <h2 id="certainty" className="text-xl font-semibold">
          Why the certainty is {CERTAINTY_LABEL[statement.certainty].toLowerCase()}
        </h2>
        <p className="mt-2 max-w-3xl text-slate-800">
          GRADE starts randomised evidence at high certainty and other designs at low, then rates it down for each
          serious concern.{' '}
          {statement.downgrades.length === 0
            ? 'This evidence was not rated down.'
            : 'This evidence was rated down for:'}
        </p>
        {statement.downgrades.length > 0 && (
          <DataTable
            caption="Reasons the certainty was rated down"
            headers={[{ label: 'Domain', className: 'w-48' }, 'Reason']}
            className="mt-3"
            fullWidth
          >
            {statement.downgrades.map((d) => (
              <tr key={d.domain}>
                <th scope="row" className={`${tableCell} font-medium`}>
                  {DOWNGRADE_DOMAIN_LABEL[d.domain]}
                </th>
                <td className={tableCell}>{d.reason}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="rationale" className="mt-10">
        <h2 id="rationale" className="text-xl font-semibold">
          Rationale
        </h2>
        <p className="mt-2 max-w-3xl text-slate-800">{statement.rationale}</p>
      </section>

      <section aria-labelledby="limits" className="mt-10">
        <h2 id="limits" className="text-xl font-semibold">
          Limits of this evidence
        </h2>
        <ul className="mt-2 max-w-3xl list-disc space-y-1 pl-6 text-slate-800">
          {statement.limits.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="product" className="mt-10">
        <h2 id="product" className="text-xl font-semibold">
          The product as studied
        </h2>
        <p className="mt-2 max-w-3xl text-sm text-slate-700">
          Whatever was found applies only to these organisms, strains and doses as studied; it cannot be assumed for
          another product, even of the same species.
        </p>
        <FieldList className="mt-3">
          <Field label="Type">
            {ADJUNCT_KIND_LABEL[adjunct.kind]}
            {adjunct.live ? ', contains live organisms' : ', no live organisms'}
          </Field>
          <Field label="Organisms">
            {adjunct.organisms.length === 0 ? (
              'None'
            ) : (
              <ul className="space-y-1">
                {adjunct.organisms.map((o) => (
                  <li key={`${o.species}-${o.strain ?? ''}`}>
                    <i>{o.species}</i>{' '}
                    {o.strain ? (
                      <span className="font-medium">{o.strain}</span>
                    ) : (
                      <span className="text-slate-700">(strain designation not given in the trial report)</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Field>
          {adjunct.otherIngredients.length > 0 && (
            <Field label="Other ingredients">
              <ul className="space-y-1">
                {adjunct.otherIngredients.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ul>
            </Field>
          )}
          <AsStudiedRows asStudied={asStudied} />
        </FieldList>
        {!adjunct.doseVerified && (
          <p
            role="note"
            className="mt-3 max-w-3xl rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950"
          >
            <strong>Dose not checked.</strong> Part of what the trial gave is not known (see Dose above), so the product
            cannot be given exactly as studied: tell the patient so, rather than guess an amount.
          </p>
        )}
        <div className="mt-3 max-w-3xl text-sm text-slate-700">
          <p>
            “{CONFIDENCE_TAG.partly}” means part was read, the sources disagree, or it was read only in summaries of the
            trial; “Not reported” means no source we read gave it.
          </p>
          <SourceRefs label="Product details from" sources={resolveSources(kb, [asStudied.trialSourceId])} />
        </div>
      </section>

      <section aria-labelledby="letter" className="mt-10">
        <h2 id="letter" className="text-xl font-semibold">
          What the founding letter says about this
        </h2>
        {letterClaims.length === 0 ? (
          <p className="mt-2 max-w-3xl text-slate-800">
            None of the founding letter’s claims is about this product. The grade above comes from the studies listed
            below. <Link href="/letter">The letter, appraised</Link>.
          </p>
        ) : (
          <LetterClaimList claims={letterClaims} citeUrl={letter ? sourceUrl(letter) : undefined} />
        )}
      </section>

      <section aria-labelledby="caveats" className="mt-10">
        <h2 id="caveats" className="text-xl font-semibold">
          Caveats shown with every suggestion
        </h2>
        <ul className="mt-3 max-w-3xl space-y-3">
          {kb.data.standardCaveats.map((c) => (
            <li key={c.code} className="rounded border border-slate-200 bg-white px-4 py-3">
              <p className="text-slate-800">{c.text}</p>
              <SourceRefs sources={resolveSources(kb, c.sourceIds)} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sources" className="mt-10">
        <h2 id="sources" className="text-xl font-semibold">
          Sources
        </h2>
        <ol className="mt-3 max-w-4xl list-decimal space-y-4 pl-6">
          {sources.map((s) => (
            <li key={s.id}>
              <SourceCitation source={s} showFindings />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
