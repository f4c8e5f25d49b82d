import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, tableCell } from '@/components/data-table';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { Field, FieldList } from '@/components/field-list';
import { StrengthBadge } from '@/components/grade-badges';
import { SourceRefs } from '@/components/source-citation';
import { StanceLabel } from '@/components/stance-label';
import { getKnowledgeBase } from '@/lib/kb';
import { resolveSources } from '@/lib/kb/citations';
import { gradingRule, type GradingRule } from '@/lib/kb/grading-policy';
import {
  describeScope,
  CERTAINTY_LABEL,
  CERTAINTY_MEANING,
  describeTrigger,
  namesFrom,
  DOWNGRADE_DOMAIN_LABEL,
  DOWNGRADE_DOMAIN_MEANING,
  formatIsoDate,
  OCEBM_LEVELS,
  OCEBM_MEANING,
  RULE_EFFECT_LABEL,
  SEVERITY_LABEL,
  STANCE_MEANING,
  STRENGTH_MEANING,
} from '@/lib/kb/labels';
import { Certainty, DowngradeDomain, Strength, type Stance } from '@/lib/kb/schema';
import { STANCE_ORDER } from '@/lib/rules/engine';

export const metadata: Metadata = {
  title: 'Methods',
  description:
    'Intended use, how the evidence was appraised and graded, how stances are reached, and the knowledge-base version.',
};

const h2 = 'text-xl font-semibold';
const h3 = 'mt-6 text-lg font-semibold';
const cell = tableCell;
const prose = 'mt-2 max-w-3xl text-slate-800';

