/**
 * Recommendation → CDS Hooks 2.0 cards. Pure: the id generator, origin and record findings come in.
 *
 * - Safety alerts of severity warning or critical become their own cards, with that indicator; the summary is the
 *   alert's own one-line summary from the knowledge base (never cut).
 * - Adjuncts the engine offers (stance consider or consider-with-caution) go on one info card per condition. A product
 *   whose medication code the knowledge base holds becomes a suggestion that creates a draft MedicationRequest
 *   (intent proposal), coded, with the matched Condition's code as reasonCode; a product no code system covers gets no
 *   create action (an EHR cannot apply it) and links to its evidence and the workspace instead (ADR 0008).
 * - When no adjunct is offered, one info card says so plainly, with the reason.
 * Detail is short: what to do, why, the grades, warnings only, and one line of what the record did not say; the rest is
 * behind the evidence link. A safety fact appears once per response (`shown`), not on every card.
 * Every clinical sentence comes from the knowledge base through the engine; this module only arranges it.
 */
import type { KnowledgeBase } from '@/lib/kb/model';
import { type Certainty, SEVERITY_ORDER, type Stance } from '@/lib/kb/schema';
import type { AlertOut, RecommendationInput, RecommendationOut, SuggestionOut } from '@/lib/rules/types';
import type { MedicationFinding, PatientFindings } from './mapping';
import type { Card, Link, OverrideReason, Suggestion } from './schemas';

export interface CardContext {
  kb: KnowledgeBase;
  /** Absolute origin of this app, e.g. https://gutskin.example.org (no trailing slash). */
  origin: string;
  patientId: string;
  /** Deterministic id for a key (see uuid.ts). */
  makeId: (key: string) => string;
  findings: PatientFindings;
  /** Factor id → where it was read from. */
  factorSources: Record<string, string>;
  otherMedications: readonly MedicationFinding[];
  /** Codes of info alerts already shown on an earlier card of this response (shared by the calls of one response). */
  shown?: Set<string>;
  /** This app's SMART launch URL when SMART launch is set up: cards then carry a `smart` link to the same view. */
  smartLaunchUrl?: string;
}

export const OFFERED_STANCES: readonly Stance[] = ['consider', 'consider-with-caution'];
const MAX_SUMMARY = 139;

const STANCE_LABEL: Record<Stance, string> = {
  consider: 'may be considered',
  'consider-with-caution': 'consider only with caution',
  'insufficient-evidence': 'insufficient evidence',
  avoid: 'avoid for this patient',
};
/** The shortest honest wording of each conclusion, for a summary when the KB's first sentence is too long. */
const CONCLUSION_SHORT: Record<RecommendationOut['conclusion']['status'], string> = {
  consider: 'a studied adjunct may be considered (see detail).',
  'consider-with-caution': 'a studied adjunct, only with caution (see detail).',
  'insufficient-evidence': 'not enough evidence to suggest a probiotic or prebiotic.',
  avoid: 'probiotic or prebiotic adjuncts are not advised for this patient.',
  'evidence-against-routine-use': 'the evidence does not support routine use.',
};
const CERTAINTY_ORDER: readonly Certainty[] = ['high', 'moderate', 'low', 'very-low'];

// ---------------------------------------------------------------------------------------------------------------
// Text helpers

/** Escapes text for GitHub-flavoured Markdown (record text is untrusted; KB text may contain * or _). */
export function md(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}

