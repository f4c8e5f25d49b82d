/**
 * The knowledge base's rules of honesty, as a pure check that returns every violation found.
 * Tested on the shipped knowledge base (must be clean) and on planted violations (must be caught).
 */
import { crossReferenceProblems, regimenSafetyRules, resolveAdjunct, scopeCovers, triggerParts } from './model';
import type { SafetyTopic } from './schema';
import { KnowledgeBaseData, type KnowledgeBaseInput } from './schema';

/** Words that claim more than this evidence can carry. Allowed only inside attributed quotations of the letter. */
export const OVERCLAIM =
  /\b(cure[sd]?|curative|proven|guarantee[sd]?|safe for everyone|completely safe|100% safe|harmless|miracle|definitive(?:ly)?|always works|clinically proven|no side effects|risk[- ]free)\b/i;

/**
 * Words that appraise the letter's author rather than its claims (status, training, credentials). Not allowed in
 * anything said about the letter: its claims are judged by the evidence under them, whoever wrote them.
 */
export const APPRAISES_AUTHOR =
  /\b(students?|undergraduates?|trainees?|junior|inexperienced|na[iï]ve|unqualified|amateurs?|credentials?|qualifications?|MBBS|\d+(?:st|nd|rd|th)[- ]year)\b/i;

/**
 * Figures and names the evidence addendum left unverified ([M] in the fact sheet). They may shape a caveat in words
 * but must never appear as a number or a finding.
 */
export const UNCHECKED_FIGURES = [
  '2,599',
  '2599',
  '39 RCTs',
  '39 randomised',
  '−3.9',
  '-3.9',
  '8.7',
  'MegaSporeBiotic',
  'MegaPre',
  'Megaspore',
];

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

/**
 * Addendum 2's reading of each trial's dose (its dose tally, §1): CONFIRMED, CONFIRMED-S (read only in summaries that
 * agree: treated as partly), PARTLY or UNVERIFIED. No adjunct may show its dose as better checked than its trial's
 * entry here, and a trial missing from it has no checked dose at all. Change an entry only with the addendum.
 */
export const ADDENDUM_2_DOSE: Readonly<Record<string, 'confirmed' | 'confirmed-s' | 'partly' | 'unverified'>> = {
  'jung-2013': 'confirmed',
  'fabbrocini-2016': 'confirmed',
  'navarro-lopez-2019': 'confirmed',
  'kalliomaki-2001': 'confirmed',
  'allen-2014': 'confirmed',
  'reygagne-2017': 'confirmed',
  'bonnema-2010': 'confirmed',
  'navarro-lopez-2018': 'confirmed-s',
  'eguren-2024': 'partly',
  'atefi-2025': 'partly',
  'moludi-2021': 'partly',
  'manzhalii-2016': 'partly',
  nct05815511: 'partly',
  'besselink-2008-propatria': 'partly',
  'buhas-2023': 'unverified',
  'rsd-2024-rosacea': 'unverified',
};

/**
 * Hosts of news, blog, summary, commercial or copy pages the evidence files read facts on. A source cites the
 * publication or the official document itself, never one of these (see ../shared/evidence/README.md).
 */
export const SECONDARY_HOSTS = [
  'specialtypharmacycontinuum.com',
  'healio.com',
  'mdedge.com',
  'droracle.ai',
  'adhub360.com',
  'dermavidya.com',
  'supplementopedia.com',
  'curehunter.com',
  'scribd.com',
  'readkong.com',
  'medworm.com',
  'blogspot.com',
  'wenxuecity.com',
  'lifeforcehealth.center',
  'kion546.com',
  'countryherald.com',
  'yourlawyer.com',
  'bromatech.ch',
  'ebiotrade.com',
  'probioticadvisor.com',
  'microbiometimes.com',
  'atriumpro.ca',
  'pdfcoke.com',
  'docslib.org',
  'studylib.net',
];

const CONFIDENCE_RANK = { unverified: 0, partly: 1, confirmed: 2 } as const;
const SAYS_UNKNOWN = /not (reported|read|known|checked|given|named)|unknown|unverified/i;

/** Whether a text states an age range: "18–35", or an open range from `min` ("18 and over", or "adults" from 18). */
function statesAges(text: string, min: number, max: number): boolean {
  if (max < 120) return text.includes(`${min}–${max}`);
  return text.includes(`${min} and over`) || (min === 18 && /\badults?\b/i.test(text));
}

