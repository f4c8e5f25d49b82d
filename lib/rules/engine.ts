/**
 * The rules engine: knowledge base + validated input → recommendation. Pure and deterministic: no clock, no
 * randomness, no I/O; the same input on the same knowledge base gives the same output.
 *
 * One safety path: every safety rule — authored, derived from a regimen option's label facts, or about one
 * ingredient — is applied here and only here; the API, the workspace, the handouts and the CDS service feed it.
 * Rules can only lower a stance (stances are combined with `mostCautious`), so adding a risk factor, a co-therapy or
 * a younger age never makes an answer more permissive.
 */
import { type KnowledgeBase, type ResolvedAdjunct, scopeCovers } from '@/lib/kb/model';
import {
  bySeverity,
  type EvidenceStatement,
  type SafetyRule,
  type SafetyTopic,
  type SafetyTrigger,
  type Stance,
} from '@/lib/kb/schema';
import type {
  AlertOut,
  AsStudiedPartOut,
  CaveatOut,
  OtherMedication,
  RecommendationInput,
  RecommendationOut,
  SourceOut,
  SuggestionOut,
} from './types';

/** From most to least permissive. */
export const STANCE_ORDER: readonly Stance[] = ['consider', 'consider-with-caution', 'insufficient-evidence', 'avoid'];

export const permissiveness = (stance: Stance): number => STANCE_ORDER.length - 1 - STANCE_ORDER.indexOf(stance);

export function mostCautious(a: Stance, b: Stance): Stance {
  return permissiveness(a) <= permissiveness(b) ? a : b;
}

/** The most permissive stance each safety effect leaves (advice changes nothing). */
export const EFFECT_CAP: Record<SafetyRule['effect'], Stance | null> = {
  avoid: 'avoid',
  caution: 'consider-with-caution',
  advice: null,
};

/** What safety triggers are tested against. */
export interface SafetyContext {
  factors: ReadonlySet<string>;
  regimenFlags: ReadonlySet<string>;
  /** Regimen options the patient takes: the condition's own and any among their other medicines. */
  regimenOptions: ReadonlySet<string>;
  /** Names of the drugs whose flags count as immunosuppression. */
  immunosuppressiveDrugs: readonly string[];
  /** Years; fractions for infants given in months. */
  age: number | null;
}

export function triggerFires(trigger: SafetyTrigger, ctx: SafetyContext): boolean {
  if ('allOf' in trigger) return trigger.allOf.every((t) => triggerFires(t, ctx));
  if ('anyOf' in trigger) return trigger.anyOf.some((t) => triggerFires(t, ctx));
  if ('always' in trigger) return true;
  if ('factor' in trigger) return ctx.factors.has(trigger.factor);
  if ('regimenFlag' in trigger) return ctx.regimenFlags.has(trigger.regimenFlag);
  if ('regimenOption' in trigger) return ctx.regimenOptions.has(trigger.regimenOption);
  if ('immunosuppressiveDrugsAtLeast' in trigger)
    return ctx.immunosuppressiveDrugs.length >= trigger.immunosuppressiveDrugsAtLeast;
  return ctx.age !== null && ctx.age < trigger.ageBelow;
}

/** Whether a safety rule concerns this product (through any of its ingredients). */
export function ruleApplies(rule: SafetyRule, adjunct: ResolvedAdjunct): boolean {
  return scopeCovers(rule.appliesTo, adjunct);
}

/** Age in years for the rules: months count as fractions of a year. */
export function ageInYears(input: Pick<RecommendationInput, 'age' | 'ageMonths'>): number | null {
  if (input.ageMonths !== undefined && input.ageMonths !== null) return input.ageMonths / 12;
  return input.age;
}

/** A studied age range in words: "ages 18–35", "ages 18 and over". */
export function studiedAgesText({ min, max }: { min: number; max: number }): string {
  if (max >= 120) return `ages ${min} and over`;
  if (min <= 0) return `ages up to ${max}`;
  return `ages ${min}–${max}`;
}

