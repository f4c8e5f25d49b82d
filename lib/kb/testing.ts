/**
 * A tiny knowledge base for tests, built from scratch: one condition, two products (one live bacterium, one with a
 * non-microbial ingredient), a few regimen options with label facts, and rules a test can add to. Rules are then
 * tested by what they do, not by what today's shipped content happens to say.
 */
import { type KnowledgeBase, buildKnowledgeBase } from './model';
import { KnowledgeBaseData, type KnowledgeBaseInput, type RegimenSafetyInput } from './schema';

type Input = KnowledgeBaseInput;

export const noLabelFacts: RegimenSafetyInput = {
  pregnancy: {
    status: 'not-established',
    text: 'Nothing read on pregnancy for this test drug.',
    sourceIds: [],
    confidence: 'unverified',
  },
  lactation: {
    status: 'not-established',
    text: 'Nothing read on breastfeeding for this test drug.',
    sourceIds: [],
    confidence: 'unverified',
  },
  paediatric: {
    minAgeYears: null,
    text: 'No age limit read for this test drug.',
    sourceIds: [],
    confidence: 'unverified',
  },
  immunosuppression: {
    level: 'none',
    text: 'Not an immunosuppressant (test drug).',
    sourceIds: [],
    confidence: 'confirmed',
  },
};

const source = (id: string, type: Input['sources'][number]['type'] = 'rct') => ({
  id,
  type,
  label: `Test source ${id}`,
  citation: `Test citation for ${id}.`,
  year: 2020,
  pmid: '1',
  ocebmLevel: type === 'rct' ? 2 : 5,
  design: 'A test design.',
  findings: 'A test finding for the test knowledge base.',
});

/** A product as studied whose every part was checked in the test trial, given alongside nothing. */
export const TEST_AS_STUDIED: Input['adjuncts'][number]['asStudied'] = {
  trialSourceId: 'trial',
  product: { text: 'Test product from Test Ltd', confidence: 'confirmed', sourceIds: ['trial'] },
  form: { confidence: 'confirmed', sourceIds: ['trial'] },
  dose: { confidence: 'confirmed', sourceIds: ['trial'] },
  duration: { confidence: 'confirmed', sourceIds: ['trial'] },
  background: { text: 'None: the test trial gave nothing alongside', confidence: 'confirmed', sourceIds: ['trial'] },
  conflicts: [],
};

