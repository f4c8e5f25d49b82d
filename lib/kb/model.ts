/** The loaded knowledge base: validated data plus lookup maps and the safety rules derived from it. Pure; no I/O. */
import type {
  Adjunct,
  Condition,
  ConditionNote,
  EvidenceStatement,
  Factor,
  Ingredient,
  KnowledgeBaseData,
  LabelStatus,
  LetterClaim,
  RegimenFlagInfo,
  RegimenOption,
  RuleScope,
  SafetyRule,
  SafetyTrigger,
  Severity,
  Source,
} from './schema';

/** A product with its ingredients resolved: whether it is live, its organisms and its other ingredients. */
export interface ResolvedAdjunct extends Adjunct {
  readonly ingredients: readonly Ingredient[];
  readonly live: boolean;
  readonly organisms: readonly { species: string; strain: string | null; kingdom: 'bacterium' | 'yeast' }[];
  /** Names of the ingredients that are not living organisms (fibres, spirulina biomass, excipients). */
  readonly otherIngredients: readonly string[];
}

export interface KnowledgeBase {
  readonly data: KnowledgeBaseData;
  readonly rulesetVersion: string;
  readonly sourcesById: ReadonlyMap<string, Source>;
  readonly conditionsById: ReadonlyMap<string, Condition>;
  readonly regimenById: ReadonlyMap<string, RegimenOption>;
  readonly ingredientsById: ReadonlyMap<string, Ingredient>;
  readonly adjunctsById: ReadonlyMap<string, ResolvedAdjunct>;
  readonly factorsById: ReadonlyMap<string, Factor>;
  readonly flagsById: ReadonlyMap<string, RegimenFlagInfo>;
  readonly statementsByCondition: ReadonlyMap<string, readonly EvidenceStatement[]>;
  readonly notesByCondition: ReadonlyMap<string, readonly ConditionNote[]>;
  readonly letterClaimsById: ReadonlyMap<string, LetterClaim>;
  /**
   * Every safety rule the engine applies: the authored ones, then those derived from each regimen option's
   * pregnancy, breastfeeding and paediatric facts. The one list the engine reads.
   */
  readonly safetyRules: readonly SafetyRule[];
}

function byId<T extends { id: string }>(items: readonly T[], kind: string, problems: string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) problems.push(`duplicate ${kind} id "${item.id}"`);
    map.set(item.id, item);
  }
  return map;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

export function triggerParts(trigger: SafetyTrigger): SafetyTrigger[] {
  if ('allOf' in trigger) return trigger.allOf;
  if ('anyOf' in trigger) return trigger.anyOf;
  return [trigger];
}

