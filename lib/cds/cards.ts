/**
 * Recommendation → CDS Hooks 2.0 cards. Pure: the id generator, origin and record findings come in.
 *
 * - Safety alerts of severity warning or critical become their own cards, with that indicator.
 * - Adjuncts the engine offers (stance consider or consider-with-caution) go on one info card per condition, each as
 *   a suggestion that creates a draft MedicationRequest (intent proposal) for the product as studied; the user picks
 *   at most one. The card's Markdown detail gives stance, GRADE certainty, SORT strength, caveats and assumptions.
 * - When no adjunct is offered, one info card says so plainly, with the reason.
 * Every clinical sentence comes from the knowledge base through the engine; this module only arranges it.
 */
import type { KnowledgeBase } from '@/lib/kb/model';
import type { Certainty, Stance } from '@/lib/kb/schema';
import type { AlertOut, RecommendationInput, RecommendationOut, SuggestionOut } from '@/lib/rules/types';
import type { MedicationFinding, PatientFindings } from './mapping';
import type { Card, Indicator, Link, OverrideReason, Suggestion } from './schemas';

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
}

export const OFFERED_STANCES: readonly Stance[] = ['consider', 'consider-with-caution'];
const MAX_SUMMARY = 139;

const STANCE_LABEL: Record<Stance, string> = {
  consider: 'may be considered',
  'consider-with-caution': 'consider only with caution',
  'insufficient-evidence': 'insufficient evidence',
  avoid: 'avoid for this patient',
};
const CERTAINTY_ORDER: readonly Certainty[] = ['high', 'moderate', 'low', 'very-low'];
const INDICATOR_ORDER: readonly Indicator[] = ['critical', 'warning', 'info'];

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

/** A one-sentence summary under 140 characters, cut at a word boundary with an ellipsis when needed. */
export function clampSummary(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_SUMMARY) return t;
  const cut = t.slice(0, MAX_SUMMARY - 1);
  // Prefer ending at a clause (after a comma or semicolon) over ending mid-clause.
  const clause = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '));
  if (clause > 60) return `${cut.slice(0, clause)}…`;
  const space = cut.lastIndexOf(' ');
  return `${(space > 60 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/, '')}…`;
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

