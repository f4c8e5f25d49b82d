/**
 * Builds a patient handout from a recommendation. Pure and deterministic: time is passed in, no ids are made here,
 * and every sentence comes from ./plain-language.ts (which restates the knowledge base) or from the knowledge base's
 * own strain names.
 */
import type { KnowledgeBase, ResolvedAdjunct } from '@/lib/kb/model';
import { formatIsoDate } from '@/lib/kb/labels';
import { severityRank } from '@/lib/kb/schema';
import type { RecommendationOut, SuggestionOut } from '@/lib/rules/types';
import type { Block, Clinic, HandoutContent, HandoutProduct, Section, SectionId } from './content';
import {
  adjunctPlain,
  alertPlain,
  caveatPlain,
  certaintyPlain,
  conditionPlain,
  doseUnverified,
  footerText,
  generalPlain,
  readerPlain,
  regimenAlertPlain,
  stancePlain,
  statementPlain,
  stopReasonChild,
  studiedAgesPlain,
  type AlertPlain,
  type ReaderId,
  type ReaderPlain,
} from './plain-language';

/** The issue date as printed (UTC, so the same instant always prints the same date). */
export function formatIssueDate(date: Date): string {
  return formatIsoDate(date.toISOString().slice(0, 10));
}

/** Sections printed once for all products when they read the same for each (two or more products). */
const HOISTABLE: readonly SectionId[] = ['alongside', 'what-to-expect', 'stop-and-call', 'questions', 'label'];

const p = (text: string): Block => ({ kind: 'paragraph', text });
const list = (items: string[]): Block => ({ kind: 'list', items });

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new Error(`No plain-language text for ${what}: add it to lib/handout/plain-language.ts`);
  return value;
}

function caveat(code: string): string {
  return need(caveatPlain[code], `caveat "${code}"`).text;
}

function strainLabel(o: ResolvedAdjunct['organisms'][number]): string {
  return o.strain ? `${o.species} ${o.strain}` : `${o.species} (strain not named)`;
}

/**
 * Who reads the sheet (see `ReaderId`): pregnancy and breastfeeding (and a sheet on preventing eczema in a baby)
 * speak to the mother; otherwise a child (under 18, or an age given in months) is spoken about to the parent.
 */
export function readerFor(rec: RecommendationOut): ReaderId {
  const { factors, age, ageMonths } = rec.input;
  if (rec.condition.question === 'prevention' || factors.includes('pregnant') || factors.includes('breastfeeding'))
    return 'mother';
  if ((ageMonths !== null && ageMonths !== undefined) || (age !== null && age < 18)) return 'child';
  return 'self';
}

const alertText = (entry: AlertPlain, reader: ReaderId) =>
  reader === 'child' ? (entry.child ?? entry.text) : entry.text;
const alertQuestion = (entry: AlertPlain, reader: ReaderId) =>
  reader === 'child' ? (entry.childQuestion ?? entry.question) : entry.question;

/**
 * A product studied only in other ages or other people: the sheet never says how to take it (no amount, no product
 * to look for), only that it was not studied in people like this patient.
 */
export const outsideStudied = (s: SuggestionOut) =>
  s.caveats.some((c) => c.code === 'outside-studied-ages' || c.code === 'outside-studied-population');

/** The alerts attached to a suggestion, in its caveat order, with their plain wording. */
function caveatAlerts(suggestion: SuggestionOut, scope?: AlertPlain['scope']): AlertPlain[] {
  const found: AlertPlain[] = [];
  for (const c of suggestion.caveats) {
    const entry = alertPlain[c.code];
    if (entry && (!scope || entry.scope === scope) && !found.includes(entry)) found.push(entry);
  }
  return found;
}

/** Caveat codes the engine attaches that are not alerts (handled here one by one). */
const NON_ALERT_CAVEATS = new Set([
  'outside-studied-ages',
  'outside-studied-population',
  'evidence-limits',
  'dose-unverified',
  ...Object.keys(caveatPlain),
]);

function checkCaveatsKnown(suggestion: SuggestionOut) {
  for (const c of suggestion.caveats) {
    if (!NON_ALERT_CAVEATS.has(c.code)) need(alertPlain[c.code], `alert code "${c.code}"`);
  }
}

interface Ctx {
  kb: KnowledgeBase;
  rec: RecommendationOut;
  readerId: ReaderId;
  reader: ReaderPlain;
  /** The heading of the box at the top, when there is one (regimen review points to it). */
  importantHeading: string;
}