export function tinyKnowledgeBaseInput(): Input {
  return {
    release: {
      version: '2026.1.0',
      releaseDate: '2026-01-01',
      lastReviewed: '2026-01-01',
      nextReviewDue: '2026-07-01',
      developer: 'Test',
      funding: 'None',
      contact: 'test@example.org',
    },
    sources: [source('trial'), source('label', 'regulatory'), source('khalid-2025', 'letter')],
    letterClaims: [],
    factors: [
      { id: 'immunocompromised', name: 'Immunocompromised', description: 'Test.', hardRisk: true },
      { id: 'pregnant', name: 'Pregnant', description: 'Test.', plausibleAges: { min: 9, max: 70 } },
      { id: 'breastfeeding', name: 'Breastfeeding', description: 'Test.' },
      { id: 'oral-antibiotics', name: 'Taking oral antibiotics', description: 'Test.' },
      { id: 'autoimmune-disease', name: 'Autoimmune disease', description: 'Test.' },
      {
        id: 'newborn',
        name: 'Newborn',
        description: 'Test.',
        plausibleAges: { min: 0, max: 1 },
        excludes: ['pregnant'],
      },
    ],
    regimenFlags: [
      {
        id: 'oral-antibiotic',
        name: 'an oral antibiotic',
        impliesFactor: 'oral-antibiotics',
        immunosuppressive: false,
      },
      { id: 'systemic-immunosuppressant', name: 'a systemic immunosuppressant', immunosuppressive: true },
      { id: 'biologic', name: 'a biologic', immunosuppressive: true },
      { id: 'oral-antifungal', name: 'an oral antifungal', immunosuppressive: false },
      { id: 'jak-inhibitor', name: 'a JAK inhibitor', immunosuppressive: true },
    ],
    regimenOptions: [
      {
        id: 'cream',
        name: 'Test cream',
        route: 'topical',
        drugClass: 'test',
        ingredients: ['testcream'],
        safety: noLabelFacts,
      },
      {
        id: 'teratogen',
        name: 'Teratogenic tablet',
        route: 'oral',
        drugClass: 'test',
        ingredients: ['teratogenicum'],
        safety: {
          ...noLabelFacts,
          pregnancy: {
            status: 'contraindicated',
            text: 'Teratogenic tablet is contraindicated in pregnancy (test label).',
            sourceIds: ['label'],
            confidence: 'confirmed',
            washout: '1 month',
            programme: 'a test prevention programme',
          },
          paediatric: {
            minAgeYears: 12,
            text: 'Teratogenic tablet: from 12 years (test label).',
            sourceIds: ['label'],
            confidence: 'confirmed',
          },
        },
      },
      {
        id: 'antibiotic',
        name: 'Test antibiotic',
        route: 'oral',
        drugClass: 'test',
        flags: ['oral-antibiotic'],
        ingredients: ['antibioticum'],
        safety: noLabelFacts,
      },
      ...['suppressant-a', 'suppressant-b'].map((id) => ({
        id,
        name: `Immunosuppressant ${id.slice(-1).toUpperCase()}`,
        route: 'oral' as const,
        drugClass: 'test',
        flags: ['systemic-immunosuppressant' as const],
        ingredients: [id],
        safety: {
          ...noLabelFacts,
          immunosuppression: {
            level: 'systemic-immunosuppressant' as const,
            text: 'A test immunosuppressant.',
            sourceIds: ['label'],
            confidence: 'confirmed' as const,
          },
        },
      })),
    ],
    conditions: [
      {
        id: 'test-condition',
        name: 'Test condition',
        question: 'treatment',
        codes: { icd10: [{ code: 'X00', display: 'Test', status: 'verified' }], snomed: [] },
        mapFromCodes: true,
        summary: 'A test condition summary for the tiny knowledge base.',
        summarySourceIds: ['trial'],
        regimenOptionIds: ['cream', 'teratogen', 'antibiotic', 'suppressant-a', 'suppressant-b'],
        evidenceStatus: 'some-evidence',
      },
    ],
    ingredients: [
      {
        id: 'bug',
        name: 'Testus bacillus T1',
        kind: 'bacterium',
        live: true,
        species: 'Testus bacillus',
        strain: 'T1',
      },
      { id: 'alga', name: 'Test alga (not living)', kind: 'cyanobacterium', live: false },
      { id: 'fibre', name: 'Test fibre', kind: 'prebiotic-fibre', live: false },
    ],
    adjuncts: [
      {
        id: 'bug-only',
        name: 'Testus bacillus T1',
        kind: 'probiotic',
        ingredientIds: ['bug'],
        form: 'Capsule',
        dose: '1 a day',
        duration: '12 weeks',
        doseVerified: true,
        asStudied: TEST_AS_STUDIED,
      },
      {
        id: 'bug-with-alga',
        name: 'Testus bacillus T1 + test alga',
        kind: 'probiotic',
        ingredientIds: ['bug', 'alga'],
        form: 'Capsule',
        dose: '1 a day',
        duration: '12 weeks',
        doseVerified: true,
        asStudied: TEST_AS_STUDIED,
      },
      {
        id: 'fibre-only',
        name: 'Test fibre',
        kind: 'prebiotic',
        ingredientIds: ['fibre'],
        form: 'Powder',
        dose: '5 g a day',
        duration: '8 weeks',
        doseVerified: true,
        asStudied: TEST_AS_STUDIED,
      },
    ],
    statements: (['bug-only', 'bug-with-alga', 'fibre-only'] as const).map((adjunctId) => ({
      id: `test-${adjunctId}`,
      conditionId: 'test-condition',
      adjunctId,
      claim: 'A test claim about the product.',
      population: 'Adults',
      comparator: 'Placebo',
      outcome: 'Test outcome',
      effect: 'Some effect',
      certainty: 'low' as const,
      downgrades: [{ domain: 'imprecision' as const, reason: 'Small' }],
      strength: 'B' as const,
      baseStance: 'consider' as const,
      rationale: 'A rationale long enough to pass the schema minimum length.',
      limits: ['One small trial.'],
      studiedAges: { min: 12, max: 60, asReported: 'ages 12–60', sourceId: 'trial' },
      reviewAfter: { weeks: 12, outcome: 'lesion count' },
      sourceIds: ['trial'],
    })),
    conditionNotes: [],
    safetyRules: [
      {
        id: 'immunocompromised-live',
        topic: 'immunocompromise',
        trigger: { factor: 'immunocompromised' },
        appliesTo: 'live',
        effect: 'avoid',
        severity: 'critical',
        alertCode: 'immunocompromised-live',
        text: 'Immunocompromised: avoid live products (test).',
        caveat: 'Not for this patient (test).',
        sourceIds: ['trial'],
      },
    ],
    standardCaveats: [
      {
        code: 'alongside-not-instead',
        severity: 'info',
        text: 'An adjunct goes alongside the current skin treatment (test).',
        whenRegimenUnderReview: 'The current skin treatment needs review first (test).',
        sourceIds: ['trial'],
      },
    ],
    topicalInteractionNote: {
      code: 'no-known-interaction-topicals',
      severity: 'info',
      text: 'No interaction documented with topicals (test).',
      sourceIds: ['trial'],
    },
    conclusions: {
      evidenceAgainstRoutineUse: 'Not recommended for {condition} (test).',
      noStudiedProduct: 'No studied product for {condition} (test).',
      insufficientForCondition: 'Insufficient for {condition} (test).',
      allAvoided: 'All products avoided (test).',
      insufficientForPatient: 'Insufficient for this patient (test).',
      preventionOption: 'A prevention option (test).',
      treatmentOption: 'Options for {condition} (test).',
    },
    crossReferences: [],
    stopReasons: [{ id: 'fever', clinician: 'fever', plain: 'get a fever', sourceIds: ['trial'] }],
    codeTables: { snomedRoutes: [], systemicForms: [] },
  };
}

/** Builds the tiny knowledge base, after `edit` has changed its input. */
export function tinyKnowledgeBase(edit: (input: Input) => void = () => {}): KnowledgeBase {
  const input = tinyKnowledgeBaseInput();
  edit(input);
  return buildKnowledgeBase(KnowledgeBaseData.parse(input), 'test');
}

/** The medication code system planted by `withTestOrderCodes` (made up: no shipped product has a real code yet). */
export const TEST_MEDICATION_SYSTEM = 'http://example.org/test-medication-codes';

/** A knowledge base input with a made-up medication code on every product, so CDS cards offer draft orders. */
export function withTestOrderCodes(input: KnowledgeBaseInput): KnowledgeBaseInput {
  return {
    ...input,
    adjuncts: input.adjuncts.map((a) => ({
      ...a,
      orderCoding: [{ system: TEST_MEDICATION_SYSTEM, code: a.id.slice(0, 64), display: a.name }],
    })),
  };
}
