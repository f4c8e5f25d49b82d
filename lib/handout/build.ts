/**
 * Builds a patient handout from a recommendation. Pure and deterministic: time is passed in, no ids are made here,
 * and every sentence comes from ./plain-language.ts (which restates the knowledge base) or from the knowledge base's
 * own strain names.
 */
import type { KnowledgeBase, ResolvedAdjunct } from '@/lib/kb/model';
import { formatIsoDate } from '@/lib/kb/labels';
import type { RecommendationOut, SuggestionOut } from '@/lib/rules/types';
import type { Block, HandoutContent, HandoutProduct, Section, SectionId } from './content';
import {
  adjunctPlain,
  alertPlain,
  caveatPlain,
  certaintyPlain,
  conditionPlain,
  doseUnverified,
  footerText,
  generalPlain,
  outsideStudiedAges,
  outsideStudiedPopulation,
  regimenAlertPlain,
  regimenReviewPlain,
  stancePlain,
  statementPlain,
  type AlertPlain,
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

/** The alerts attached to a suggestion, in its caveat order, with their plain wording. */
function productAlerts(suggestion: SuggestionOut): AlertPlain[] {
  const found: AlertPlain[] = [];
  for (const c of suggestion.caveats) {
    const entry = alertPlain[c.code];
    if (entry?.scope === 'product' && !found.includes(entry)) found.push(entry);
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

function productSections(kb: KnowledgeBase, rec: RecommendationOut, suggestion: SuggestionOut): Section[] {
  const adjunct = need(kb.adjunctsById.get(suggestion.adjunct.id), `adjunct "${suggestion.adjunct.id}"`);
  const plain = need(adjunctPlain[adjunct.id], `adjunct "${adjunct.id}"`);
  const statement = need(
    (kb.statementsByCondition.get(rec.condition.id) ?? []).find((s) => s.adjunctId === adjunct.id),
    `statement for ${suggestion.id}`,
  );
  const why = need(statementPlain[statement.id], `statement "${statement.id}"`).why;
  const prevention = rec.condition.question === 'prevention';
  const codes = new Set(suggestion.caveats.map((c) => c.code));
  const alerts = productAlerts(suggestion);

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
  if (codes.has('outside-studied-ages') && statement.studiedAges)
    expect.push(outsideStudiedAges(statement.studiedAges.min, statement.studiedAges.max));
  if (codes.has('outside-studied-population')) expect.push(outsideStudiedPopulation);

  const who = prevention ? 'you or your baby' : 'you';
  // "If you become pregnant" means nothing to someone who is pregnant already (or to a prevention sheet, given in
  // pregnancy): leave it out then.
  const pregnant = prevention || rec.input.factors.includes('pregnant');
  const reasons = kb.data.stopReasons.filter((r) => !(pregnant && r.id === 'pregnancy'));
  const stop: Block[] = [
    p(`Stop ${prevention ? 'it' : 'taking it'} and call your doctor straight away if:`),
    list([
      ...reasons.map((r) => `${who} ${r.plain}`),
      `${who} get signs of an allergy, such as a rash, swelling or trouble breathing`,
    ]),
    p('If there is trouble breathing, call for emergency help.'),
  ];

  if (alerts.length) stop.push(p('Also important for you:'), list(alerts.map((a) => a.text)));

  const questions = [
    prevention ? 'Is this product right for me and my baby?' : 'Is this product right for me, with my other medicines?',
    // With no brand named, "where can I get the exact product?" has no answer: ask what can be known instead, or
    // nothing when not even the strains are named.
    ...(adjunct.asStudied.product.confidence === 'confirmed'
      ? ['Where can I get the exact product used in the study?']
      : adjunct.organisms.every((o) => o.strain)
        ? ['The study did not name a brand. Is there a product with the same strains?']
        : []),
    ...(adjunct.doseVerified ? [] : ['What amount should I take?']),
    ...alerts.flatMap((a) => (a.question ? [a.question] : [])),
    'When should we check if it is helping?',
  ];

  const label: string[] = [
    // With the dose unknown, "How to take it" shows no amount to look for.
    `Look for the exact names${adjunct.doseVerified ? ', numbers and amount' : ' and numbers'} shown under “How to take it”. ${caveat('strain-specific')}`,
    caveat('supplement-regulation'),
  ];
  if (adjunct.live) label.push('CFU means colony-forming units: the number of live bacteria.');

  const review = rec.regimenUnderReview;
  const alongside: Block[] = [
    p(
      review
        ? regimenReviewPlain.text
        : prevention
          ? 'It does not treat eczema. If your baby gets eczema, your doctor will talk with you about treatment.'
          : caveat('alongside-not-instead'),
    ),
  ];
  if (codes.has('no-known-interaction-topicals') && !review) alongside.push(p(caveat('no-known-interaction-topicals')));

  return [
    { id: 'what-and-why', heading: 'What it is and why your doctor mentioned it', blocks: [p(`${plain.what} ${why}`)] },
    {
      id: 'alongside',
      heading: review
        ? regimenReviewPlain.heading
        : prevention
          ? 'It goes with your baby’s usual care, not instead of it'
          : 'It goes with your skin treatment, not instead of it',
      blocks: alongside,
    },
    { id: 'how-to-take', heading: 'How to take it', blocks: howToTake },
    { id: 'what-to-expect', heading: 'What to expect', blocks: [list(expect)] },
    { id: 'stop-and-call', heading: 'When to stop and call', blocks: stop },
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

/**
 * The handout for the selected suggestions of a recommendation. `selectedSuggestionIds` must be suggestion ids of
 * `recommendation` (the caller validates them); the order of the recommendation is kept.
 */
const MAX_FULL_INSUFFICIENT = 1;

export function buildHandout(
  kb: KnowledgeBase,
  recommendation: RecommendationOut,
  selectedSuggestionIds: readonly string[],
  issuedAt: Date,
): HandoutContent {
  const condition = need(conditionPlain[recommendation.condition.id], `condition "${recommendation.condition.id}"`);
  const unknown = selectedSuggestionIds.filter((id) => !recommendation.suggestions.some((s) => s.id === id));
  if (unknown.length) throw new Error(`Not suggestions of this recommendation: ${unknown.join(', ')}`);
  const selected = recommendation.suggestions.filter((s) => selectedSuggestionIds.includes(s.id));
  selected.forEach(checkCaveatsKnown);
  for (const alert of recommendation.alerts)
    if (alert.regimenIds.length === 0) need(alertPlain[alert.code], `alert code "${alert.code}"`);

  const printable = selected.filter((s) => s.stance !== 'avoid');
  const avoided = selected.filter((s) => s.stance === 'avoid');
  const actionable = printable.some((s) => s.stance === 'consider' || s.stance === 'consider-with-caution');
  // Beside products worth acting on, those with too little research get one short entry each, not a full page.
  // With none worth acting on, the first is printed in full (the sheet is about it) and the rest briefly,
  // so that the sheet still fits two pages.
  const insufficient = printable.filter((s) => s.stance === 'insufficient-evidence');
  const brief = actionable ? insufficient : insufficient.slice(MAX_FULL_INSUFFICIENT);
  const full = printable.filter((s) => !brief.includes(s));

  const products: HandoutProduct[] = full.map((s) => ({
    suggestionId: s.id,
    adjunctId: s.adjunct.id,
    name: need(adjunctPlain[s.adjunct.id], `adjunct "${s.adjunct.id}"`).name,
    stance: s.stance,
    standing: stancePlain[s.stance],
    sections: productSections(kb, recommendation, s),
  }));
  const shared = hoistShared(products);

  const alsoDiscussed: Block[] = brief.map((s) =>
    p(
      `${need(adjunctPlain[s.adjunct.id], `adjunct "${s.adjunct.id}"`).name}: ${stancePlain['insufficient-evidence']} Your doctor is not asking you to take it. Ask them first if you want to.`,
    ),
  );

  const notForYou: Block[] = avoided.flatMap((s) => {
    const reasons = s.caveats.flatMap((c) => {
      const reason = alertPlain[c.code]?.reason;
      return reason ? [reason] : [];
    });
    return [
      p(`${need(adjunctPlain[s.adjunct.id], `adjunct "${s.adjunct.id}"`).name}: do not take it.`),
      list(reasons.length ? [...new Set(reasons)] : ['Your doctor does not advise it for you right now.']),
    ];
  });

  // The patient's own treatment first: those alerts are about what they already take.
  const regimenItems = recommendation.alerts.flatMap((a) => {
    if (a.regimenIds.length === 0) return [];
    const drugs = a.regimenIds.map((id) => plainDrugName(kb, id));
    return [regimenAlertPlain(regimenTopic(a.code), a.severity, [...new Set(drugs)])];
  });
  const patientItems = [
    ...regimenItems,
    ...recommendation.alerts.flatMap((a) => {
      const entry = alertPlain[a.code];
      return a.regimenIds.length === 0 && entry?.scope === 'patient' ? [entry.text] : [];
    }),
  ];

  const intro: Block[] = [
    p(
      `${
        products.length + brief.length + avoided.length === 0
          ? 'Your doctor gave you this sheet. It explains what the research says about probiotics for your skin.'
          : `Your doctor gave you this sheet about ${products.length + brief.length + avoided.length === 1 ? 'a product' : 'products'} you talked about. It explains what the research says, in plain words.`
      } It is for you to learn from: please do not start, stop or change any treatment without your doctor.`,
    ),
  ];
  if (condition.note) intro.push(p(condition.note));
  if (products.length === 0) {
    intro.push(
      p(
        avoided.length
          ? 'The product your doctor talked about is not for you right now. See below.'
          : 'Your doctor has not suggested a product for you.',
      ),
    );
  }

  return {
    format: 1,
    title: condition.title,
    conditionId: recommendation.condition.id,
    conditionName: condition.name,
    issuedAt: issuedAt.toISOString(),
    issuedOn: formatIssueDate(issuedAt),
    rulesetVersion: recommendation.rulesetVersion,
    intro,
    important: patientItems.length
      ? { id: 'important', heading: 'Important for you', blocks: [list(patientItems)] }
      : null,
    general: { id: 'general', heading: generalPlain.heading, blocks: [p(generalPlain.items.join(' '))] },
    products,
    shared,
    notForYou: notForYou.length ? { id: 'not-for-you', heading: 'Not for you right now', blocks: notForYou } : null,
    alsoDiscussed: alsoDiscussed.length
      ? { id: 'also-discussed', heading: 'Also talked about: not enough research', blocks: alsoDiscussed }
      : null,
    footer: footerText,
  };
}
