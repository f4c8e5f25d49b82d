/** The note for the record: checked against the answer it is built from. */
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { CERTAINTY_LABEL, STANCE_LABEL } from '@/lib/kb/labels';
import { recommend } from '@/lib/rules/engine';
import { conditionsResponse } from '@/lib/api/conditions';
import { SEVERITY_LABEL } from '@/lib/kb/labels';
import type { CaveatOut, RecommendationInput } from '@/lib/rules/types';
import { workspaceCatalogue } from './catalogue';
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

  it.each(JOURNEYS)(
    '%s: nothing that is not in the answer (no other alert, grade, product or treatment)',
    (_, input) => {
      const answer = recommend(kb, input);
      const note = buildNote(answer, names);
      const lines = note.split('\n');

      // Each alert line is an alert of the answer, with its own severity, and each alert has exactly one line.
      const alertLines = lines.filter((l) => /^- (CRITICAL|WARNING|INFORMATION)\b/.test(l));
      expect(alertLines).toHaveLength(answer.alerts.length);
      for (const line of alertLines) {
        const match = answer.alerts.filter(
          (a) => line.startsWith(`- ${SEVERITY_LABEL[a.severity].toUpperCase()}`) && line.endsWith(`: ${a.text}`),
        );
        expect(match, line).toHaveLength(1);
      }

      // Each grade in the note is the grade of a suggestion of the answer, once per suggestion.
      const grades = [...note.matchAll(/^\d+\. (.+): (.+) \(GRADE certainty (.+), SORT strength ([ABC])\)\.$/gm)];
      expect(grades).toHaveLength(answer.suggestions.length);
      for (const [, name, stance, certainty, strength] of grades) {
        const s = answer.suggestions.find((x) => x.adjunct.name === name);
        expect(s, name).toBeDefined();
        expect(stance).toBe(STANCE_LABEL[s!.stance]);
        expect(certainty).toBe(CERTAINTY_LABEL[s!.evidence.certainty].toLowerCase());
        expect(strength).toBe(s!.evidence.strength);
      }

      // No product the answer does not hold, and no treatment or factor that was not given.
      const shown = new Set(answer.suggestions.map((s) => s.adjunct.id));
      for (const a of kb.adjunctsById.values()) {
        if (!shown.has(a.id) && !answer.suggestions.some((s) => s.adjunct.name.includes(a.name)))
          expect(note, a.id).not.toContain(`. ${a.name}:`);
      }
      const treatment = lines.find((l) => l.startsWith('Current treatment: '))!;
      for (const r of kb.regimenById.values())
        if (!input.regimen.includes(r.id)) expect(treatment.split(': ')[1]!.split(', ')).not.toContain(r.name);
      const factors = lines.find((l) => l.startsWith('Patient factors: '))!;
      for (const f of kb.factorsById.values())
        if (!input.factors.includes(f.id)) expect(factors.split(': ')[1]!.split(', ')).not.toContain(f.name);
    },
  );

  it.each(JOURNEYS)(
    '%s: every caution once, under its product or once for all, and none an alert above already says',
    (_, input) => {
      const answer = recommend(kb, input);
      const note = buildNote(answer, names);
      const alertCodes = new Set(answer.alerts.map((a) => a.code));
      const count = (text: string) => note.split(text).length - 1;
      const same = (x: CaveatOut, y: CaveatOut) => x.code === y.code && x.severity === y.severity && x.text === y.text;
      for (const s of answer.suggestions)
        for (const c of s.caveats.filter((x) => x.severity !== 'info')) {
          const everyCard =
            answer.suggestions.length > 1 && answer.suggestions.every((o) => o.caveats.some((x) => same(x, c)));
          // Said by an alert: the alert's line is there, the caveat is not repeated (unless its text is the alert's).
          if (everyCard && alertCodes.has(c.code)) continue;
          const expected = everyCard
            ? 1
            : answer.suggestions.filter((o) => o.caveats.some((x) => x.text === c.text)).length;
          expect(count(`${SEVERITY_LABEL[c.severity]}: ${c.text}`), c.code).toBe(expected);
        }
    },
  );

  it('says a caution every product carries once, after the products, and leaves out one an alert says', () => {
    const answer = recommend(kb, JOURNEYS[0]![1]);
    expect(answer.suggestions.length).toBeGreaterThan(1);
    const note = buildNote(answer, names);
    const spacing = answer.alerts.find((a) => a.code === 'oral-antibiotic-spacing');
    expect(spacing, 'the acne journey on doxycycline has the spacing alert').toBeDefined();
    expect(note.split(/2 hours apart/).length - 1).toBe(1);
  });

  it('uses the same names as the workspace, so the copied note equals the API note', () => {
    const catalogue = workspaceCatalogue(conditionsResponse(kb), kb.data.factors);
    for (const c of catalogue.conditions)
      for (const r of c.regimenOptions) expect(names.regimen.get(r.id), r.id).toBe(r.name);
    for (const f of catalogue.factors) expect(names.factors.get(f.id), f.id).toBe(f.name);
  });
});
