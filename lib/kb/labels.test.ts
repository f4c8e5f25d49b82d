import { describe, expect, it } from 'vitest';
import {
  Adjunct,
  Certainty,
  Code,
  Condition,
  ConditionNote,
  DowngradeDomain,
  IngredientKind,
  RuleScope,
  RegimenOption,
  SafetyRule,
  Severity,
  SourceType,
  Stance,
  Strength,
  SupportVerdict,
} from './schema';
import {
  ADJUNCT_KIND_LABEL,
  APPLIES_TO_LABEL,
  CERTAINTY_LABEL,
  CERTAINTY_MEANING,
  CODE_STATUS_LABEL,
  describeStudiedAges,
  describeTrigger,
  DOWNGRADE_DOMAIN_LABEL,
  DOWNGRADE_DOMAIN_MEANING,
  EVIDENCE_STATUS_LABEL,
  EVIDENCE_STATUS_MEANING,
  formatIsoDate,
  INGREDIENT_KIND_LABEL,
  namesFrom,
  lowerFirst,
  NOTE_KIND_LABEL,
  OCEBM_LEVELS,
  OCEBM_MEANING,
  ocebmMeaning,
  QUESTION_LABEL,
  ROUTE_LABEL,
  RULE_EFFECT_LABEL,
  SEVERITY_LABEL,
  SOURCE_TYPE_LABEL,
  SOURCE_TYPE_PLURAL,
  sourceLinkLabel,
  STANCE_LABEL,
  STANCE_MEANING,
  STRENGTH_LABEL,
  STRENGTH_MEANING,
  VERDICT_LABEL,
  VERDICT_MEANING,
} from './labels';
import { getKnowledgeBase } from '.';

// Each Zod enum of the schema, with every label table that must name all of its values.
const enums: [string, readonly string[], Record<string, string>[]][] = [
  ['SourceType', SourceType.options, [SOURCE_TYPE_LABEL, SOURCE_TYPE_PLURAL]],
  ['Certainty', Certainty.options, [CERTAINTY_LABEL, CERTAINTY_MEANING]],
  ['Strength', Strength.options, [STRENGTH_LABEL, STRENGTH_MEANING]],
  ['Stance', Stance.options, [STANCE_LABEL, STANCE_MEANING]],
  ['Severity', Severity.options, [SEVERITY_LABEL]],
  ['SupportVerdict', SupportVerdict.options, [VERDICT_LABEL, VERDICT_MEANING]],
  ['DowngradeDomain', DowngradeDomain.options, [DOWNGRADE_DOMAIN_LABEL, DOWNGRADE_DOMAIN_MEANING]],
  ['Condition.question', Condition.shape.question.options, [QUESTION_LABEL]],
  [
    'Condition.evidenceStatus',
    Condition.shape.evidenceStatus.options,
    [EVIDENCE_STATUS_LABEL, EVIDENCE_STATUS_MEANING],
  ],
  ['ConditionNote.kind', ConditionNote.shape.kind.options, [NOTE_KIND_LABEL]],
  ['Adjunct.kind', Adjunct.shape.kind.options, [ADJUNCT_KIND_LABEL]],
  ['IngredientKind', IngredientKind.options, [INGREDIENT_KIND_LABEL]],
  ['Code.status', Code.shape.status.options, [CODE_STATUS_LABEL]],
  ['RegimenOption.route', RegimenOption.shape.route.options, [ROUTE_LABEL]],
  ['RuleScope', RuleScope.options[0].options, [APPLIES_TO_LABEL]],
  ['SafetyRule.effect', SafetyRule.shape.effect.options, [RULE_EFFECT_LABEL]],
];

describe('labels', () => {
  it.each(enums)('every %s value has a non-empty label in each table, and no extra keys', (_name, options, tables) => {
    expect(options.length).toBeGreaterThan(0);
    for (const table of tables) {
      for (const value of options) {
        expect(table[value], `label for "${value}"`).toBeTypeOf('string');
        expect(table[value]!.trim().length, `label for "${value}"`).toBeGreaterThan(0);
      }
      expect(Object.keys(table).sort()).toEqual([...options].sort());
    }
  });

  it('short labels are distinct within each value set, so no two values read the same', () => {
    for (const [name, options, [labels]] of enums) {
      const texts = options.map((o) => labels![o]);
      expect(new Set(texts).size, name).toBe(options.length);
    }
  });

  it('covers every OCEBM level the schema allows (1–5) and every level used in the knowledge base', () => {
    expect([...OCEBM_LEVELS]).toEqual([1, 2, 3, 4, 5]);
    for (const level of OCEBM_LEVELS) expect(OCEBM_MEANING[level].length).toBeGreaterThan(5);
    for (const s of getKnowledgeBase().data.sources)
      expect(ocebmMeaning(s.ocebmLevel)).toBe(OCEBM_MEANING[s.ocebmLevel as 1]);
  });

  it('says "does not support" for the verdict the letter page must show plainly', () => {
    expect(VERDICT_LABEL['does-not-support']).toBe('Does not support');
    expect(VERDICT_LABEL.unverified).toBe('Could not be verified');
  });

  it('describes every safety trigger in the knowledge base with factor names, not ids', () => {
    const kb = getKnowledgeBase();
    const name = namesFrom(kb);
    expect(describeTrigger({ factor: 'immunocompromised' }, name)).toBe('Immunocompromised');
    expect(describeTrigger({ regimenFlag: 'biologic' }, name)).toBe('Regimen includes a biologic');
    expect(describeTrigger({ ageBelow: 1 }, name)).toBe('Age under 1 year');
    expect(describeTrigger({ ageBelow: 0.5 }, name)).toBe('Age under 6 months');
    expect(describeTrigger({ allOf: [{ factor: 'pregnant' }, { regimenOption: 'isotretinoin' }] }, name)).toBe(
      'Pregnant and Regimen includes Isotretinoin (oral)',
    );
    for (const rule of kb.safetyRules) {
      expect(describeTrigger(rule.trigger, name)).not.toMatch(/undefined|[a-z]+-[a-z]+-[a-z]+/);
    }
  });

  it('words studied age ranges, treating 120 as open-ended', () => {
    expect(describeStudiedAges({ min: 18, max: 35 })).toBe('18–35 years');
    expect(describeStudiedAges({ min: 18, max: 120 })).toBe('18 years and over');
    expect(describeStudiedAges({ min: 0, max: 120 })).toBe('Not limited by age');
  });

  it('formats ISO dates without a clock or time zone', () => {
    expect(formatIsoDate('2026-11-27')).toBe('27 November 2026');
    expect(formatIsoDate('2027-05-01')).toBe('1 May 2027');
    expect(formatIsoDate('not a date')).toBe('not a date');
  });

  it('names a source link by the identifier the main link uses', () => {
    expect(sourceLinkLabel({ doi: '10.1/x', pmid: '1' })).toBe('doi:10.1/x');
    expect(sourceLinkLabel({ pmid: '123' })).toBe('PubMed 123');
    expect(sourceLinkLabel({ pmcid: 'PMC1' })).toBe('PubMed Central PMC1');
    expect(sourceLinkLabel({ url: 'https://example.org' })).toBe('Web page');
  });

  it('lowers only an ordinary capital at the start of a sentence', () => {
    expect(lowerFirst('There is substantial evidence.')).toBe('there is substantial evidence.');
    expect(lowerFirst('LGG halved eczema.')).toBe('LGG halved eczema.');
    expect(lowerFirst('E. coli Nissle')).toBe('E. coli Nissle');
    expect(lowerFirst('')).toBe('');
  });
});