/** How an age is written in answers: months for infants given in months, "90 or older" above 89. */
export function describeAge(input: Pick<RecommendationInput, 'age' | 'ageMonths'>): string | null {
  if (input.ageMonths !== undefined && input.ageMonths !== null)
    return `${input.ageMonths} ${input.ageMonths === 1 ? 'month' : 'months'}`;
  if (input.age === null) return null;
  return input.age >= 90 ? '90 or older' : `${input.age}`;
}

function strainLabel(o: ResolvedAdjunct['organisms'][number]): string {
  return o.strain ? `${o.species} ${o.strain}` : `${o.species} (strain not given in our sources)`;
}

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/** Said for a part of the product that no source we read reported. */
export const NOT_REPORTED = 'Not reported in what we could read.';

/** The product as studied, part by part, in the order a prescriber reads it. */
export function asStudiedOut(adjunct: ResolvedAdjunct): SuggestionOut['adjunct']['asStudied'] {
  const studied = adjunct.asStudied;
  const part = (
    name: AsStudiedPartOut['part'],
    label: string,
    fact: { confidence: AsStudiedPartOut['confidence']; unknown?: string; sourceIds: string[] },
    text: string | null,
  ): AsStudiedPartOut => ({
    part: name,
    label,
    text: text ?? NOT_REPORTED,
    confidence: fact.confidence,
    reported: text !== null,
    unknown: fact.unknown ?? null,
    sourceIds: [...fact.sourceIds],
  });
  return {
    trialSourceId: studied.trialSourceId,
    parts: [
      part('product', 'Product', studied.product, studied.product.text),
      part('dose', 'Dose', studied.dose, adjunct.dose),
      part('form', 'Form', studied.form, adjunct.form),
      part('duration', 'Duration', studied.duration, adjunct.duration),
      part('background', 'Background treatment', studied.background, studied.background.text),
    ],
    conflicts: studied.conflicts.map((c) => ({ text: c.text, confidence: c.confidence, sourceIds: [...c.sourceIds] })),
  };
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

function conclusionFor(
  kb: KnowledgeBase,
  conditionId: string,
  suggestions: SuggestionOut[],
): RecommendationOut['conclusion'] {
  const condition = kb.conditionsById.get(conditionId)!;
  const texts = kb.data.conclusions;
  const say = (template: string) => fill(template, { condition: condition.name.toLowerCase() });
  if (condition.evidenceStatus === 'evidence-against-routine-use') {
    return { status: 'evidence-against-routine-use', text: say(texts.evidenceAgainstRoutineUse) };
  }
  const best = suggestions.reduce<Stance>(
    (acc, s) => (permissiveness(s.stance) > permissiveness(acc) ? s.stance : acc),
    'avoid',
  );
  if (suggestions.length === 0 || condition.evidenceStatus === 'insufficient-evidence') {
    return {
      status: 'insufficient-evidence',
      text: say(suggestions.length === 0 ? texts.noStudiedProduct : texts.insufficientForCondition),
    };
  }
  if (best === 'avoid') return { status: 'avoid', text: say(texts.allAvoided) };
  if (best === 'insufficient-evidence')
    return { status: 'insufficient-evidence', text: say(texts.insufficientForPatient) };
  return {
    status: best,
    text: say(condition.question === 'prevention' ? texts.preventionOption : texts.treatmentOption),
  };
}

/** When to judge an adjunct and when to stop it: the trial's length and outcome, then the knowledge base's reasons. */
function reviewFor(kb: KnowledgeBase, statement: EvidenceStatement): NonNullable<SuggestionOut['review']> {
  const at = statement.reviewAfter;
  const stopIf = [
    ...(at ? [`no clear response by ${at.weeks} weeks`] : []),
    ...kb.data.stopReasons.map((r) => r.clinician),
  ];
  const prevention = kb.conditionsById.get(statement.conditionId)?.question === 'prevention';
  return {
    afterWeeks: at?.weeks ?? null,
    text: at
      ? `Judge it at ${at.weeks} weeks, the trial's length, on ${at.outcome}. Stop if: ${stopIf.join('; ')}.`
      : prevention
        ? `Given for a set time, not judged by response. Stop if: ${stopIf.join('; ')}.`
        : `The trial's length was not reported in our sources, so no time to judge it can be given. Stop if: ${stopIf.join('; ')}.`,
    stopIf,
    sourceIds: [...new Set([...statement.sourceIds, ...kb.data.stopReasons.flatMap((r) => r.sourceIds)])],
  };
}

/** The context a set of regimen items and other medicines makes. */
function safetyContext(
  kb: KnowledgeBase,
  input: RecommendationInput,
  regimenIds: readonly string[],
  others: readonly OtherMedication[],
): SafetyContext {
  const flags = new Set<string>();
  const options = new Set<string>(regimenIds);
  const immunosuppressive = new Map<string, string>();
  const countsAsImmunosuppression = (f: string) => kb.flagsById.get(f)?.immunosuppressive === true;
  for (const id of regimenIds) {
    const option = kb.regimenById.get(id)!;
    option.flags.forEach((f) => flags.add(f));
    if (option.flags.some(countsAsImmunosuppression)) immunosuppressive.set(`option:${id}`, option.name);
  }
  for (const m of others) {
    const option = m.optionId ? kb.regimenById.get(m.optionId) : undefined;
    const mFlags = [...m.flags, ...(option?.flags ?? [])];
    mFlags.forEach((f) => flags.add(f));
    if (option) options.add(option.id);
    const key = option ? `option:${option.id}` : `record:${m.label.toLowerCase()}`;
    if (mFlags.some(countsAsImmunosuppression) && !immunosuppressive.has(key)) immunosuppressive.set(key, m.label);
  }
  const factors = new Set(input.factors);
  for (const f of flags) {
    const implied = kb.flagsById.get(f)?.impliesFactor;
    if (implied) factors.add(implied);
  }
  return {
    factors,
    regimenFlags: flags,
    regimenOptions: options,
    immunosuppressiveDrugs: [...immunosuppressive.values()],
    age: ageInYears(input),
  };
}

const REGIMEN_TOPIC_TITLE: Partial<Record<SafetyTopic, string>> = {
  pregnancy: 'Pregnancy and the current treatment',
  lactation: 'Breastfeeding and the current treatment',
  children: 'Age limits of the current treatment',
};

/** Prefix a regimen fact with the drug's name unless the text already names it. */
function namedText(name: string, text: string): string {
  const first = name.split(/[\s(/,]+/)[0]!.toLowerCase();
  return text.toLowerCase().includes(first) ? text : `${name}: ${text}`;
}

export function recommend(kb: KnowledgeBase, input: RecommendationInput): RecommendationOut {
  const condition = kb.conditionsById.get(input.condition);
  if (!condition) throw new Error(`Unknown condition "${input.condition}" (validate input before calling the engine)`);

  const regimen = input.regimen.map((id) => {
    const option = kb.regimenById.get(id);
    if (!option || !condition.regimenOptionIds.includes(id))
      throw new Error(`Regimen "${id}" does not apply to ${condition.id}`);
    return option;
  });
  const others = input.otherMedications ?? [];
  const ctx = safetyContext(kb, input, input.regimen, others);
  const ownCtx = others.length ? safetyContext(kb, input, input.regimen, []) : ctx;
  const firedRules = kb.safetyRules.filter((rule) => triggerFires(rule.trigger, ctx));
  const topicals = regimen.filter((r) => r.route === 'topical');
  const ageText = describeAge(input);
  const years = ageInYears(input);
  const regimenUnderReview = firedRules.some((r) => r.regimenOptionId !== undefined);

  const suggestions: SuggestionOut[] = (kb.statementsByCondition.get(condition.id) ?? []).map((statement) => {
    const adjunct = kb.adjunctsById.get(statement.adjunctId)!;
    const trace = [
      `statement:${statement.id}`,
      `evidence:${statement.certainty}/${statement.strength}→${statement.baseStance}`,
    ];
    let stance = statement.baseStance;
    const caveats: CaveatOut[] = [];

    for (const rule of firedRules) {
      if (!ruleApplies(rule, adjunct)) continue;
      const cap = EFFECT_CAP[rule.effect];
      if (cap) {
        const before = stance;
        stance = mostCautious(stance, cap);
        trace.push(`safety:${rule.id}${before !== stance ? `→${stance}` : ''}`);
      } else {
        trace.push(`advice:${rule.id}`);
      }
      if (!caveats.some((c) => c.code === rule.alertCode)) {
        caveats.push({ code: rule.alertCode, severity: rule.severity, text: rule.caveat, sourceIds: rule.sourceIds });
      }
    }

    if (stance === 'avoid') {
      // How to take a product (spacing, pregnancy notes) is moot once it is not to be taken.
      const advice = new Set(firedRules.filter((r) => r.effect === 'advice').map((r) => r.alertCode));
      for (let i = caveats.length - 1; i >= 0; i--) if (advice.has(caveats[i]!.code)) caveats.splice(i, 1);
    }

    const ages = statement.studiedAges;
    if (ages && years !== null && (years < ages.min || years > ages.max)) {
      const before = stance;
      stance = mostCautious(stance, 'insufficient-evidence');
      trace.push(`age:outside-studied-range-${ages.min}-${ages.max}${before !== stance ? `→${stance}` : ''}`);
      caveats.push({
        code: 'outside-studied-ages',
        severity: 'warning',
        text: `Studied in ${studiedAgesText(ages)}; this patient is ${ageText}, so the result may not apply.`,
        sourceIds: statement.sourceIds,
      });
    }

    // Efficacy, not safety: patients the trials left out get "insufficient evidence for this patient", with why.
    const leftOut = statement.excludedPatients.filter((x) => triggerFires(x.trigger, ctx));
    const notMet = statement.studiedIn.filter((x) => !triggerFires(x.trigger, ctx));
    if (leftOut.length || notMet.length) {
      const before = stance;
      stance = mostCautious(stance, 'insufficient-evidence');
      trace.push(`population:outside${before !== stance ? `→${stance}` : ''}`);
      for (const x of leftOut) {
        caveats.push({
          code: 'outside-studied-population',
          severity: 'warning',
          text: `Not studied in patients like this one: the trial excluded ${x.who}, so benefit for this patient is unknown.${x.confidence === 'confirmed' ? '' : ' (The exclusion was read in a registry record matched to the trial, not in the paper.)'}`,
          sourceIds: x.sourceIds,
        });
      }
      for (const x of notMet) {
        caveats.push({
          code: 'outside-studied-population',
          severity: 'warning',
          text: `Studied only in ${x.who}; this patient is not recorded as one, so the result may not apply. ${x.check}`,
          sourceIds: x.sourceIds,
        });
      }
    }

    for (const limit of statement.limits) {
      caveats.push({ code: 'evidence-limits', severity: 'info', text: limit, sourceIds: statement.sourceIds });
    }
    if (!adjunct.doseVerified) {
      caveats.push({
        code: 'dose-unverified',
        severity: 'warning',
        text: `What was given in the trial is not fully known: ${lowerFirst(adjunct.asStudied.dose.unknown ?? adjunct.dose)} The product cannot be given exactly as studied, so tell the patient that rather than guess an amount.`,
        sourceIds: statement.sourceIds,
      });
    }
    for (const standard of kb.data.standardCaveats) {
      const text =
        regimenUnderReview && standard.whenRegimenUnderReview ? standard.whenRegimenUnderReview : standard.text;
      caveats.push({ code: standard.code, severity: standard.severity, text, sourceIds: standard.sourceIds });
    }
    if (topicals.length > 0) {
      const note = kb.data.topicalInteractionNote;
      trace.push('interaction:topicals-none-documented');
      caveats.push({
        code: note.code,
        severity: note.severity,
        text: `${topicals.map((t) => t.name).join('; ')}: ${note.text}`,
        sourceIds: note.sourceIds,
      });
    }

    return {
      id: `${condition.id}:${adjunct.id}`,
      adjunct: {
        id: adjunct.id,
        name: adjunct.name,
        kind: adjunct.kind,
        live: adjunct.live,
        strains: adjunct.organisms.map(strainLabel),
        otherIngredients: [...adjunct.otherIngredients],
        form: adjunct.form,
        dose: adjunct.dose,
        duration: adjunct.duration,
        doseVerified: adjunct.doseVerified,
        asStudied: asStudiedOut(adjunct),
      },
      stance,
      evidenceStance: statement.baseStance,
      evidence: {
        certainty: statement.certainty,
        strength: statement.strength,
        summary: statement.claim,
        population: statement.population,
        outcome: statement.outcome,
        effect: statement.effect,
        downgrades: statement.downgrades.map((d) => ({ ...d })),
        sourceIds: statement.sourceIds,
      },
      caveats: [...caveats].sort(bySeverity),
      review: stance === 'avoid' ? null : reviewFor(kb, statement),
      rationale: statement.rationale,
      evidenceUrl: `/evidence/${condition.id}/${adjunct.id}`,
      trace,
    };
  });
  suggestions.sort((a, b) => permissiveness(b.stance) - permissiveness(a.stance));

  const alerts = buildAlerts(kb, firedRules, suggestions, ctx, ownCtx, others);
  for (const x of kb.data.crossReferences) {
    if (x.fromConditionId !== condition.id || !triggerFires(x.trigger, ctx)) continue;
    const to = kb.conditionsById.get(x.toConditionId)?.name ?? x.toConditionId;
    alerts.push({
      code: x.id,
      severity: 'info',
      text: x.text,
      summary: `See also: ${to}.`,
      sourceIds: [...x.sourceIds],
      regimenIds: [],
    });
  }
  alerts.sort(bySeverity);

  const assumptions = kb.data.factors
    .filter((f) => !ctx.factors.has(f.id))
    .map((f) => ({ factor: f.id, text: `${f.name}: not reported, so taken as absent. Check before acting.` }));
  if (years === null) {
    assumptions.push({
      factor: 'age',
      text: 'Age: not given, so age-specific cautions (infants, children, studied age ranges, label age limits) were not applied.',
    });
  }

  const notes = (kb.notesByCondition.get(condition.id) ?? []).map((n) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    text: n.text,
    sourceIds: n.sourceIds,
  }));

  const cited = new Set<string>(condition.summarySourceIds);
  for (const s of suggestions) {
    s.evidence.sourceIds.forEach((id) => cited.add(id));
    s.caveats.forEach((c) => c.sourceIds.forEach((id) => cited.add(id)));
    s.review?.sourceIds.forEach((id) => cited.add(id));
    cited.add(s.adjunct.asStudied.trialSourceId);
    s.adjunct.asStudied.parts.forEach((p) => p.sourceIds.forEach((id) => cited.add(id)));
    s.adjunct.asStudied.conflicts.forEach((c) => c.sourceIds.forEach((id) => cited.add(id)));
  }
  alerts.forEach((a) => a.sourceIds.forEach((id) => cited.add(id)));
  notes.forEach((n) => n.sourceIds.forEach((id) => cited.add(id)));
  cited.add('khalid-2025');
  const sources: SourceOut[] = [...cited].sort().map((id) => toSourceOut(kb, id));

  const { version, releaseDate, lastReviewed } = kb.data.release;
  return {
    rulesetVersion: kb.rulesetVersion,
    knowledgeBase: { version, releaseDate, lastReviewed },
    input: {
      condition: condition.id,
      regimen: [...input.regimen],
      factors: [...input.factors],
      age: input.age,
      ageMonths: input.ageMonths ?? null,
    },
    regimenUnderReview,
    condition: {
      id: condition.id,
      name: condition.name,
      question: condition.question,
      evidenceStatus: condition.evidenceStatus,
      summary: condition.summary,
      sourceIds: condition.summarySourceIds,
      conditionUrl: `/conditions/${condition.id}`,
    },
    conclusion: conclusionFor(kb, condition.id, suggestions),
    suggestions,
    alerts,
    notes,
    assumptions,
    sources,
  };
}