function commonLinks(ctx: CardContext, rec: RecommendationOut): Link[] {
  return [
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

/** What was read from the record, what was not, and what was assumed: the basis of every card. */
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

  const assumed = rec.assumptions.map((a) =>
    a.factor === 'age' ? 'age' : (kb.factorsById.get(a.factor)?.name ?? a.factor),
  );
  const lines = [`**Read from the record:** ${read.join('; ')}.`];
  if (findings.unmapped.length)
    lines.push(
      `**Not used (check yourself):** ${findings.unmapped.slice(0, 8).map(md).join(' ')}${findings.unmapped.length > 8 ? ` … and ${findings.unmapped.length - 8} more.` : ''}`,
    );
  if (assumed.length) {
    lines.push(`**Not in the record, so taken as absent (check before acting):** ${md(assumed.join(', '))}.`);
  }
  lines.push(
    `*Decision support for healthcare professionals; it does not replace clinical judgement. Ruleset ${md(kb.rulesetVersion)}.*`,
  );
  return lines.join('\n\n');
}

function infoAlertsSection(alerts: readonly AlertOut[]): string {
  const info = alerts.filter((a) => a.severity === 'info');
  return info.length ? `**Also note:**\n\n${info.map((a) => `- ${md(a.text)}`).join('\n')}` : '';
}

const join = (...parts: string[]) => parts.filter((p) => p.trim() !== '').join('\n\n');

// ---------------------------------------------------------------------------------------------------------------
// Cards

function alertCard(ctx: CardContext, rec: RecommendationOut, alert: AlertOut): Card {
  return {
    uuid: ctx.makeId(`alert:${alert.code}`),
    summary: clampSummary(firstSentence(alert.text)),
    indicator: alert.severity,
    detail: join(
      md(alert.text),
      `**Applies to:** probiotic or prebiotic adjuncts for ${md(rec.condition.name.toLowerCase())}.`,
      sourcesLine(ctx, alert.sourceIds),
      recordSection(ctx, rec),
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
  const caveats = s.caveats.map(
    (c) => `- ${c.severity === 'info' ? '' : `**${upperFirst(c.severity)}:** `}${md(c.text)}`,
  );
  return join(
    `#### ${index}. ${md(s.adjunct.name)}`,
    `**Stance:** ${STANCE_LABEL[s.stance]}${md(lowered)} · **Certainty (GRADE):** ${s.evidence.certainty} · **Strength (SORT):** ${s.evidence.strength}`,
    `**As studied:** ${md([s.adjunct.strains.join(', '), ...s.adjunct.otherIngredients].join('; '))}. ${asStudiedLine(s)}`,
    md(s.evidence.summary),
    `**Caveats:**\n\n${caveats.join('\n')}`,
    `[Evidence and sources](${ctx.origin}${s.evidenceUrl})`,
  );
}

function draftOrder(ctx: CardContext, rec: RecommendationOut, s: SuggestionOut) {
  return {
    resourceType: 'MedicationRequest',
    status: 'draft',
    intent: 'proposal',
    subject: { reference: `Patient/${ctx.patientId}` },
    medicationCodeableConcept: { text: productText(s) },
    dosageInstruction: [
      {
        text: `${dosageText(s)} Alongside the usual skin treatment, not instead of it.`,
      },
    ],
    reasonCode: [{ text: rec.condition.name }],
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
    return clampSummary(
      `${name}: a studied ${s.adjunct.kind} add-on${how} (${s.evidence.certainty} certainty, SORT ${s.evidence.strength})`,
    );
  }
  const how =
    cautious === offered.length
      ? ', to consider only with caution'
      : cautious
        ? ' may be considered, some only with caution'
        : ' may be considered';
  return clampSummary(`${name}: ${offered.length} studied add-ons${how} (${best} certainty at best)`);
}

function adjunctCard(
  ctx: CardContext,
  rec: RecommendationOut,
  offered: readonly SuggestionOut[],
  others: readonly SuggestionOut[],
): Card {
  const suggestions: Suggestion[] = offered.map((s) => ({
    uuid: ctx.makeId(`suggestion:${s.id}`),
    label: `Draft an order for ${s.adjunct.name} (${s.adjunct.doseVerified ? 'as studied' : 'studied dose not fully known'})`,
    actions: [
      {
        type: 'create',
        description: `Create a draft order (proposal) for ${s.adjunct.name}: ${dosageText(s)}`,
        resource: draftOrder(ctx, rec, s),
      },
    ],
  }));
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
      infoAlertsSection(rec.alerts),
      '---',
      recordSection(ctx, rec),
    ),
    source: cardSource(ctx),
    suggestions,
    selectionBehavior: 'at-most-one',
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
    const why = s.caveats.filter((c) => c.severity !== 'info').map((c) => md(c.text));
    return `- ${md(s.adjunct.name)}: ${STANCE_LABEL[s.stance]} (GRADE ${s.evidence.certainty}, SORT ${s.evidence.strength}; [evidence](${ctx.origin}${s.evidenceUrl}))${why.length ? `. ${why.join(' ')}` : ''}`;
  });
  return {
    uuid: ctx.makeId(`conclusion:${rec.condition.id}`),
    summary: clampSummary(named ? sentence : `${rec.condition.name}: ${lowerFirst(sentence)}`),
    indicator: 'info',
    detail: join(
      evidenceAllows
        ? `**${md(sentence)}** ${md(rec.conclusion.text)}`
        : `**${md(rec.condition.name)}.** ${md(rec.conclusion.text)}`,
      md(rec.condition.summary),
      studies.length ? `**Studies weighed:**\n\n${studies.join('\n')}` : '',
      sourcesLine(ctx, rec.condition.sourceIds),
      infoAlertsSection(rec.alerts),
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
    .sort((a, b) => INDICATOR_ORDER.indexOf(a.card.indicator) - INDICATOR_ORDER.indexOf(b.card.indicator) || a.i - b.i)
    .map(({ card }) => card);
}