/** Factors that must stop every live product, whatever the knowledge base says of them. */
export const HARD_RISKS = [
  'immunocompromised',
  'central-venous-catheter',
  'critically-ill',
  'severe-acute-pancreatitis',
  'short-bowel-syndrome',
  'preterm-or-hospitalised-neonate',
];

export function auditKnowledgeBase(input: KnowledgeBaseInput): string[] {
  const parsed = KnowledgeBaseData.safeParse(input);
  if (!parsed.success) return parsed.error.issues.map((i) => `schema: ${i.path.join('.')}: ${i.message}`);
  const data = parsed.data;
  const problems = crossReferenceProblems(data);

  for (const s of data.sources) {
    if (!s.doi && !s.pmid && !s.pmcid && !s.url)
      problems.push(`source ${s.id} has no DOI, PMID, PMC id or publication URL`);
    const host = s.url ? new URL(s.url).hostname : '';
    const secondary = SECONDARY_HOSTS.find((h) => host === h || host.endsWith(`.${h}`));
    if (secondary)
      problems.push(
        `source ${s.id} links to ${secondary}, a secondary page: cite the publication or official document`,
      );
    if (/\bas reported (in|by)\b/i.test(s.citation))
      problems.push(`source ${s.id} cites a report of the document rather than the document itself`);
  }

  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const conditions = new Map(data.conditions.map((c) => [c.id, c]));
  const ingredientsById = new Map(data.ingredients.map((i) => [i.id, i]));
  const adjuncts = new Map(
    data.adjuncts
      .map((a) => [a.id, resolveAdjunct(a, ingredientsById)] as const)
      .filter(([, a]) => a.ingredients.every(Boolean)),
  );

  // "Use the product as studied" cannot be followed when what was studied is not known.
  for (const a of data.adjuncts) {
    if (!a.doseVerified && /\b(use|take|give) (the product |it )?(exactly )?as studied\b/i.test(a.dose))
      problems.push(`adjunct ${a.id} tells the reader to use it as studied, but its dose is not known`);
    if (a.doseVerified && /not (reported|checked|read|known)/i.test(a.dose))
      problems.push(`adjunct ${a.id} is marked dose-checked but its dose says part is not known`);
  }
  // The product as studied: an unverified part is never shown as a fact, a partial one says what is missing, and no
  // dose is shown as better checked than addendum 2 read it.
  for (const a of data.adjuncts) {
    const studied = a.asStudied;
    if (!sources.has(studied.trialSourceId))
      problems.push(`adjunct ${a.id} names unknown trial source "${studied.trialSourceId}"`);
    const parts = [
      ['product', studied.product, null],
      ['background treatment', studied.background, null],
      ['form', studied.form, a.form],
      ['dose', studied.dose, a.dose],
      ['duration', studied.duration, a.duration],
    ] as const;
    for (const [name, part, wording] of parts) {
      for (const id of part.sourceIds)
        if (!sources.has(id)) problems.push(`adjunct ${a.id} cites unknown source "${id}" for its ${name}`);
      if (part.confidence !== 'unverified' && part.sourceIds.length === 0)
        problems.push(`adjunct ${a.id} gives its ${name} as ${part.confidence} without a source`);
      if (part.confidence !== 'confirmed' && !part.unknown)
        problems.push(`adjunct ${a.id}: its ${name} is ${part.confidence} but does not say what is not known`);
      const text = 'text' in part ? part.text : wording;
      if (part.confidence === 'unverified' && text !== null && !SAYS_UNKNOWN.test(text))
        problems.push(`adjunct ${a.id} shows its unverified ${name} as a fact ("${text}")`);
      if ('text' in part && part.text === null && part.confidence !== 'unverified')
        problems.push(`adjunct ${a.id} marks its ${name} ${part.confidence} but says nothing about it`);
    }
    if (a.doseVerified !== (studied.dose.confidence === 'confirmed'))
      problems.push(
        `adjunct ${a.id} is ${a.doseVerified ? '' : 'not '}marked dose-checked, but its dose is ${studied.dose.confidence}`,
      );
    const read = ADDENDUM_2_DOSE[studied.trialSourceId] ?? 'unverified';
    const allowed = read === 'confirmed' ? 'confirmed' : read === 'unverified' ? 'unverified' : 'partly';
    if (CONFIDENCE_RANK[studied.dose.confidence] > CONFIDENCE_RANK[allowed])
      problems.push(
        `adjunct ${a.id} shows its dose as ${studied.dose.confidence}, but addendum 2 reads the dose of ${studied.trialSourceId} as ${read.toUpperCase()}`,
      );
    for (const c of studied.conflicts) {
      for (const id of c.sourceIds)
        if (!sources.has(id)) problems.push(`adjunct ${a.id} cites unknown source "${id}" for a conflict of interest`);
      if (c.confidence === 'unverified')
        problems.push(`adjunct ${a.id} states an unverified conflict of interest as a fact ("${c.text}")`);
    }
  }

  for (const st of data.statements) {
    if (st.studiedAges && (st.studiedAges.min < 0 || st.studiedAges.max < st.studiedAges.min))
      problems.push(`statement ${st.id} has an impossible studied age range`);
    if (st.studiedAges) {
      const { min, max, asReported, sourceId } = st.studiedAges;
      const range = max >= 120 ? `${min} and over` : `${min}–${max}`;
      const source = sources.get(sourceId);
      if (!st.sourceIds.includes(sourceId))
        problems.push(`statement ${st.id} takes its studied ages from "${sourceId}", which is not among its sources`);
      if (!statesAges(asReported, min, max))
        problems.push(
          `statement ${st.id} treats ages ${range} as studied, but its reported ages ("${asReported}") do not`,
        );
      if (source && !statesAges([source.design, source.findings, source.citation].join(' '), min, max))
        problems.push(
          `statement ${st.id} treats ages ${range} as studied, but its source ${sourceId} does not state them`,
        );
    }
    for (const x of [...st.excludedPatients, ...st.studiedIn])
      for (const id of x.sourceIds)
        if (!st.sourceIds.includes(id) && !sources.has(id))
          problems.push(`statement ${st.id} cites unknown source "${id}" for who was studied`);
  }

  for (const s of data.sources) {
    if (s.supportsModerateCertainty && s.type !== 'systematic-review' && s.type !== 'meta-analysis')
      problems.push(
        `source ${s.id} may support moderate certainty but is a ${s.type}, not a systematic review or meta-analysis`,
      );
    if (s.supportsModerateCertainty && s.reviewsConditionIds.length === 0)
      problems.push(`source ${s.id} may support moderate certainty but does not say which conditions it reviews`);
  }

  for (const st of data.statements) {
    if (st.strength === 'A')
      problems.push(
        `statement ${st.id} is SORT A: no probiotic evidence in this field is consistent, good-quality patient-oriented evidence`,
      );
    if (
      st.baseStance === 'consider' &&
      !st.sourceIds.some((id) => sources.get(id)?.type === 'rct' && (sources.get(id)?.ocebmLevel ?? 5) <= 2)
    )
      problems.push(`statement ${st.id} suggests "consider" without a randomised trial at OCEBM level 2 or better`);
    if (
      st.certainty === 'moderate' &&
      !st.sourceIds.some(
        (id) =>
          sources.get(id)?.supportsModerateCertainty && sources.get(id)?.reviewsConditionIds.includes(st.conditionId),
      )
    )
      problems.push(`statement ${st.id} is moderate without a systematic review or meta-analysis of ${st.conditionId}`);
    const status = conditions.get(st.conditionId)?.evidenceStatus;
    const ceiling =
      status === 'insufficient-evidence'
        ? 'insufficient-evidence'
        : status === 'evidence-against-routine-use'
          ? 'insufficient-evidence'
          : 'consider';
    const order = ['consider', 'consider-with-caution', 'insufficient-evidence', 'avoid'];
    if (order.indexOf(st.baseStance) < order.indexOf(ceiling))
      problems.push(`statement ${st.id} is "${st.baseStance}", above its condition's evidence status (${status})`);
    if (st.certainty === 'high')
      problems.push(`statement ${st.id} is graded high certainty: nothing in this field carries high certainty`);
    if (st.certainty === 'moderate' && !st.sourceIds.some((id) => sources.get(id)?.supportsModerateCertainty)) {
      problems.push(
        `statement ${st.id} is graded moderate without a Cochrane-level or large consistent meta-analysis among its sources`,
      );
    }
    if (st.downgrades.length === 0 && st.certainty !== 'high') {
      problems.push(`statement ${st.id} is rated below high but gives no reason for rating down`);
    }
    if (st.baseStance === 'consider' && st.certainty === 'very-low') {
      problems.push(`statement ${st.id} suggests "consider" on very low certainty evidence`);
    }
    const adjunct = adjuncts.get(st.adjunctId);
    if (st.baseStance === 'consider' && adjunct?.organisms.some((o) => !o.strain)) {
      problems.push(
        `statement ${st.id} suggests "consider" for a product whose strains are not all named (no product can be matched to it)`,
      );
    }
  }

  // Hard risks: every live product must be "avoid" through a rule that needs nothing but the factor.
  for (const factor of data.factors) {
    const hard = factor.hardRisk || HARD_RISKS.includes(factor.id);
    if (HARD_RISKS.includes(factor.id) && !factor.hardRisk)
      problems.push(`factor ${factor.id} is a hard risk but is not marked hardRisk`);
    if (!hard) continue;
    for (const adjunct of adjuncts.values()) {
      if (!adjunct.live) continue;
      const stopped = data.safetyRules.some(
        (r) =>
          r.effect === 'avoid' &&
          'factor' in r.trigger &&
          r.trigger.factor === factor.id &&
          scopeCovers(r.appliesTo, adjunct),
      );
      if (!stopped) problems.push(`hard risk ${factor.id} does not set live product ${adjunct.id} to "avoid"`);
    }
  }

  // Every ingredient is covered, on each required topic, by a rule that reaches it.
  const rules = [...data.safetyRules, ...data.regimenOptions.flatMap(regimenSafetyRules)];
  for (const ingredient of data.ingredients) {
    const needed: SafetyTopic[] = [
      'pregnancy',
      'lactation',
      'children',
      ...(ingredient.live ? (['immunocompromise'] as const) : []),
    ];
    for (const topic of needed) {
      const covered = rules.some(
        (r) => r.topic === topic && r.appliesTo !== 'none' && scopeCovers(r.appliesTo, { ingredients: [ingredient] }),
      );
      if (!covered) problems.push(`ingredient ${ingredient.id} has no safety fact on ${topic}`);
    }
  }

  // Every regimen option: sourced pregnancy and breastfeeding facts, or an honest "not established".
  for (const option of data.regimenOptions) {
    for (const [topic, fact] of [
      ['pregnancy', option.safety.pregnancy],
      ['breastfeeding', option.safety.lactation],
    ] as const) {
      if (fact.status !== 'not-established' && fact.sourceIds.length === 0)
        problems.push(`regimen option ${option.id} states a ${topic} status (${fact.status}) without a source`);
      if (fact.confidence === 'unverified' && fact.status !== 'not-established')
        problems.push(`regimen option ${option.id} shows an unverified ${topic} fact as "${fact.status}"`);
    }
    const flagged = option.flags.some((f) => data.regimenFlags.find((x) => x.id === f)?.immunosuppressive);
    if (flagged && option.safety.immunosuppression.level === 'none')
      problems.push(
        `regimen option ${option.id} counts as immunosuppressive but its immunosuppression level is "none"`,
      );
    if (option.safety.immunosuppression.level === 'systemic-immunosuppressant' && !flagged)
      problems.push(`regimen option ${option.id} is a systemic immunosuppressant without an immunosuppressive flag`);
  }
  for (const r of data.safetyRules) {
    for (const t of triggerParts(r.trigger))
      if ('regimenOption' in t && !data.regimenOptions.some((o) => o.id === t.regimenOption))
        problems.push(`safety rule ${r.id} names unknown regimen option "${t.regimenOption}"`);
  }

  const aboutTheLetter = [
    ...data.letterClaims.map((c, i) => [`letterClaims[${i}]`, { ...c, quote: '' }] as const),
    ...data.sources.flatMap((s, i) => (s.type === 'letter' ? [[`sources[${i}]`, s] as const] : [])),
  ];
  for (const [where, record] of aboutTheLetter) {
    for (const [path, text] of strings(record, where)) {
      const judged = APPRAISES_AUTHOR.exec(text);
      if (judged) problems.push(`${path} appraises the letter's author ("${judged[0]}"), not its claims`);
    }
  }

  for (const [path, text] of strings(data, '')) {
    if (/^letterClaims\[\d+\]\.quote$/.test(path)) continue;
    const overclaim = OVERCLAIM.exec(text);
    if (overclaim) problems.push(`${path} overclaims ("${overclaim[0]}") outside a quotation of the letter`);
    for (const figure of UNCHECKED_FIGURES) {
      if (text.includes(figure))
        problems.push(`${path} states "${figure}", which the evidence addendum left unverified`);
    }
  }
  return problems;
}