/**
 * Alerts from the rules that fired. An alert about products appears only when a product it concerns is in the
 * answer; advice on how to take products is dropped only when every product it concerns is "avoid" and a critical
 * alert says why. Label facts about the regimen that need no action (info) are gathered into one alert per topic.
 */
function buildAlerts(
  kb: KnowledgeBase,
  fired: readonly SafetyRule[],
  suggestions: readonly SuggestionOut[],
  ctx: SafetyContext,
  ownCtx: SafetyContext,
  others: readonly OtherMedication[],
): AlertOut[] {
  const concerned = (rule: SafetyRule) =>
    suggestions.filter((s) => ruleApplies(rule, kb.adjunctsById.get(s.adjunct.id)!));
  const anyCritical = fired.some((r) => r.severity === 'critical' && (r.appliesTo === 'none' || concerned(r).length));
  const fromRecord = (rule: SafetyRule) => {
    if (ctx === ownCtx || triggerFires(rule.trigger, ownCtx)) return '';
    const labels = others
      .filter((m) => (rule.regimenOptionId ? m.optionId === rule.regimenOptionId : m.flags.length > 0 || m.optionId))
      .map((m) => m.label);
    return labels.length ? ` (From the record: ${[...new Set(labels)].join('; ')}.)` : '';
  };

  const alerts = new Map<string, AlertOut>();
  const grouped = new Map<SafetyTopic, { texts: string[]; sourceIds: Set<string>; regimenIds: string[] }>();
  for (const rule of fired) {
    if (rule.appliesTo !== 'none') {
      const products = concerned(rule);
      // With no studied product at all, cautions about live organisms still stand: the patient may take one anyway.
      if (products.length === 0 && !(suggestions.length === 0 && rule.appliesTo === 'live')) continue;
      if (rule.effect === 'advice' && anyCritical && products.every((s) => s.stance === 'avoid')) continue;
    }
    const option = rule.regimenOptionId ? kb.regimenById.get(rule.regimenOptionId) : undefined;
    if (option && rule.severity === 'info' && REGIMEN_TOPIC_TITLE[rule.topic]) {
      const group = grouped.get(rule.topic) ?? { texts: [], sourceIds: new Set<string>(), regimenIds: [] };
      group.texts.push(namedText(option.name, rule.text) + fromRecord(rule));
      rule.sourceIds.forEach((id) => group.sourceIds.add(id));
      group.regimenIds.push(option.id);
      grouped.set(rule.topic, group);
      continue;
    }
    const text =
      fill(option ? namedText(option.name, rule.text) : rule.text, { drugs: ctx.immunosuppressiveDrugs.join(' + ') }) +
      fromRecord(rule);
    const existing = alerts.get(rule.alertCode);
    if (existing) {
      existing.sourceIds = [...new Set([...existing.sourceIds, ...rule.sourceIds])];
    } else {
      alerts.set(rule.alertCode, {
        code: rule.alertCode,
        severity: rule.severity,
        text,
        summary: rule.summary ?? rule.caveat,
        sourceIds: [...rule.sourceIds],
        regimenIds: option ? [option.id] : [],
      });
    }
  }
  for (const [topic, group] of grouped) {
    alerts.set(`regimen-${topic}-notes`, {
      code: `regimen-${topic}-notes`,
      severity: 'info',
      text: `${REGIMEN_TOPIC_TITLE[topic]}: ${group.texts.join(' ')}`,
      summary: `${REGIMEN_TOPIC_TITLE[topic]} (${group.regimenIds.length} treatment${group.regimenIds.length === 1 ? '' : 's'}).`,
      sourceIds: [...group.sourceIds].sort(),
      regimenIds: group.regimenIds,
    });
  }
  return [...alerts.values()];
}

export function sourceUrl(source: { doi?: string; pmid?: string; pmcid?: string; url?: string }): string {
  if (source.doi) return `https://doi.org/${source.doi}`;
  if (source.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`;
  if (source.pmcid) return `https://pmc.ncbi.nlm.nih.gov/articles/${source.pmcid}/`;
  return source.url ?? '';
}

export function toSourceOut(kb: KnowledgeBase, id: string): SourceOut {
  const s = kb.sourcesById.get(id);
  if (!s) throw new Error(`Unknown source "${id}"`);
  return {
    id: s.id,
    type: s.type,
    label: s.label,
    citation: s.citation,
    year: s.year,
    doi: s.doi ?? null,
    pmid: s.pmid ?? null,
    url: sourceUrl(s),
    ocebmLevel: s.ocebmLevel,
  };
}