function productSections(ctx: Ctx, suggestion: SuggestionOut): Section[] {
  const { kb, rec, readerId, reader } = ctx;
  const adjunct = need(kb.adjunctsById.get(suggestion.adjunct.id), `adjunct "${suggestion.adjunct.id}"`);
  const plain = need(adjunctPlain[adjunct.id], `adjunct "${adjunct.id}"`);
  const statement = need(
    (kb.statementsByCondition.get(rec.condition.id) ?? []).find((s) => s.adjunctId === adjunct.id),
    `statement for ${suggestion.id}`,
  );
  const why = need(statementPlain[statement.id], `statement "${statement.id}"`).why;
  const prevention = rec.condition.question === 'prevention';
  const codes = new Set(suggestion.caveats.map((c) => c.code));
  const alerts = caveatAlerts(suggestion, 'product');
  // An amount is shown only when the studied dose was checked and put in plain words.
  const amountShown = adjunct.doseVerified && plain.amount !== null;
  const strainsNamed = adjunct.organisms.length > 0 && adjunct.organisms.every((o) => o.strain);

  const howToTake: Block[] = [];
  if (adjunct.organisms.length) {
    howToTake.push(p('The study used a product with these live bacteria:'), list(adjunct.organisms.map(strainLabel)));
  }
  if (adjunct.otherIngredients.length) howToTake.push(p('It also had:'), list([...adjunct.otherIngredients]));
  if (adjunct.organisms.some((o) => !o.strain)) {
    howToTake.push(
      p(
        'The study did not name the exact strain of each kind of bacteria, so no product on sale can be matched to it for sure.',
      ),
    );
  }
  howToTake.push(p(plain.product));
  howToTake.push(
    p(
      [plain.amount, adjunct.doseVerified ? null : doseUnverified, plain.howLong]
        .filter((t): t is string => t !== null)
        .join(' '),
    ),
  );
  howToTake.push(p(plain.background));
  if (statement.reviewAfter && !prevention)
    howToTake.push(p(`If it has not helped after ${statement.reviewAfter.weeks} weeks, stop it and tell your doctor.`));

  const expect: string[] = [];
  if (suggestion.stance === 'insufficient-evidence') {
    // "We do not know if it helps" (very low certainty) would only repeat it.
    expect.push(stancePlain['insufficient-evidence']);
    if (statement.certainty !== 'very-low') expect.push(certaintyPlain[statement.certainty]);
  } else {
    expect.push(certaintyPlain[statement.certainty]);
  }
  expect.push(caveat('research-needed'), caveat('long-term-unknown'));

  // "If you become pregnant" means nothing to someone who is pregnant already (or to a prevention sheet, given in
  // pregnancy), nor to a parent of a child younger than anyone who can be pregnant: leave it out then.
  const pregnant = prevention || rec.input.factors.includes('pregnant');
  const minPregnancyAge = kb.factorsById.get('pregnant')?.plausibleAges?.min ?? 0;
  const tooYoung = readerId === 'child' && (rec.input.ageMonths != null || (rec.input.age ?? 0) < minPregnancyAge);
  const reasons = kb.data.stopReasons.filter((r) => !((pregnant || tooYoung) && r.id === 'pregnancy'));
  const stopItems = prevention
    ? [
        ...reasons.map((r) => `you or your baby ${r.plain}`),
        'you or your baby get signs of an allergy, such as a rash, swelling or trouble breathing',
      ]
    : [
        ...reasons.map((r) =>
          readerId === 'child' ? need(stopReasonChild[r.id], `stop reason "${r.id}" for a child`) : `you ${r.plain}`,
        ),
        reader.allergyStop,
      ];
  const stop: Block[] = [
    p(prevention ? 'Stop it and call your doctor straight away if:' : reader.stopIntro),
    list(stopItems),
    p('If there is trouble breathing, call for emergency help.'),
  ];
  if (alerts.length) stop.push(p(reader.alsoImportant), list(alerts.map((a) => alertText(a, readerId))));

  const questions = [
    prevention ? 'Is this product right for me and my baby?' : reader.rightForMe,
    // With no brand named, "where can I get the exact product?" has no answer: ask what can be known instead, or
    // nothing when not even the strains are named.
    ...(adjunct.asStudied.product.confidence === 'confirmed'
      ? ['Where can I get the exact product used in the study?']
      : strainsNamed
        ? ['The study did not name a brand. Is there a product with the same strains?']
        : []),
    ...(adjunct.doseVerified ? [] : [reader.whatAmount]),
    ...caveatAlerts(suggestion).flatMap((a) => {
      const q = alertQuestion(a, readerId);
      return q ? [q] : [];
    }),
    'When should we check if it is helping?',
  ];

  // Only what "How to take it" shows can be looked for: strain numbers when the study named them, an amount when
  // one is shown.
  const label: string[] = [];
  if (strainsNamed) {
    label.push(
      `Look for the exact names and strain numbers${amountShown ? ', and the amount,' : ''} shown under “How to take it”. ${caveat('strain-specific')}`,
    );
  } else if (adjunct.organisms.length) {
    label.push(
      `The study did not name every strain, so a label cannot show that a product is the same. ${caveat('strain-specific')}`,
    );
  }
  label.push(caveat('supplement-regulation'));
  if (adjunct.live && howToTake.some((b) => b.kind === 'paragraph' && b.text.includes('CFU')))
    label.push('CFU means colony-forming units: the number of live bacteria.');

  const review = rec.regimenUnderReview;
  const alongside: Block[] = [
    p(
      review
        ? reader.reviewText(ctx.importantHeading)
        : prevention
          ? 'It does not treat eczema. If your baby gets eczema, your doctor will talk with you about treatment.'
          : reader.alongside,
    ),
  ];
  if (codes.has('no-known-interaction-topicals') && !review) alongside.push(p(caveat('no-known-interaction-topicals')));

  // Most important first: whether it goes with the treatment, how to take it and when to stop; then the rest.
  return [
    {
      id: 'alongside',
      heading: review
        ? reader.reviewHeading
        : prevention
          ? 'It goes with your baby’s usual care, not instead of it'
          : reader.alongsideHeading,
      blocks: alongside,
    },
    { id: 'how-to-take', heading: 'How to take it', blocks: howToTake },
    { id: 'stop-and-call', heading: 'When to stop and call', blocks: stop },
    { id: 'what-to-expect', heading: 'What to expect', blocks: [list(expect)] },
    { id: 'what-and-why', heading: 'What it is and why your doctor mentioned it', blocks: [p(`${plain.what} ${why}`)] },
    { id: 'questions', heading: 'Questions to ask your doctor or pharmacist', blocks: [list(questions)] },
    { id: 'label', heading: 'What to look for on a label', blocks: [list(label)] },
  ];
}
/** A drug's name as a patient reads it on a box: the knowledge base's name without the bracketed detail. */
function plainDrugName(kb: KnowledgeBase, optionId: string): string {
  const name = kb.regimenById.get(optionId)?.name ?? optionId;
  return name.replace(/\s*\(.*$/, '').trim();
}

function regimenTopic(code: string): 'pregnancy' | 'lactation' | 'children' {
  if (code.startsWith('regimen-pregnancy')) return 'pregnancy';
  if (code.startsWith('regimen-lactation')) return 'lactation';
  return 'children';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Moves what reads the same for every product into one shared part, so the sheet stays short: whole sections when
 * they are identical, and for sections that are a single list, the items every product has (each product keeps its
 * own items under the same heading).
 */
/** Moves the sections (or list items) every product has into one shared part, printed once after the products. */
export function hoistShared(products: HandoutProduct[]): HandoutContent['shared'] {
  if (products.length < 2) return null;
  const sections: Section[] = [];
  for (const id of HOISTABLE) {
    const each = products.map((prod) => prod.sections.find((s) => s.id === id));
    const first = each[0];
    if (!first || !each.every((s) => s !== undefined)) continue;
    if (each.every((s) => same(s, first))) {
      sections.push(first);
      for (const prod of products) prod.sections = prod.sections.filter((s) => s.id !== id);
      continue;
    }
    const lists = each.map((s) =>
      s!.blocks.length === 1 && s!.blocks[0]!.kind === 'list' ? s!.blocks[0]!.items : null,
    );
    if (lists.some((l) => l === null)) continue;
    const common = lists[0]!.filter((item) => lists.every((l) => l!.includes(item)));
    if (!common.length) continue;
    sections.push({ ...first, blocks: [list(common)] });
    for (const prod of products) {
      prod.sections = prod.sections.flatMap((s) => {
        if (s.id !== id || s.blocks[0]?.kind !== 'list') return [s];
        const own = s.blocks[0].items.filter((item) => !common.includes(item));
        return own.length ? [{ ...s, blocks: [list(own)] }] : [];
      });
    }
  }
  return sections.length ? { heading: 'For every product on this sheet', sections } : null;
}

export interface HandoutOptions {
  /** The clinic's name and phone number, printed under "When to call" (never the patient's details). */
  clinic?: Clinic | null;
}

/** Trimmed clinic details, or null when nothing is left. */
function cleanClinic(clinic: Clinic | null | undefined): Clinic | null {
  const name = clinic?.name?.trim() || null;
  const phone = clinic?.phone?.trim() || null;
  return name || phone ? { name, phone } : null;
}

const MAX_FULL_INSUFFICIENT = 1;

/**
 * The handout for the selected suggestions of a recommendation. `selectedSuggestionIds` must be suggestion ids of
 * `recommendation` (the caller validates them); the order of the recommendation is kept. An empty selection is a
 * sheet that says why no product is suggested.
 *
 * Order on the page: the box of hard stops and warnings about this patient; products not to take; products to talk
 * about (whether it goes with the treatment, how to take it, when to stop, then background); what else was talked
 * about; background.
 */
export function buildHandout(
  kb: KnowledgeBase,
  recommendation: RecommendationOut,
  selectedSuggestionIds: readonly string[],
  issuedAt: Date,
  options: HandoutOptions = {},
): HandoutContent {
  const rec = recommendation;
  const condition = need(conditionPlain[rec.condition.id], `condition "${rec.condition.id}"`);
  const unknown = selectedSuggestionIds.filter((id) => !rec.suggestions.some((s) => s.id === id));
  if (unknown.length) throw new Error(`Not suggestions of this recommendation: ${unknown.join(', ')}`);
  const selected = rec.suggestions.filter((s) => selectedSuggestionIds.includes(s.id));
  selected.forEach(checkCaveatsKnown);
  for (const alert of rec.alerts)
    if (alert.regimenIds.length === 0) need(alertPlain[alert.code], `alert code "${alert.code}"`);

  const readerId = readerFor(rec);
  const reader = readerPlain[readerId];
  const ctx: Ctx = { kb, rec, readerId, reader, importantHeading: reader.importantHeading };
  const note = readerId === 'child' ? (condition.childNote ?? condition.note) : condition.note;
  const nameOf = (s: SuggestionOut) => need(adjunctPlain[s.adjunct.id], `adjunct "${s.adjunct.id}"`).name;

  // The patient's own treatment first, then hard stops, then warnings: each in the box at the top. Information that
  // asks for nothing goes with the background.
  type Item = { text: string; severity: number; regimen: boolean };
  const items: Item[] = rec.alerts.flatMap((a): Item[] => {
    if (a.regimenIds.length) {
      const drugs = [...new Set(a.regimenIds.map((id) => plainDrugName(kb, id)))];
      return [
        {
          text: regimenAlertPlain(regimenTopic(a.code), a.severity, drugs, reader.atAge),
          severity: severityRank(a.severity),
          regimen: true,
        },
      ];
    }
    const entry = alertPlain[a.code];
    return entry?.scope === 'patient'
      ? [{ text: alertText(entry, readerId), severity: severityRank(a.severity), regimen: false }]
      : [];
  });
  items.sort((a, b) => b.severity - a.severity || Number(b.regimen) - Number(a.regimen));
  const boxed = items.filter((i) => i.regimen || i.severity > severityRank('info'));
  const info = items.filter((i) => !boxed.includes(i));
  const hardStop = items.some((i) => i.severity === severityRank('critical'));

  const printable = selected.filter((s) => s.stance !== 'avoid');
  const avoided = selected.filter((s) => s.stance === 'avoid');
  // Never how to take a product studied only in other ages or other people: one line says so instead.
  const outside = printable.filter(outsideStudied);
  const inPopulation = printable.filter((s) => !outsideStudied(s));
  const actionable = inPopulation.some((s) => s.stance === 'consider' || s.stance === 'consider-with-caution');
  // Beside products worth acting on, those with too little research get one short entry each, not a full page.
  // With none worth acting on, the first is printed in full (the sheet is about it) and the rest briefly,
  // so that the sheet still fits two pages.
  const insufficient = inPopulation.filter((s) => s.stance === 'insufficient-evidence');
  const brief = actionable ? insufficient : insufficient.slice(MAX_FULL_INSUFFICIENT);
  const full = inPopulation.filter((s) => !brief.includes(s));

  const products: HandoutProduct[] = full.map((s) => ({
    suggestionId: s.id,
    adjunctId: s.adjunct.id,
    name: nameOf(s),
    stance: s.stance,
    standing: reader.stance[s.stance],
    sections: productSections(ctx, s),
  }));
  const shared = hoistShared(products);

  const statementOf = (s: SuggestionOut) =>
    (kb.statementsByCondition.get(rec.condition.id) ?? []).find((x) => x.adjunctId === s.adjunct.id);
  // Not even the product's name (it may name a strain): only its kind, why it is not for this patient, and that
  // the sheet gives no amount.
  const outsideLine = (s: SuggestionOut) => {
    const ages = statementOf(s)?.studiedAges;
    const why =
      ages && s.caveats.some((c) => c.code === 'outside-studied-ages')
        ? reader.outsideAgesProduct(s.adjunct.kind, studiedAgesPlain(ages.min, ages.max))
        : reader.outsidePopulationProduct(s.adjunct.kind);
    return `${why} ${reader.noDoseOutside} ${reader.notAsking}`;
  };
  const alsoDiscussed: Block[] = [
    ...brief.map((s) => p(`${nameOf(s)}: ${stancePlain['insufficient-evidence']} ${reader.notAsking}`)),
    ...[...new Set(outside.map(outsideLine))].map(p),
  ];

  const notForYou: Block[] = avoided.flatMap((s) => {
    const reasons = s.caveats.flatMap((c) => {
      const reason = alertPlain[c.code]?.reason;
      return reason ? [reason] : [];
    });
    return [
      p(`${nameOf(s)}: ${reader.doNotTake}`),
      list(reasons.length ? [...new Set(reasons)] : ['Your doctor does not advise it for you right now.']),
    ];
  });

  // With nothing to take, say why, from the answer as a whole (not only from what was ticked).
  const noneToTake = products.length === 0;
  const notePlace = noneToTake ? 'why' : 'intro';
  const why: string[] = [];
  if (noneToTake) {
    const all = rec.suggestions;
    if (note) why.push(note);
    const allAvoided = all.length > 0 && all.every((s) => s.stance === 'avoid');
    if (allAvoided && hardStop) why.push(reader.hardStop);
    for (const s of all) {
      if (s.stance === 'avoid') {
        if (allAvoided && hardStop) continue;
        const reasons = [...new Set(s.caveats.flatMap((c) => alertPlain[c.code]?.reason ?? []))];
        why.push([`${nameOf(s)}: ${reader.stance.avoid}`, ...reasons].join(' '));
        continue;
      }
      // A selected product studied in other people has its own line under "Also talked about".
      if (outside.includes(s)) continue;
      const ages = statementOf(s)?.studiedAges;
      if (ages && s.caveats.some((c) => c.code === 'outside-studied-ages'))
        why.push(reader.outsideAges(studiedAgesPlain(ages.min, ages.max)));
      if (s.caveats.some((c) => c.code === 'outside-studied-population')) why.push(reader.outsidePopulation);
    }
    const plainInsufficient = all.some((s) => s.stance === 'insufficient-evidence' && !outsideStudied(s));
    if (plainInsufficient && !(note && rec.condition.evidenceStatus !== 'some-evidence'))
      why.push(reader.tooLittleResearch);
    if (all.some((s) => s.stance === 'consider' || s.stance === 'consider-with-caution'))
      why.push(reader.noneSuggested);
  }

  const named = products.length + brief.length + outside.length + avoided.length;
  const intro: Block[] = [
    p(
      `${named === 0 ? reader.introNone : `${reader.introProducts(named === 1)} It explains what the research says, in plain words.`} ${reader.learnOnly}`,
    ),
  ];
  if (note && notePlace === 'intro') intro.push(p(note));
  if (noneToTake && avoided.length) intro.push(p(reader.notForYouBelow));

  const clinic = cleanClinic(options.clinic);

  return {
    format: 1,
    title: condition.title.replace(/\byour\b/, reader.owner),
    conditionId: rec.condition.id,
    conditionName: condition.name,
    issuedAt: issuedAt.toISOString(),
    issuedOn: formatIssueDate(issuedAt),
    rulesetVersion: rec.rulesetVersion,
    reader: readerId,
    intro,
    important: boxed.length
      ? { id: 'important', heading: reader.importantHeading, blocks: [list([...new Set(boxed.map((i) => i.text))])] }
      : null,
    whyNone: why.length ? { id: 'why-none', heading: reader.whyNoneHeading, blocks: [list([...new Set(why)])] } : null,
    general: { id: 'general', heading: generalPlain.heading, blocks: [p(generalPlain.items.join(' '))] },
    products,
    shared,
    notForYou: notForYou.length ? { id: 'not-for-you', heading: reader.notForYouHeading, blocks: notForYou } : null,
    alsoDiscussed: alsoDiscussed.length
      ? {
          id: 'also-discussed',
          heading: outside.length ? 'Also talked about, but not suggested' : 'Also talked about: not enough research',
          blocks: alsoDiscussed,
        }
      : null,
    contact: noneToTake ? { id: 'contact', heading: reader.contactHeading, blocks: [p(reader.contact)] } : null,
    goodToKnow: info.length
      ? { id: 'good-to-know', heading: 'Also good to know', blocks: [list([...new Set(info.map((i) => i.text))])] }
      : null,
    clinic,
    footer: footerText,
  };
}