export default function MethodsPage() {
  const kb = getKnowledgeBase();
  const { release } = kb.data;
  const statements = kb.data.statements;
  const names = namesFrom(kb);

  // How the grades of this release map to the stance the evidence alone supports.
  const combos = new Map<string, { certainty: Certainty; strength: Strength; stance: Stance; count: number }>();
  for (const s of statements) {
    const key = `${s.certainty}/${s.strength}/${s.baseStance}`;
    const entry = combos.get(key) ?? { certainty: s.certainty, strength: s.strength, stance: s.baseStance, count: 0 };
    entry.count += 1;
    combos.set(key, entry);
  }
  const comboRows = [...combos.values()].sort(
    (a, b) =>
      Certainty.options.indexOf(a.certainty) - Certainty.options.indexOf(b.certainty) ||
      a.strength.localeCompare(b.strength),
  );
  const countBy = (c: Certainty) => statements.filter((s) => s.certainty === c).length;

  return (
    <article>
      <Breadcrumbs items={[{ href: '/evidence', label: 'Evidence' }, { label: 'Methods' }]} />
      <h1 className="text-2xl font-semibold text-slate-900">Methods</h1>
      <p className={`${prose} text-lg`}>
        What GutSkin CDS is for, where its evidence comes from, how that evidence is graded, and how a grade becomes the
        stance shown for a patient.
      </p>

      <nav
        aria-label="On this page"
        className="no-print mt-4 max-w-3xl rounded border border-slate-200 bg-white px-4 py-3 text-sm"
      >
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a href="#intended-use">Intended use</a>
          </li>
          <li>
            <a href="#appraisal">How sources were appraised</a>
          </li>
          <li>
            <a href="#grading">Grading scales</a>
          </li>
          <li>
            <a href="#stances">How stances are reached</a>
          </li>
          <li>
            <a href="#inputs">Patient information used</a>
          </li>
          <li>
            <a href="#version">Version and funding</a>
          </li>
          <li>
            <a href="#contact">Report a problem</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="intended-use" className="mt-10">
        <h2 id="intended-use" className={h2}>
          Intended use
        </h2>
        <ul className={`${prose} list-disc space-y-2 pl-6`}>
          <li>
            <strong>For healthcare professionals</strong>: dermatologists and other clinicians who treat skin disease.
            It is not meant for patients to use directly.
          </li>
          <li>
            <strong>Decision support, not a substitute for clinical judgement.</strong> It shows, for a condition and a
            patient, which probiotic, prebiotic or synbiotic products have been studied as add-ons to usual treatment,
            how good that evidence is, and what limits it. Every suggestion links to the evidence it rests on so that
            you can review the basis yourself rather than rely on the suggestion.
          </li>
          <li>
            <strong>Not for time-critical or emergency decisions.</strong>
          </li>
          <li>
            <strong>Patient handouts</strong> are education material that a clinician chooses to give after discussing
            it with the patient. They are not advice for patients to treat themselves.
          </li>
          <li>
            It names organisms and strains as they were studied. It does not endorse brands or products on sale, which
            may differ from what was studied.
          </li>
        </ul>
      </section>

      <section aria-labelledby="appraisal" className="mt-10">
        <h2 id="appraisal" className={h2}>
          How sources were found and appraised
        </h2>
        <ul className={`${prose} list-disc space-y-2 pl-6`}>
          <li>
            The knowledge base was written from an evidence fact sheet whose facts were each checked against a copy of
            the source, and an addendum that re-checked the facts the fact sheet had not verified (confirming some and
            correcting others). Facts that could not be checked are never shown as findings: at most they shape a caveat
            such as “not checked” or “not studied”.
          </li>
          <li>
            The app cites the publication itself (authors, journal, year, DOI or PubMed id), not the web page where a
            fact was checked.
          </li>
          <li>
            <strong>The product as studied.</strong> For each product the app shows the product and maker, dose, form,
            duration and the treatment the trial gave alongside, each marked as checked, “Partly checked” (part read,
            sources disagree, or read only in summaries of the trial) or “Not reported” (no source we read gave it),
            with what is not known. Sponsor, supplier, employer and patent ties of a trial are shown as conflicts of
            interest; GRADE&apos;s risk-of-bias judgement takes them into account.
          </li>
          <li>
            <strong>Strain-specific rule.</strong> An effect found for one strain or mix is never claimed for another,
            even of the same species. Pooled analyses of different strains are shown as context; they do not support any
            single product.
          </li>
          <li>
            <strong>The founding letter is graded separately from the evidence.</strong> It is a letter with no original
            data (OCEBM level 5), so grades come from the trials, meta-analyses and guidelines underneath. Where the
            letter and the evidence disagree, the app says so: see <Link href="/letter">the letter, appraised</Link>.
          </li>
          <li>
            The knowledge base is not itself a systematic review: a relevant study may be missing. Please report one
            (see{' '}
            <a href="#contact" className="print-no-url">
              Report a problem
            </a>
            ).
          </li>
        </ul>
      </section>

      <section aria-labelledby="grading" className="mt-10">
        <h2 id="grading" className={h2}>
          Grading scales
        </h2>

        <h3 id="grade" className={h3}>
          GRADE: certainty of the evidence
        </h3>
        <PolicyText id="grade" />
        <DataTable
          className="mt-3"
          caption="GRADE certainty levels and how many graded statements carry each"
          headers={['Certainty', 'Meaning', 'Products graded so in this release']}
        >
          {Certainty.options.map((c) => (
            <tr key={c}>
              <th scope="row" className={`${cell} font-medium`}>
                {CERTAINTY_LABEL[c]}
              </th>
              <td className={cell}>{CERTAINTY_MEANING[c]}</td>
              <td className={cell}>{countBy(c)}</td>
            </tr>
          ))}
        </DataTable>
        <DataTable
          className="mt-4"
          caption="Reasons for rating certainty down"
          showCaption
          headers={['Domain', 'Meaning']}
        >
          {DowngradeDomain.options.map((d) => (
            <tr key={d}>
              <th scope="row" className={`${cell} font-medium`}>
                {DOWNGRADE_DOMAIN_LABEL[d]}
              </th>
              <td className={cell}>{DOWNGRADE_DOMAIN_MEANING[d]}</td>
            </tr>
          ))}
        </DataTable>

        <h3 id="sort" className={h3}>
          SORT: strength of recommendation
        </h3>
        <PolicyText id="sort" />
        <DataTable className="mt-3" caption="SORT strength levels" headers={['Strength', 'Meaning']}>
          {Strength.options.map((s) => (
            <tr key={s}>
              <th scope="row" className={`${cell} font-normal`}>
                <StrengthBadge strength={s} />
              </th>
              <td className={cell}>{STRENGTH_MEANING[s]}</td>
            </tr>
          ))}
        </DataTable>

        <h3 id="ocebm" className={h3}>
          OCEBM 2011: level of evidence of each source
        </h3>
        <PolicyText id="ocebm" />
        <DataTable className="mt-3" caption="OCEBM 2011 levels" headers={['Level', 'Typical design']}>
          {OCEBM_LEVELS.map((l) => (
            <tr key={l}>
              <th scope="row" className={`${cell} font-medium`}>
                {l}
              </th>
              <td className={cell}>{OCEBM_MEANING[l]}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="stances" className="mt-10">
        <h2 id="stances" className={h2}>
          How a stance is reached
        </h2>
        <PolicyText id="stance" />
        <p className={prose}>
          Each graded product carries the stance its evidence alone supports, set when it was graded. In this release
          the grades map to evidence stances as shown below.
        </p>
        <h3 className={h3}>{gradingRule('patient-factors').title}</h3>
        <PolicyText id="patient-factors" />
        <h3 className={h3}>{gradingRule('strain').title}</h3>
        <PolicyText id="strain" />

        <DataTable
          className="mt-4"
          caption="Grades and evidence stances in this release"
          showCaption
          headers={['GRADE', 'SORT', 'Evidence stance', 'Products']}
        >
          {comboRows.map((r) => (
            <tr key={`${r.certainty}/${r.strength}/${r.stance}`}>
              <td className={cell}>{CERTAINTY_LABEL[r.certainty]}</td>
              <td className={cell}>{r.strength}</td>
              <td className={cell}>
                <StanceLabel stance={r.stance} />
              </td>
              <td className={cell}>{r.count}</td>
            </tr>
          ))}
        </DataTable>

        <h3 className={h3}>Stances, from most to least permissive</h3>
        <FieldList className="mt-3 max-w-3xl">
          {STANCE_ORDER.map((s) => (
            <Field key={s} label={<StanceLabel stance={s} />}>
              {STANCE_MEANING[s]}
            </Field>
          ))}
        </FieldList>

        <h3 id="safety-rules" className={h3}>
          Safety checks
        </h3>
        <p className={prose}>Every check below is applied to every suggestion, whatever the condition.</p>
        <ul className="mt-3 max-w-4xl space-y-3">
          {kb.data.safetyRules.map((r) => (
            <li
              key={r.id}
              id={`rule-${r.id}`}
              className="scroll-mt-4 rounded border border-slate-200 bg-white px-4 py-3"
            >
              <p className="font-semibold text-slate-900">When: {describeTrigger(r.trigger, names)}</p>
              <p className="text-sm text-slate-700">
                Applies to: {describeScope(r.appliesTo, names)} · Effect: {RULE_EFFECT_LABEL[r.effect]} · Alert level:{' '}
                {SEVERITY_LABEL[r.severity]}
              </p>
              <p className="mt-1 text-slate-800">{r.text}</p>
              <div className="mt-1">
                <SourceRefs sources={resolveSources(kb, r.sourceIds)} />
              </div>
            </li>
          ))}
        </ul>

        <h3 id="caveats" className={h3}>
          Caveats every suggestion carries
        </h3>
        <ul className="mt-3 max-w-3xl space-y-3">
          {[...kb.data.standardCaveats, kb.data.topicalInteractionNote].map((c) => (
            <li key={c.code} className="rounded border border-slate-200 bg-white px-4 py-3">
              <p className="text-slate-800">
                {c.code === kb.data.topicalInteractionNote.code && (
                  <span className="font-medium">When a topical treatment is in the regimen: </span>
                )}
                {c.text}
              </p>
              <SourceRefs sources={resolveSources(kb, c.sourceIds)} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="inputs" className="mt-10">
        <h2 id="inputs" className={h2}>
          Patient information used
        </h2>
        <p className={prose}>A suggestion depends only on:</p>
        <ul className={`${prose} list-disc space-y-1 pl-6`}>
          <li>the condition (where treatment and prevention have different evidence, they are separate choices);</li>
          <li>the current regimen, chosen from the options listed for that condition;</li>
          <li>
            these patient factors, each marked present or not:
            <ul className="mt-1 list-[circle] space-y-1 pl-6">
              {kb.data.factors.map((f) => (
                <li key={f.id}>
                  <span className="font-medium">{f.name}</span>: {f.description}
                </li>
              ))}
            </ul>
          </li>
          <li>age in whole years, if given.</li>
        </ul>
        <p className={prose}>
          No race, ethnicity, language, sexual orientation, gender identity, sex, date of birth, social determinant of
          health or any other health-status information is asked for or used. No patient identifiers (name, date of
          birth, record number) are asked for or stored, and none go into a page address.
        </p>
      </section>

      <section aria-labelledby="version" className="mt-10">
        <h2 id="version" className={h2}>
          Version, review and funding
        </h2>
        <FieldList className="mt-3 max-w-3xl">
          <Field label="Knowledge-base version (rulesetVersion)">
            <span className="font-mono">{kb.rulesetVersion}</span>
            <span className="block text-sm text-slate-700">
              Release {release.version} plus a fingerprint of the content: any change to the content changes it.
            </span>
          </Field>
          <Field label="Released">
            <time dateTime={release.releaseDate}>{formatIsoDate(release.releaseDate)}</time>
          </Field>
          <Field label="Last reviewed">
            <time dateTime={release.lastReviewed}>{formatIsoDate(release.lastReviewed)}</time>
          </Field>
          <Field label="Next review due">
            <time dateTime={release.nextReviewDue}>{formatIsoDate(release.nextReviewDue)}</time>
          </Field>
          <Field label="Developer">{release.developer}</Field>
          <Field label="Funding">{release.funding}</Field>
        </FieldList>
      </section>

      <section aria-labelledby="contact" className="mt-10">
        <h2 id="contact" className={h2}>
          Report a problem
        </h2>
        <p className={prose}>{release.contact}</p>
        <p className={prose}>
          When the service answers an EHR through CDS Hooks, what clinicians did with each card (accepted or overridden,
          with their reasons) is kept without patient identifiers and listed at{' '}
          <Link href="/cds/feedback">CDS Hooks feedback</Link>, so the suggestions can be audited.
        </p>
      </section>
    </article>
  );
}

/** One grading rule, in the words docs/knowledge-base.md also carries (`backticks` become code). */
function PolicyText({ id }: { id: GradingRule['id'] }) {
  const parts = gradingRule(id).text.split('`');
  return <p className={prose}>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</p>;
}