/** Cross-reference problems in validated data (unknown ids, duplicates). Empty when the data hangs together. */
export function crossReferenceProblems(data: KnowledgeBaseData): string[] {
  const problems: string[] = [];
  const sources = byId(data.sources, 'source', problems);
  const conditions = byId(data.conditions, 'condition', problems);
  const regimens = byId(data.regimenOptions, 'regimen option', problems);
  const ingredients = byId(data.ingredients, 'ingredient', problems);
  const adjuncts = byId(data.adjuncts, 'adjunct', problems);
  const factors = byId(data.factors, 'factor', problems);
  const claims = byId(data.letterClaims, 'letter claim', problems);
  byId(data.regimenFlags, 'regimen flag', problems);
  byId(data.statements, 'statement', problems);
  byId(data.conditionNotes, 'condition note', problems);
  byId(data.safetyRules, 'safety rule', problems);
  byId(data.crossReferences, 'cross-reference', problems);

  const needSources = (where: string, ids: readonly string[]) => {
    for (const id of ids) if (!sources.has(id)) problems.push(`${where} cites unknown source "${id}"`);
  };
  const needTrigger = (where: string, trigger: SafetyTrigger) => {
    for (const t of triggerParts(trigger)) {
      if ('factor' in t && !factors.has(t.factor)) problems.push(`${where} uses unknown factor "${t.factor}"`);
      if ('regimenOption' in t && !regimens.has(t.regimenOption))
        problems.push(`${where} uses unknown regimen option "${t.regimenOption}"`);
    }
  };
  for (const f of data.factors) {
    for (const x of f.excludes) if (!factors.has(x)) problems.push(`factor ${f.id} excludes unknown factor "${x}"`);
  }
  for (const flag of data.regimenFlags) {
    if (flag.impliesFactor && !factors.has(flag.impliesFactor))
      problems.push(`regimen flag ${flag.id} implies unknown factor "${flag.impliesFactor}"`);
  }
  for (const r of data.regimenOptions) {
    const { pregnancy, lactation, paediatric, immunosuppression } = r.safety;
    needSources(`regimen option ${r.id}`, [
      ...pregnancy.sourceIds,
      ...lactation.sourceIds,
      ...paediatric.sourceIds,
      ...immunosuppression.sourceIds,
    ]);
  }
  // Quick-add terms: an abbreviation or brand names one entry only, and a brand is the option's own, as named by one
  // of its product-information sources (never written from memory).
  const termOwners = new Map<string, string>();
  const ownTerm = (term: string, owner: string) => {
    const key = term.toLowerCase();
    const other = termOwners.get(key);
    if (other && other !== owner) problems.push(`search term "${term}" is given to both ${other} and ${owner}`);
    termOwners.set(key, owner);
  };
  for (const r of data.regimenOptions) {
    const { abbreviations, brands } = r.searchTerms;
    for (const t of [...abbreviations, ...brands]) ownTerm(t, `regimen option ${r.id}`);
    const named = [r.safety.pregnancy, r.safety.lactation, r.safety.paediatric, r.safety.immunosuppression]
      .flatMap((f) => f.sourceIds)
      .map((id) => sources.get(id))
      .map((s) => (s ? `${s.label} ${s.citation}` : ''))
      .join(' ');
    for (const brand of brands)
      if (!new RegExp(`\\b${brand.replace(/[-]/g, '\\-')}\\b`, 'i').test(named))
        problems.push(
          `regimen option ${r.id} lists brand "${brand}", which none of its product-information sources names`,
        );
  }
  for (const f of data.factors) for (const t of f.searchTerms.abbreviations) ownTerm(t, `factor ${f.id}`);
  for (const c of data.conditions) {
    needSources(`condition ${c.id}`, c.summarySourceIds);
    for (const r of c.regimenOptionIds)
      if (!regimens.has(r)) problems.push(`condition ${c.id} lists unknown regimen "${r}"`);
    for (const l of c.letterClaimIds)
      if (!claims.has(l)) problems.push(`condition ${c.id} lists unknown letter claim "${l}"`);
  }
  for (const a of data.adjuncts) {
    for (const i of a.ingredientIds)
      if (!ingredients.has(i)) problems.push(`adjunct ${a.id} lists unknown ingredient "${i}"`);
  }
  for (const s of data.statements) {
    needSources(`statement ${s.id}`, s.sourceIds);
    if (!conditions.has(s.conditionId)) problems.push(`statement ${s.id} names unknown condition "${s.conditionId}"`);
    if (!adjuncts.has(s.adjunctId)) problems.push(`statement ${s.id} names unknown adjunct "${s.adjunctId}"`);
    for (const l of s.letterClaimIds)
      if (!claims.has(l)) problems.push(`statement ${s.id} names unknown letter claim "${l}"`);
  }
  const pairs = new Set<string>();
  for (const s of data.statements) {
    const pair = `${s.conditionId}:${s.adjunctId}`;
    if (pairs.has(pair)) problems.push(`two statements grade the same condition and adjunct (${pair})`);
    pairs.add(pair);
  }
  for (const n of data.conditionNotes) {
    needSources(`note ${n.id}`, n.sourceIds);
    if (!conditions.has(n.conditionId)) problems.push(`note ${n.id} names unknown condition "${n.conditionId}"`);
  }
  for (const l of data.letterClaims) {
    needSources(`letter claim ${l.id}`, [...l.sourceIds, ...l.citedSourceIds]);
    for (const c of l.conditionIds)
      if (!conditions.has(c)) problems.push(`letter claim ${l.id} names unknown condition "${c}"`);
  }
  for (const r of data.safetyRules) {
    needSources(`safety rule ${r.id}`, r.sourceIds);
    needTrigger(`safety rule ${r.id}`, r.trigger);
    if (typeof r.appliesTo === 'object' && !ingredients.has(r.appliesTo.ingredient))
      problems.push(`safety rule ${r.id} applies to unknown ingredient "${r.appliesTo.ingredient}"`);
  }
  for (const x of data.crossReferences) {
    needSources(`cross-reference ${x.id}`, x.sourceIds);
    needTrigger(`cross-reference ${x.id}`, x.trigger);
    for (const c of [x.fromConditionId, x.toConditionId])
      if (!conditions.has(c)) problems.push(`cross-reference ${x.id} names unknown condition "${c}"`);
  }
  for (const c of [...data.standardCaveats, data.topicalInteractionNote]) needSources(`caveat ${c.code}`, c.sourceIds);
  return problems;
}

