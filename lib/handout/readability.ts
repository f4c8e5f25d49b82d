/**
 * Reading level of handout text: the Flesch–Kincaid grade (Kincaid et al., 1975), with counting rules chosen so the
 * grade is never flattered:
 * - Headings and list items are sentences of their own (a list item without a full stop still ends a sentence).
 * - Inside a paragraph or list item, a sentence ends at . ! or ? followed by a space and a capital, digit or quote,
 *   except after a one-letter initial ("E. coli", "L. rhamnosus") or a known abbreviation.
 * - A word is a run of letters or digits, keeping inner hyphens, apostrophes and decimal points ("milk-free",
 *   "body’s", "1.5" are one word each).
 * - Syllables come from the `syllable` package; acronyms (two or more capitals, such as "CFU" or "CECT") are read letter
 *   by letter, and numbers are counted as they are said ("1917" as "one thousand nine hundred seventeen").
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Block, HandoutContent, Section } from './content';

export interface TextCounts {
  sentence: number;
  word: number;
  syllable: number;
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'dr', 'mr', 'mrs', 'ms', 'no', 'subsp', 'approx', 'st']);

/** Splits one paragraph or list item into sentences. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?]+["”’)]*\s+(?=["“(]?[A-Z0-9])/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const before = text.slice(start, m.index);
    const lastWord = (/(\S+)$/.exec(before)?.[1] ?? '').replace(/^["“(]+/, '');
    if (/^[A-Z]$/.test(lastWord) || ABBREVIATIONS.has(lastWord.toLowerCase())) continue;
    sentences.push(text.slice(start, m.index + m[0].length).trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((s) => words(s).length > 0);
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

export function words(sentence: string): string[] {
  return sentence.match(WORD) ?? [];
}

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** An integer as said in English (below a million); longer digit strings are read digit by digit. */
export function numberInWords(digits: string): string {
  const n = Number(digits);
  if (!/^\d+$/.test(digits) || n >= 1_000_000 || (digits.length > 1 && digits.startsWith('0'))) {
    return [...digits].map((d) => ONES[Number(d)] ?? '').join(' ');
  }
  const below100 = (x: number): string =>
    x < 20 ? ONES[x]! : `${TENS[Math.floor(x / 10)]}${x % 10 ? ` ${ONES[x % 10]}` : ''}`;
  const below1000 = (x: number): string =>
    x < 100 ? below100(x) : `${ONES[Math.floor(x / 100)]} hundred${x % 100 ? ` ${below100(x % 100)}` : ''}`;
  if (n < 1000) return below1000(n);
  return `${below1000(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${below1000(n % 1000)}` : ''}`;
}

/** Syllables in one word, by the rules above. */
export function wordSyllables(word: string): number {
  return word
    .split(/[-'’]/)
    .filter(Boolean)
    .reduce((total, part) => total + partSyllables(part), 0);
}

function partSyllables(part: string): number {
  let total = 0;
  // Split letters from digits ("SP1" → "SP", "1"; "1.5" → "1", "5").
  for (const chunk of part.match(/\p{L}+|\p{N}+/gu) ?? []) {
    if (/^\p{N}+$/u.test(chunk)) total += syllable(numberInWords(chunk));
    else if (chunk.length >= 2 && chunk === chunk.toUpperCase() && /\p{Lu}/u.test(chunk)) {
      total += [...chunk].reduce((n, letter) => n + (letter.toUpperCase() === 'W' ? 3 : 1), 0);
    } else total += Math.max(1, syllable(chunk));
  }
  return Math.max(1, total);
}

export function countText(sentences: readonly string[]): TextCounts {
  const counts: TextCounts = { sentence: 0, word: 0, syllable: 0 };
  for (const sentence of sentences) {
    const ws = words(sentence);
    if (!ws.length) continue;
    counts.sentence += 1;
    counts.word += ws.length;
    counts.syllable += ws.reduce((n, w) => n + wordSyllables(w), 0);
  }
  return counts;
}

/** Flesch–Kincaid grade of a list of text units (headings, paragraphs, list items), each split into sentences. */
export function fleschKincaidGrade(units: readonly string[]): number {
  const { sentence, word, syllable: syllables } = countText(units.flatMap(splitSentences));
  return fleschKincaid({ sentence, word, syllable: syllables });
}

function blockUnits(block: Block): string[] {
  return block.kind === 'paragraph' ? [block.text] : block.items;
}

function sectionUnits(section: Section): string[] {
  return [section.heading, ...section.blocks.flatMap(blockUnits)];
}

/**
 * Every piece of text a patient reads on the handout, in the order it prints: headings and list items as units of
 * their own. The clinic's name and phone number are not prose and are left out.
 */
export function handoutTextUnits(content: HandoutContent): string[] {
  const units = (section: Section | null) => (section ? sectionUnits(section) : []);
  return [
    content.title,
    ...content.intro.flatMap(blockUnits),
    ...units(content.important),
    ...units(content.whyNone),
    ...units(content.notForYou),
    ...content.products.flatMap((prod) => [prod.name, prod.standing, ...prod.sections.flatMap(sectionUnits)]),
    ...(content.shared ? [content.shared.heading, ...content.shared.sections.flatMap(sectionUnits)] : []),
    ...units(content.alsoDiscussed),
    ...units(content.contact),
    ...sectionUnits(content.general),
    ...units(content.goodToKnow),
    content.footer,
  ];
}

/** The handout's reading grade (Flesch–Kincaid), rounded to one decimal, as shown to the clinician. */
export function handoutReadingGrade(content: HandoutContent): number {
  return Math.round(fleschKincaidGrade(handoutTextUnits(content)) * 10) / 10;
}
