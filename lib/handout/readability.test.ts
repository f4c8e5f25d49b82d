import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { recommend } from '@/lib/rules/engine';
import { Personas } from '@/lib/rules/personas';
import { buildHandout } from './build';
import type { HandoutContent } from './content';
import { producibleHandouts } from './producible';
import {
  countText,
  fleschKincaidGrade,
  handoutReadingGrade,
  handoutTextUnits,
  numberInWords,
  splitSentences,
  wordSyllables,
  words,
} from './readability';

const MAX_GRADE = 8;
const kb = getKnowledgeBase();
const issuedAt = new Date('2026-11-27T09:30:00Z');

/** The check every handout must pass: its Flesch–Kincaid grade is at most 8. */
function readabilityProblem(content: HandoutContent): string | null {
  const grade = handoutReadingGrade(content);
  return grade <= MAX_GRADE ? null : `reads at grade ${grade} (above ${MAX_GRADE})`;
}

describe('counting sentences, words and syllables', () => {
  it('splits sentences at full stops but not after an initial or an abbreviation', () => {
    expect(splitSentences('It has E. coli Nissle 1917 in it. Take 2 a day! Is it right? Ask.')).toEqual([
      'It has E. coli Nissle 1917 in it.',
      'Take 2 a day!',
      'Is it right?',
      'Ask.',
    ]);
    expect(splitSentences('Lactobacillus delbrueckii subsp. Bulgaricus is one name.')).toHaveLength(1);
    expect(splitSentences('Labels are not always right: in one check, only 4 of 13 products matched.')).toHaveLength(1);
  });

  it('counts headings and list items as sentences of their own, with or without a full stop', () => {
    const counts = countText(['What to expect', 'you get a fever or chills', 'you feel very unwell']);
    expect(counts.sentence).toBe(3);
    expect(counts.word).toBe(3 + 6 + 4);
  });

  it('keeps hyphenated words, possessives and decimals whole', () => {
    expect(words('A milk-free label, the body’s defences, 1.5 billion.')).toEqual([
      'A',
      'milk-free',
      'label',
      'the',
      'body’s',
      'defences',
      '1.5',
      'billion',
    ]);
  });

  it('reads acronyms letter by letter and numbers as they are said', () => {
    expect(wordSyllables('CFU')).toBe(3);
    expect(wordSyllables('CECT')).toBe(4);
    expect(wordSyllables('SP1')).toBe(3);
    expect(numberInWords('1917')).toBe('one thousand nine hundred seventeen');
    expect(numberInWords('30031')).toBe('thirty thousand thirty one');
    expect(wordSyllables('1917')).toBe(9);
    expect(wordSyllables('12')).toBe(1);
    expect(wordSyllables('probiotic')).toBe(4);
  });

  it('computes the Flesch–Kincaid grade from the counts (0.39·words/sentence + 11.8·syllables/word − 15.59)', () => {
    // 6 words, 6 syllables, 1 sentence.
    expect(fleschKincaidGrade(['The cat sat on the mat.'])).toBeCloseTo(0.39 * 6 + 11.8 * 1 - 15.59, 6);
    // Two sentences: 4 + 5 words; 4 + 9 syllables.
    const counts = countText(splitSentences('Take it with food. Probiotics may help a little.'));
    expect(counts).toEqual({ sentence: 2, word: 9, syllable: 13 });
  });
});

describe('reading level of every handout the knowledge base can produce', () => {
  const all = producibleHandouts(kb, issuedAt);
  const grades = all.map((h) => ({ label: h.label, grade: handoutReadingGrade(h.content) }));

  it(`is at most grade ${MAX_GRADE} for each of them`, () => {
    expect(all.length).toBeGreaterThan(200);
    const tooHard = all.flatMap((h) => {
      const problem = readabilityProblem(h.content);
      return problem ? [`${h.label}: ${problem}`] : [];
    });
    expect(tooHard).toEqual([]);
    const sorted = [...grades].sort((a, b) => a.grade - b.grade);
    console.info(
      `Flesch–Kincaid grade over ${all.length} handouts: min ${sorted[0]!.grade} (${sorted[0]!.label}), max ${sorted.at(-1)!.grade} (${sorted.at(-1)!.label})`,
    );
  }, 30_000); // a thousand handouts, measured one by one

  it('has no sentence longer than 30 words', () => {
    const long = all.flatMap((h) =>
      handoutTextUnits(h.content)
        .flatMap(splitSentences)
        .filter((s) => words(s).length > 30)
        .map((s) => `${h.label}: ${s}`),
    );
    expect([...new Set(long)]).toEqual([]);
  });
});

describe('the readability check catches hard text', () => {
  const rec = recommend(kb, Personas.psoriasisTopicalOnly);
  const content = buildHandout(kb, rec, [rec.suggestions[0]!.id], issuedAt);

  it('passes the handout as built', () => {
    expect(readabilityProblem(content)).toBeNull();
  });

  it('fails once a long, technical sentence is planted in it', () => {
    const planted: HandoutContent = structuredClone(content);
    const sentence =
      'Notwithstanding considerable methodological heterogeneity, contemporaneous randomised investigations evaluating multispecies probiotic supplementation demonstrated statistically significant improvements in dermatological severity indices, particularly amongst immunologically predisposed individuals receiving concomitant corticosteroid pharmacotherapy, although generalisability remains uncertain.';
    planted.products[0]!.sections[0]!.blocks.push(
      { kind: 'paragraph', text: sentence },
      { kind: 'paragraph', text: sentence },
    );
    expect(handoutReadingGrade(planted)).toBeGreaterThan(MAX_GRADE);
    expect(readabilityProblem(planted)).toMatch(/above 8/);
  });
});