export function resolveAdjunct(adjunct: Adjunct, ingredientsById: ReadonlyMap<string, Ingredient>): ResolvedAdjunct {
  const ingredients = adjunct.ingredientIds.map((id) => ingredientsById.get(id)!);
  const organisms = ingredients.flatMap((i) =>
    i.live && (i.kind === 'bacterium' || i.kind === 'yeast')
      ? [{ species: i.species ?? i.name, strain: i.strain ?? null, kingdom: i.kind }]
      : [],
  );
  return {
    ...adjunct,
    ingredients,
    live: ingredients.some((i) => i.live),
    organisms,
    otherIngredients: ingredients.filter((i) => !i.live).map((i) => i.name),
  };
}

/** Whether a rule's scope reaches this product (through any of its ingredients). */
export function scopeCovers(scope: RuleScope, adjunct: Pick<ResolvedAdjunct, 'ingredients'>): boolean {
  const has = (test: (i: Ingredient) => boolean) => adjunct.ingredients.some(test);
  if (typeof scope === 'object') return has((i) => i.id === scope.ingredient);
  switch (scope) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'live':
      return has((i) => i.live);
    case 'yeast':
      return has((i) => i.kind === 'yeast');
    case 'bacterial':
      return has((i) => i.kind === 'bacterium');
    case 'prebiotic':
      return has((i) => i.kind === 'prebiotic-fibre');
  }
}

/** Severity of a derived co-therapy alert, by what the label says. */
export const LABEL_SEVERITY: Record<LabelStatus, Severity> = {
  contraindicated: 'critical',
  avoid: 'warning',
  caution: 'info',
  'no-concern-found': 'info',
  'not-established': 'info',
};

const LABEL_WORDS: Record<LabelStatus, string> = {
  contraindicated: 'contraindicated',
  avoid: 'avoid or not recommended',
  caution: 'use only if clearly needed',
  'no-concern-found': 'no concern found in what was read',
  'not-established': 'not established',
};

/**
 * The co-therapy rules each regimen option's safety facts imply: pregnancy (when pregnant), breastfeeding (when
 * breastfeeding) and the label's youngest age (when younger). They concern the regimen, not any product
 * (`appliesTo: 'none'`), and carry `regimenOptionId` so that no text can tell the patient to keep using it.
 */
