/** The loaded knowledge base: validated data plus lookup maps. Pure; no I/O. */
import type {
  Adjunct,
  Condition,
  ConditionNote,
  EvidenceStatement,
  Factor,
  KnowledgeBaseData,
  LetterClaim,
  RegimenOption,
  Source,
} from './schema';

export interface KnowledgeBase {
  readonly data: KnowledgeBaseData;
  readonly rulesetVersion: string;
  readonly sourcesById: ReadonlyMap<string, Source>;
  readonly conditionsById: ReadonlyMap<string, Condition>;
  readonly regimenById: ReadonlyMap<string, RegimenOption>;
  readonly adjunctsById: ReadonlyMap<string, Adjunct>;
  readonly factorsById: ReadonlyMap<string, Factor>;
  readonly statementsByCondition: ReadonlyMap<string, readonly EvidenceStatement[]>;
  readonly notesByCondition: ReadonlyMap<string, readonly ConditionNote[]>;
  readonly letterClaimsById: ReadonlyMap<string, LetterClaim>;
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

/** Cross-reference problems in validated data (unknown ids, duplicates). Empty when the data hangs together. */
export function crossReferenceProblems(data: KnowledgeBaseData): string[] {
  const problems: string[] = [];
  const sources = byId(data.sources, 'source', problems);
  const conditions = byId(data.conditions, 'condition', problems);
  const regimens = byId(data.regimenOptions, 'regimen option', problems);
  const adjuncts = byId(data.adjuncts, 'adjunct', problems);
  const factors = byId(data.factors, 'factor', problems);
  const claims = byId(data.letterClaims, 'letter claim', problems);
  byId(data.statements, 'statement', problems);
  byId(data.conditionNotes, 'condition note', problems);
  byId(data.safetyRules, 'safety rule', problems);

  const needSources = (where: string, ids: readonly string[]) => {
    for (const id of ids) if (!sources.has(id)) problems.push(`${where} cites unknown source "${id}"`);
  };
  for (const c of data.conditions) {
    needSources(`condition ${c.id}`, c.summarySourceIds);
    for (const r of c.regimenOptionIds)
      if (!regimens.has(r)) problems.push(`condition ${c.id} lists unknown regimen "${r}"`);
    for (const l of c.letterClaimIds)
      if (!claims.has(l)) problems.push(`condition ${c.id} lists unknown letter claim "${l}"`);
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
    const triggers = 'allOf' in r.trigger ? r.trigger.allOf : 'anyOf' in r.trigger ? r.trigger.anyOf : [r.trigger];
    for (const t of triggers)
      if ('factor' in t && !factors.has(t.factor))
        problems.push(`safety rule ${r.id} uses unknown factor "${t.factor}"`);
  }
  for (const c of [...data.standardCaveats, data.topicalInteractionNote]) needSources(`caveat ${c.code}`, c.sourceIds);
  return problems;
}

export function buildKnowledgeBase(data: KnowledgeBaseData, rulesetVersion: string): KnowledgeBase {
  const problems = crossReferenceProblems(data);
  if (problems.length)
    throw new Error(`The knowledge base does not hang together:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  const ignore: string[] = [];
  return {
    data,
    rulesetVersion,
    sourcesById: byId(data.sources, 'source', ignore),
    conditionsById: byId(data.conditions, 'condition', ignore),
    regimenById: byId(data.regimenOptions, 'regimen option', ignore),
    adjunctsById: byId(data.adjuncts, 'adjunct', ignore),
    factorsById: byId(data.factors, 'factor', ignore),
    statementsByCondition: groupBy(data.statements, (s) => s.conditionId),
    notesByCondition: groupBy(data.conditionNotes, (n) => n.conditionId),
    letterClaimsById: byId(data.letterClaims, 'letter claim', ignore),
  };
}