/** The first sentence, not fooled by genus abbreviations ("L. rhamnosus") or "e.g.". */
export function firstSentence(text: string): string {
  const t = text.trim();
  for (const m of t.matchAll(/[.!?](?=\s|$)/g)) {
    const before = t.slice(0, m.index);
    if (/(^|[\s(])([A-Z]|e\.g|i\.e|vs|subsp|spp|approx)$/.test(before)) continue;
    return t.slice(0, m.index + 1);
  }
  return t;
}

/**
 * The first of `candidates` that fits a card summary (under 140 characters). Summaries are written to fit, from the
 * most specific wording to the shortest, so nothing is cut; the last candidate must always fit.
 */
export function fitSummary(...candidates: string[]): string {
  const tidy = candidates.map((c) => c.replace(/\s+/g, ' ').trim());
  const fits = tidy.find((c) => c.length > 0 && c.length <= MAX_SUMMARY);
  if (fits) return fits;
  throw new Error(`No card summary fits ${MAX_SUMMARY} characters: ${JSON.stringify(tidy.at(-1))}`);
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------------------------
// Shared card parts

export function overrideReasons(origin: string): OverrideReason[] {
  const system = `${origin}/cds/override-reasons`;
  return [
    { system, code: 'patient-declined', display: 'Patient declined' },
    { system, code: 'not-clinically-relevant', display: 'Not clinically relevant for this patient' },
    { system, code: 'evidence-insufficient', display: 'Evidence judged insufficient' },
    { system, code: 'already-taking', display: 'Already taking a probiotic or prebiotic' },
  ];
}

function cardSource(ctx: CardContext) {
  return { label: `GutSkin CDS ${ctx.kb.rulesetVersion}`, url: `${ctx.origin}/methods` };
}

/** The clinician workspace with the same state (no patient identifiers: condition, regimen, factors, age). */
export function workspaceUrl(origin: string, input: RecommendationInput): string {
  const params: string[] = [`condition=${encodeURIComponent(input.condition)}`];
  if (input.regimen.length) params.push(`regimen=${input.regimen.map(encodeURIComponent).join(',')}`);
  if (input.factors.length) params.push(`factors=${input.factors.map(encodeURIComponent).join(',')}`);
  // Ages of 90 and over are written as 90 (an age that high can help identify a person; no studied range reaches it).
  if (input.ageMonths !== undefined && input.ageMonths !== null) params.push(`ageMonths=${input.ageMonths}`);
  else if (input.age !== null) params.push(`age=${Math.min(input.age, 90)}`);
  return `${origin}/?${params.join('&')}`;
}

/**
 * The SMART link of a card: the EHR launches the app (iss, launch) and passes `appContext` back in the token response;
 * it is the card's workspace query (condition, regimen, factors, age: no identifiers), and the launch opens that
 * condition's view filled from the chart, which the same mapping makes the same view.
 */
export function smartLink(launchUrl: string, input: RecommendationInput): Link {
  return {
    label: 'Open in GutSkin CDS with the record (SMART)',
    url: launchUrl,
    type: 'smart',
    appContext: workspaceUrl('', input).slice(2),
  };
}

function commonLinks(ctx: CardContext, rec: RecommendationOut): Link[] {
  return [
    ...(ctx.smartLaunchUrl ? [smartLink(ctx.smartLaunchUrl, rec.input)] : []),
    { label: 'Open in the GutSkin CDS workspace', url: workspaceUrl(ctx.origin, rec.input), type: 'absolute' },
    {
      label: `${rec.condition.name}: evidence overview`,
      url: `${ctx.origin}${rec.condition.conditionUrl}`,
      type: 'absolute',
    },
  ];
}

function sourcesLine(ctx: CardContext, ids: readonly string[]): string {
  const links = ids.map((id) => {
    const label = ctx.kb.sourcesById.get(id)?.label ?? id;
    return `[${md(label)}](${ctx.origin}/sources/${encodeURIComponent(id)})`;
  });
  return links.length ? `**Sources:** ${links.join(' · ')}` : '';
}

/** What was read from the record, what was not, and what was assumed (the main card of a condition; one block). */
function recordSection(ctx: CardContext, rec: RecommendationOut): string {
  const { kb, findings } = ctx;
  const read: string[] = [];
  const condition = findings.conditions.find((c) => c.conditionId === rec.condition.id);
  if (condition) read.push(`${md(rec.condition.name)} (${md(condition.via)})`);
  for (const id of rec.input.regimen) {
    const meds = findings.medications.filter((m) => m.optionId === id);
    const drafted = meds.some((m) => m.draft) ? ', being ordered' : '';
    const notes = [...new Set(meds.map((m) => m.note).filter((n): n is string => n !== null))];
    read.push(
      `${md(kb.regimenById.get(id)?.name ?? id)} (${md(meds.map((m) => m.label).join('; '))}${drafted}${notes.length ? `; ${md(notes.join('; '))}` : ''})`,
    );
  }
  for (const m of ctx.otherMedications) {
    read.push(
      `${md(m.label)}: not a regimen option for ${md(rec.condition.name.toLowerCase())}, counted for safety (${m.flags.join(', ')})${m.note ? `; ${md(m.note)}` : ''}`,
    );
  }
  for (const id of rec.input.factors) {
    const name = kb.factorsById.get(id)?.name ?? id;
    read.push(`${md(name)} (${md(ctx.factorSources[id] ?? 'from the record')})`);
  }
  read.push(
    rec.input.ageMonths !== null
      ? `Age: ${rec.input.ageMonths} months (from the birth date)`
      : rec.input.age === null
        ? 'Age: unknown'
        : `Age: ${rec.input.age >= 90 ? '90 or older' : rec.input.age} (from the birth date)`,
  );

  const lines = [`**Read from the record:** ${read.join('; ')}.`];
  if (findings.unmapped.length)
    lines.push(
      `**Not used (check yourself):** ${findings.unmapped.slice(0, 3).map(md).join(' ')}${findings.unmapped.length > 3 ? ` (and ${findings.unmapped.length - 3} more: see the workspace)` : ''}`,
    );
  lines.push(notInRecordLine(ctx, rec), disclaimer(ctx));
  return join(...lines);
}

/** One line: the medications read from the record (what an alert about treatment rests on). */
function medicationsLine(ctx: CardContext, rec: RecommendationOut): string {
  const read = rec.input.regimen.map((id) => {
    const labels = ctx.findings.medications.filter((m) => m.optionId === id).map((m) => m.label);
    return `${md(ctx.kb.regimenById.get(id)?.name ?? id)}${labels.length ? ` (${md(labels.join('; '))})` : ''}`;
  });
  for (const m of ctx.otherMedications) read.push(`${md(m.label)} (${m.flags.join(', ')})`);
  return read.length ? `**Medications read from the record:** ${read.join('; ')}.` : '';
}

/** One line: what the record did not say, so was taken as absent. */
function notInRecordLine(ctx: CardContext, rec: RecommendationOut): string {
  const assumed = rec.assumptions.map((a) =>
    a.factor === 'age' ? 'age' : (ctx.kb.factorsById.get(a.factor)?.name ?? a.factor).toLowerCase(),
  );
  if (!assumed.length) return '';
  const shown = assumed.slice(0, 6).join(', ');
  return `**Not in the record, taken as absent (check before acting):** ${md(shown)}${assumed.length > 6 ? ` and ${assumed.length - 6} more` : ''}.`;
}

const disclaimer = (ctx: CardContext) =>
  `*Decision support; it does not replace clinical judgement. Ruleset ${md(ctx.kb.rulesetVersion)}.*`;

/** Info alerts not yet shown on an earlier card of this response. */
function infoAlertsSection(ctx: CardContext, alerts: readonly AlertOut[]): string {
  const info = alerts.filter((a) => a.severity === 'info' && !ctx.shown?.has(a.code));
  info.forEach((a) => ctx.shown?.add(a.code));
  return info.length ? `**Also note:**\n\n${info.map((a) => `- ${md(a.text)}`).join('\n')}` : '';
}

const join = (...parts: string[]) => parts.filter((p) => p.trim() !== '').join('\n\n');

// ---------------------------------------------------------------------------------------------------------------
// Cards

function alertCard(ctx: CardContext, rec: RecommendationOut, alert: AlertOut): Card {
  return {
    uuid: ctx.makeId(`alert:${alert.code}`),
    // The alert's own first sentence when it fits (it names the subject), else its one-line summary from the KB.
    summary: fitSummary(firstSentence(alert.text), alert.summary),
    indicator: alert.severity,
    detail: join(
      md(alert.text),
      alert.regimenIds.length
        ? `**Concerns:** the patient's own treatment (${md(alert.regimenIds.map((id) => ctx.kb.regimenById.get(id)?.name ?? id).join(', '))}).`
        : `**Applies to:** probiotic or prebiotic adjuncts for ${md(rec.condition.name.toLowerCase())}.`,
      sourcesLine(ctx, alert.sourceIds),
      medicationsLine(ctx, rec),
      notInRecordLine(ctx, rec),
    ),
    source: cardSource(ctx),
    links: commonLinks(ctx, rec),
    overrideReasons: overrideReasons(ctx.origin),
  };
}

const CONFIDENCE_WORDS = { confirmed: '', partly: ' (partly checked)', unverified: ' (not verified)' } as const;

/** Product, dose, form, duration and background treatment, each saying when it was not fully checked. */
function asStudiedLine(s: SuggestionOut): string {
  const parts = s.adjunct.asStudied.parts.map(
    (p) =>
      `${p.label}: ${md(p.reported ? p.text.replace(/\.$/, '') + CONFIDENCE_WORDS[p.confidence] : 'not reported in what we could read')}`,
  );
  const conflicts = s.adjunct.asStudied.conflicts.map((c) =>
    md(c.text.replace(/\.$/, '') + CONFIDENCE_WORDS[c.confidence]),
  );
  return `${parts.join(' · ')}.${conflicts.length ? ` **Conflicts of interest:** ${conflicts.join('; ')}.` : ''}`;
}

/** What the draft order says about the amount: the studied dose, or plainly that it is not fully known. */
function dosageText(s: SuggestionOut): string {
  const a = s.adjunct;
  if (a.doseVerified) return `${a.form}: ${a.dose}, for ${a.duration}, as studied.`;
  const unknown = a.asStudied.parts.find((p) => p.part === 'dose')?.unknown ?? a.dose;
  return `${a.form}, for ${a.duration}. The studied dose is not fully known: ${unknown} Do not guess an amount.`;
}

function productText(s: SuggestionOut): string {
  const parts = [...s.adjunct.strains, ...s.adjunct.otherIngredients];
  return `${s.adjunct.name}: ${parts.join(', ')}`;
}

function suggestionSection(ctx: CardContext, s: SuggestionOut, index: number): string {
  const lowered =
    s.stance !== s.evidenceStance
      ? ` (the evidence alone: ${STANCE_LABEL[s.evidenceStance]}; lowered by patient factors)`
      : '';
  // Warnings and critical caveats here; the notes are on the evidence page, one click away.
  const warnings = s.caveats
    .filter((c) => c.severity !== 'info')
    .map((c) => `- **${upperFirst(c.severity)}:** ${md(c.text)}`);
  const notes = s.caveats.length - warnings.length;
  return join(
    `#### ${index}. ${md(s.adjunct.name)}`,
    `**Stance:** ${STANCE_LABEL[s.stance]}${md(lowered)} · **Certainty (GRADE):** ${s.evidence.certainty} · **Strength (SORT):** ${s.evidence.strength}`,
    md(s.evidence.summary),
    `**As studied:** ${md([s.adjunct.strains.join(', '), ...s.adjunct.otherIngredients].join('; '))}. ${asStudiedLine(s)}`,
    s.review ? `**Review:** ${md(s.review.text)} **Stop if:** ${md(s.review.stopIf.join('; '))}.` : '',
    warnings.join('\n'),
    `[Evidence, sources${notes ? ` and ${notes} more note${notes === 1 ? '' : 's'}` : ''}](${ctx.origin}${s.evidenceUrl})`,
  );
}

type OrderCoding = NonNullable<KnowledgeBase['data']['adjuncts'][number]['orderCoding']>;

function draftOrder(ctx: CardContext, rec: RecommendationOut, s: SuggestionOut, coding: OrderCoding) {
  const matched = ctx.findings.conditions.find((c) => c.conditionId === rec.condition.id);
  return {
    resourceType: 'MedicationRequest',
    status: 'draft',
    intent: 'proposal',
    subject: { reference: `Patient/${ctx.patientId}` },
    medicationCodeableConcept: { coding: coding.map((c) => ({ ...c })), text: productText(s) },
    dosageInstruction: [
      {
        text: `${dosageText(s)} Alongside the usual skin treatment, not instead of it.`,
      },
    ],
    reasonCode: [{ ...(matched ? { coding: [matched.coding] } : {}), text: rec.condition.name }],
    note: [
      {
        text: `Suggested by GutSkin CDS ${ctx.kb.rulesetVersion}: ${STANCE_LABEL[s.stance]}; GRADE certainty ${s.evidence.certainty}, SORT strength ${s.evidence.strength}. Evidence: ${ctx.origin}${s.evidenceUrl}`,
      },
    ],
  };
}

function adjunctSummary(rec: RecommendationOut, offered: readonly SuggestionOut[]): string {
  const name = rec.condition.name;
  const best = CERTAINTY_ORDER.find((c) => offered.some((s) => s.evidence.certainty === c)) ?? 'very-low';
  const cautious = offered.filter((s) => s.stance === 'consider-with-caution').length;
  if (offered.length === 1) {
    const s = offered[0]!;
    const how = cautious ? ', to consider only with caution' : ' may be considered';
    return fitSummary(
      `${name}: a studied ${s.adjunct.kind} add-on${how} (${s.evidence.certainty} certainty, SORT ${s.evidence.strength})`,
      `${name}: a studied ${s.adjunct.kind} add-on${how}`,
      `${name}: one studied add-on`,
    );
  }
  const how =
    cautious === offered.length
      ? ', to consider only with caution'
      : cautious
        ? ' may be considered, some only with caution'
        : ' may be considered';
  return fitSummary(
    `${name}: ${offered.length} studied add-ons${how} (${best} certainty at best)`,
    `${name}: ${offered.length} studied add-ons${how}`,
    `${name}: ${offered.length} studied add-ons`,
  );
}

function adjunctCard(
  ctx: CardContext,
  rec: RecommendationOut,
  offered: readonly SuggestionOut[],
  others: readonly SuggestionOut[],
): Card {
  const suggestions: Suggestion[] = offered.flatMap((s) => {
    const coding = ctx.kb.adjunctsById.get(s.adjunct.id)?.orderCoding;
    if (!coding) return [];
    return [
      {
        uuid: ctx.makeId(`suggestion:${s.id}`),
        label: `Draft an order for ${s.adjunct.name} (${s.adjunct.doseVerified ? 'as studied' : 'studied dose not fully known'})`,
        actions: [
          {
            type: 'create',
            description: `Create a draft order (proposal) for ${s.adjunct.name}: ${dosageText(s)}`,
            resource: draftOrder(ctx, rec, s, coding),
          },
        ],
      },
    ];
  });
  const uncoded = offered.filter((s) => !ctx.kb.adjunctsById.get(s.adjunct.id)?.orderCoding);
  const notOffered = others.length
    ? `**Not suggested:** ${others.map((s) => `${md(s.adjunct.name)} (${STANCE_LABEL[s.stance]}; [evidence](${ctx.origin}${s.evidenceUrl}))`).join('; ')}.`
    : '';
  return {
    uuid: ctx.makeId(`adjuncts:${rec.condition.id}`),
    summary: adjunctSummary(rec, offered),
    indicator: 'info',
    detail: join(
      `**${md(rec.condition.name)}.** ${md(rec.conclusion.text)}`,
      ...offered.map((s, i) => suggestionSection(ctx, s, i + 1)),
      notOffered,
      uncoded.length
        ? `*No order can be drafted from this card: no medication code system covers ${uncoded.length === 1 ? 'this product' : 'these products'}. Open the evidence or the workspace to advise the patient.*`
        : '',
      infoAlertsSection(ctx, rec.alerts),
      '---',
      recordSection(ctx, rec),
    ),
    source: cardSource(ctx),
    ...(suggestions.length ? { suggestions, selectionBehavior: 'at-most-one' as const } : {}),
    links: [
      ...offered.map((s): Link => ({
        label: `Evidence: ${s.adjunct.name}`,
        url: `${ctx.origin}${s.evidenceUrl}`,
        type: 'absolute',
      })),
      ...commonLinks(ctx, rec),
    ],
    overrideReasons: overrideReasons(ctx.origin),
  };
}

function conclusionCard(ctx: CardContext, rec: RecommendationOut): Card {
  // The engine's conclusion is about the evidence; when the evidence would allow an adjunct but none is offered to
  // this patient (outside the studied ages, ruled out by factors), the card says that instead.
  // (The engine's conclusion then still reads "Specific products have low-certainty evidence…", with status
  // insufficient-evidence: true of the evidence, but not an answer for this patient.)
  const evidenceAllows = rec.condition.evidenceStatus === 'some-evidence' && rec.conclusion.status !== 'avoid';
  const sentence = evidenceAllows
    ? `${rec.condition.name}: none of the studied adjuncts is offered for this patient (the reasons are in the detail).`
    : firstSentence(rec.conclusion.text);
  const named = sentence.toLowerCase().includes(rec.condition.name.toLowerCase());
  const studies = rec.suggestions.map((s) => {
    // The first reason is enough here; the evidence page has all of them.
    const why = s.caveats
      .filter((c) => c.severity !== 'info')
      // Why it is not offered comes first: the patient is outside whom it was studied in.
      .sort((a, b) => Number(b.code.startsWith('outside-')) - Number(a.code.startsWith('outside-')))
      .slice(0, 1)
      .map((c) => md(c.text));
    return `- ${md(s.adjunct.name)}: ${STANCE_LABEL[s.stance]} (GRADE ${s.evidence.certainty}, SORT ${s.evidence.strength}; [evidence](${ctx.origin}${s.evidenceUrl}))${why.length ? `. ${why.join(' ')}` : ''}`;
  });
  const name = rec.condition.name;
  return {
    uuid: ctx.makeId(`conclusion:${rec.condition.id}`),
    summary: fitSummary(
      named ? sentence : `${name}: ${lowerFirst(sentence)}`,
      evidenceAllows
        ? `${name}: no studied adjunct is offered for this patient (see detail).`
        : `${name}: ${CONCLUSION_SHORT[rec.conclusion.status]}`,
      `${name}: see detail.`,
    ),
    indicator: 'info',
    detail: join(
      evidenceAllows
        ? `**${md(sentence)}** ${md(rec.conclusion.text)}`
        : `**${md(rec.condition.name)}.** ${md(rec.conclusion.text)}`,
      studies.length ? `**Studies weighed:**\n\n${studies.join('\n')}` : '',
      sourcesLine(ctx, rec.condition.sourceIds),
      infoAlertsSection(ctx, rec.alerts),
      '---',
      recordSection(ctx, rec),
    ),
    source: cardSource(ctx),
    links: commonLinks(ctx, rec),
    overrideReasons: overrideReasons(ctx.origin),
  };
}

/** The cards for one condition's recommendation. */
export function cardsForRecommendation(ctx: CardContext, rec: RecommendationOut): Card[] {
  const alerts = rec.alerts.filter((a) => a.severity !== 'info').map((a) => alertCard(ctx, rec, a));
  const offered = rec.suggestions.filter((s) => OFFERED_STANCES.includes(s.stance));
  const others = rec.suggestions.filter((s) => !OFFERED_STANCES.includes(s.stance));
  const main = offered.length ? adjunctCard(ctx, rec, offered, others) : conclusionCard(ctx, rec);
  return [...alerts, main];
}

/**
 * Order-select: only what the drafted order changes. `rec` is the answer with the draft, `before` without it. Alerts
 * the draft brings (its own interactions and label facts) become cards as in patient-view; advice it changes (a
 * product now to avoid, or only with caution) goes on one info card. A draft that changes nothing gets no card:
 * patient-view already showed the rest.
 */
export function orderChangeCards(ctx: CardContext, rec: RecommendationOut, before: RecommendationOut): Card[] {
  const isNew = (a: AlertOut) => !before.alerts.some((b) => b.code === a.code);
  const added = rec.alerts.filter(isNew);
  const cards = added.filter((a) => a.severity !== 'info').map((a) => alertCard(ctx, rec, a));
  const changed = rec.suggestions.flatMap((s) => {
    const was = before.suggestions.find((b) => b.id === s.id);
    return was && was.stance !== s.stance ? [{ s, was: was.stance }] : [];
  });
  const notes = added.filter((a) => a.severity === 'info');
  if (!changed.length && !notes.length) return cards;
  const drafted = [...new Set(ctx.findings.medications.filter((m) => m.draft).map((m) => m.label))].join(', ');
  const lines = changed.map(
    ({ s, was }) =>
      `- ${md(s.adjunct.name)}: now ${STANCE_LABEL[s.stance]} (was ${STANCE_LABEL[was]}). ${s.caveats
        .filter((c) => c.severity !== 'info')
        .map((c) => md(c.text))
        .join(' ')} [Evidence](${ctx.origin}${s.evidenceUrl})`,
  );
  cards.push({
    uuid: ctx.makeId(`order-change:${rec.condition.id}`),
    summary: fitSummary(
      `Ordering ${drafted} changes the probiotic advice for ${rec.condition.name.toLowerCase()}`,
      `This order changes the probiotic advice for ${rec.condition.name.toLowerCase()}`,
      'This order changes the probiotic or prebiotic advice',
    ),
    indicator: 'info',
    detail: join(
      `**Being ordered:** ${md(drafted)}.`,
      lines.length ? `**Advice that changes:**\n\n${lines.join('\n')}` : '',
      notes.length ? `**Also note:**\n\n${notes.map((a) => `- ${md(a.text)}`).join('\n')}` : '',
      notInRecordLine(ctx, rec),
      disclaimer(ctx),
    ),
    source: cardSource(ctx),
    links: commonLinks(ctx, rec),
    overrideReasons: overrideReasons(ctx.origin),
  });
  return cards;
}

/** Cards of several conditions: one card per alert (the first condition's wording), most urgent first. */
export function mergeCards(lists: readonly Card[][]): Card[] {
  const seen = new Set<string>();
  const out: Card[] = [];
  for (const card of lists.flat()) {
    const key = card.uuid ?? card.summary;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(card);
  }
  return out
    .map((card, i) => ({ card, i }))
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.card.indicator) - SEVERITY_ORDER.indexOf(b.card.indicator) || a.i - b.i)
    .map(({ card }) => card);
}