export function regimenSafetyRules(option: RegimenOption): SafetyRule[] {
  const { pregnancy, lactation, paediatric } = option.safety;
  // "IL-23 or IL-12/23 inhibitor (guselkumab, …)" → "IL-23 or IL-12/23 inhibitor": the one-line summary names the class.
  const short = option.name.replace(/\s*\([^)]*\)/g, '');
  const onIt = { regimenOption: option.id };
  const pregnancyText = [
    pregnancy.text,
    pregnancy.washout ? `Stop before conception: ${pregnancy.washout}.` : '',
    pregnancy.programme ? `Prescribing is governed by ${pregnancy.programme}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const rules: SafetyRule[] = [
    {
      id: `${option.id}-pregnancy`,
      topic: 'pregnancy',
      trigger: { allOf: [{ factor: 'pregnant' }, onIt] },
      appliesTo: 'none',
      effect: 'advice',
      severity: LABEL_SEVERITY[pregnancy.status],
      alertCode: `regimen-pregnancy-${option.id}`,
      text: pregnancyText,
      caveat: `${option.name} in pregnancy: ${LABEL_WORDS[pregnancy.status]}.`,
      summary: `${short} in pregnancy: ${LABEL_WORDS[pregnancy.status]}.`,
      sourceIds: pregnancy.sourceIds,
      confidence: pregnancy.confidence,
      regimenOptionId: option.id,
    },
    {
      id: `${option.id}-lactation`,
      topic: 'lactation',
      trigger: { allOf: [{ factor: 'breastfeeding' }, onIt] },
      appliesTo: 'none',
      effect: 'advice',
      severity: LABEL_SEVERITY[lactation.status],
      alertCode: `regimen-lactation-${option.id}`,
      text: lactation.text,
      caveat: `${option.name} while breastfeeding: ${LABEL_WORDS[lactation.status]}.`,
      summary: `${short} while breastfeeding: ${LABEL_WORDS[lactation.status]}.`,
      sourceIds: lactation.sourceIds,
      confidence: lactation.confidence,
      regimenOptionId: option.id,
    },
  ];
  if (paediatric.minAgeYears !== null && paediatric.minAgeYears > 0) {
    rules.push({
      id: `${option.id}-paediatric`,
      topic: 'children',
      trigger: { allOf: [{ ageBelow: paediatric.minAgeYears }, onIt] },
      appliesTo: 'none',
      effect: 'advice',
      severity: 'warning',
      alertCode: `regimen-paediatric-${option.id}`,
      text: paediatric.text,
      caveat: `${option.name}: below the youngest age in its product information (${paediatric.minAgeYears} years).`,
      summary: `${short}: below the youngest age in its product information (${paediatric.minAgeYears} years).`,
      sourceIds: paediatric.sourceIds,
      confidence: paediatric.confidence,
      regimenOptionId: option.id,
    });
  } else if (paediatric.minAgeYears === null) {
    rules.push({
      id: `${option.id}-paediatric`,
      topic: 'children',
      trigger: { allOf: [{ ageBelow: 18 }, onIt] },
      appliesTo: 'none',
      effect: 'advice',
      severity: 'info',
      alertCode: `regimen-paediatric-${option.id}`,
      text: paediatric.text,
      caveat: `${option.name} in a child: no age limit read in its product information.`,
      summary: `${short} in a child: no age limit read in its product information.`,
      sourceIds: paediatric.sourceIds,
      confidence: paediatric.confidence,
      regimenOptionId: option.id,
    });
  }
  return rules;
}

export function buildKnowledgeBase(data: KnowledgeBaseData, rulesetVersion: string): KnowledgeBase {
  const problems = crossReferenceProblems(data);
  if (problems.length)
    throw new Error(`The knowledge base does not hang together:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  const ignore: string[] = [];
  const ingredientsById = byId(data.ingredients, 'ingredient', ignore);
  return {
    data,
    rulesetVersion,
    sourcesById: byId(data.sources, 'source', ignore),
    conditionsById: byId(data.conditions, 'condition', ignore),
    regimenById: byId(data.regimenOptions, 'regimen option', ignore),
    ingredientsById,
    adjunctsById: new Map(data.adjuncts.map((a) => [a.id, resolveAdjunct(a, ingredientsById)])),
    factorsById: byId(data.factors, 'factor', ignore),
    flagsById: byId(data.regimenFlags, 'regimen flag', ignore),
    statementsByCondition: groupBy(data.statements, (s) => s.conditionId),
    notesByCondition: groupBy(data.conditionNotes, (n) => n.conditionId),
    letterClaimsById: byId(data.letterClaims, 'letter claim', ignore),
    safetyRules: [...data.safetyRules, ...data.regimenOptions.flatMap(regimenSafetyRules)],
  };
}
