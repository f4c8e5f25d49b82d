/** The note for the record: checked against the answer it is built from. */
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { CERTAINTY_LABEL, STANCE_LABEL } from '@/lib/kb/labels';
import { recommend } from '@/lib/rules/engine';
import type { RecommendationInput } from '@/lib/rules/types';
import { alertsBySeverity, buildNote, noteNamesFromKb } from './note';

const kb = getKnowledgeBase();
const names = noteNamesFromKb(kb);

const JOURNEYS: [string, RecommendationInput][] = [
  [
    'acne on adapalene, BPO and doxycycline at 19',
    {
      condition: 'acne-vulgaris',
      regimen: ['adapalene', 'benzoyl-peroxide', 'oral-doxycycline'],
      factors: [],
      age: 19,
    },
  ],
  [
    'psoriasis on a steroid and calcipotriol starting methotrexate at 45',
    {
      condition: 'psoriasis',
      regimen: ['topical-corticosteroid', 'calcipotriene', 'methotrexate'],
      factors: [],
      age: 45,
    },
  ],
  [
    "an 8-month-old with eczema and cow's milk allergy",
    {
      condition: 'atopic-dermatitis',
      regimen: [],
      factors: ['milk-allergy'],
      age: 0,
      ageMonths: 8,
    },
  ],
  [
    'psoriasis, pregnant, on a topical steroid',
    {
      condition: 'psoriasis',
      regimen: ['topical-corticosteroid'],
      factors: ['pregnant'],
      age: 30,
    },
  ],
];

describe('buildNote', () => {
  it.each(JOURNEYS)('%s: every alert, most severe first, every grade, the version and dates', (_, input) => {
    const answer = recommend(kb, input);
    const note = buildNote(answer, names);

    // Every alert, in severity order (critical before warning before information).
    const positions = alertsBySeverity(answer.alerts).map((a) => note.indexOf(a.text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    if (answer.alerts.length === 0) expect(note).toContain('Alerts: none.');

    // Every suggestion with its stance and both grades.
    for (const s of answer.suggestions) {
      expect(note).toContain(
        `${s.adjunct.name}: ${STANCE_LABEL[s.stance]} (GRADE certainty ${CERTAINTY_LABEL[s.evidence.certainty].toLowerCase()}, SORT strength ${s.evidence.strength})`,
      );
      expect(note).toContain(s.rationale);
    }
    expect(note).toContain(answer.conclusion.text);
    expect(note).toContain(answer.rulesetVersion);
    expect(note).toContain(`released ${kb.data.release.releaseDate}`);
    expect(note).toContain(`last reviewed ${kb.data.release.lastReviewed}`);

    // What was answered for, by name.
    for (const id of answer.input.regimen) expect(note).toContain(kb.regimenById.get(id)!.name);
    for (const id of answer.input.factors) expect(note).toContain(kb.factorsById.get(id)!.name);
    expect(note).toContain(`Condition: ${answer.condition.name}`);
  });

  it('puts a critical alert before every warning', () => {
    const answer = recommend(kb, { condition: 'psoriasis', regimen: [], factors: ['immunocompromised'], age: 40 });
    const critical = answer.alerts.filter((a) => a.severity === 'critical');
    const warnings = answer.alerts.filter((a) => a.severity !== 'critical');
    expect(critical.length).toBeGreaterThan(0);
    const note = buildNote(answer, names);
    const lastCritical = Math.max(...critical.map((a) => note.indexOf(a.text)));
    for (const w of warnings) expect(note.indexOf(w.text)).toBeGreaterThan(lastCritical);
    expect(note).toMatch(/^- CRITICAL/m);
  });

  it('gives the age in months for an infant, and says under 1 year', () => {
    const note = buildNote(recommend(kb, JOURNEYS[2]![1]), names);
    expect(note).toContain('Age: 8 months (under 1 year)');
    expect(buildNote(recommend(kb, { ...JOURNEYS[0]![1], age: null }), names)).toContain('Age: not given');
  });

  it('names the handout only when one was created', () => {
    const answer = recommend(kb, JOURNEYS[0]![1]);
    expect(buildNote(answer, names)).not.toContain('handout');
    expect(buildNote(answer, names, { handoutUrl: 'https://gutskin.example.org/h/abc' })).toContain(
      'Patient handout: https://gutskin.example.org/h/abc',
    );
  });

  it('holds no patient identifier: no long digit runs, e-mail addresses or dates other than the release dates', () => {
    for (const [, input] of JOURNEYS) {
      const note = buildNote(recommend(kb, input), names);
      expect(note).not.toMatch(/\d{6,}/);
      expect(note).not.toMatch(/[^\s@]+@[^\s@]+\.[a-z]{2,}/i);
      const dates = note.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
      expect(new Set(dates)).toEqual(new Set([kb.data.release.releaseDate, kb.data.release.lastReviewed]));
    }
  });

  it('is plain text: no HTML or markdown markup, lines end in \\n', () => {
    const note = buildNote(recommend(kb, JOURNEYS[0]![1]), names);
    expect(note).not.toMatch(/<[a-z/]/i);
    expect(note).not.toContain('\r');
    expect(note.endsWith('\n')).toBe(true);
  });
});
