/**
 * The quick-add field's matcher: what the clinician types ("mtx", "dox", "bpo", a brand, a drug class, "cmpa") against
 * the entries of one list (the condition's regimen options, or the patient factors), best match first. Every term
 * comes from the knowledge base (names, ingredients, drug class and the searchTerms it holds). Pure.
 *
 * Ranking: an exact abbreviation first ("MTX" is methotrexate), then a whole name, other name, brand or ingredient
 * typed out ("calcipotriol", "Differin"), then one that starts with the text ("dox"), then one of their words
 * ("milk" for "Cow's milk allergy"), then the drug class ("tetracycline", "retinoid"), then the start of an
 * abbreviation, then the text anywhere ("steroid" in "corticosteroid"). Within a rank the knowledge base's order
 * stands.
 */

import type { CatalogueFactor, CatalogueRegimenOption } from './catalogue';

export interface QuickAddEntry {
  id: string;
  name: string;
  abbreviations?: readonly string[];
  synonyms?: readonly string[];
  brands?: readonly string[];
  ingredients?: readonly string[];
  drugClass?: string;
}

export type MatchedBy = 'abbreviation' | 'name' | 'synonym' | 'brand' | 'ingredient' | 'class';

export interface QuickAddMatch<T extends QuickAddEntry> {
  entry: T;
  /** What the text matched, to show beside the name when it is not the name itself ("MTX", "brand Differin"). */
  by: MatchedBy;
  term: string;
  rank: number;
}

/** Lower case, curly apostrophes straight, spaces collapsed: how typed text and terms are compared. */
export const normaliseTyped = (text: string) => text.trim().toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

const words = (text: string) => text.split(/[^a-z0-9']+/).filter(Boolean);

/** Each typed word starts a word of the term, in order ("milk prot" matches "cow's milk protein allergy"). */
function wordsMatch(term: string, typed: string[]): boolean {
  const ws = words(term);
  let at = 0;
  for (const t of typed) {
    while (at < ws.length && !ws[at]!.startsWith(t)) at++;
    if (at === ws.length) return false;
    at++;
  }
  return typed.length > 0;
}

function best<T extends QuickAddEntry>(entry: T, q: string): QuickAddMatch<T> | null {
  const named: [MatchedBy, string][] = [
    ['name', entry.name],
    ...(entry.synonyms ?? []).map((t) => ['synonym', t] as [MatchedBy, string]),
    ...(entry.brands ?? []).map((t) => ['brand', t] as [MatchedBy, string]),
    ...(entry.ingredients ?? []).map((t) => ['ingredient', t] as [MatchedBy, string]),
  ];
  const lower = named.map(([by, term]) => [by, term, normaliseTyped(term)] as const);
  const abbreviations = (entry.abbreviations ?? []).map((a) => [a, a.toLowerCase()] as const);
  const typed = words(q);
  const cls = entry.drugClass ? normaliseTyped(entry.drugClass) : '';
  const found = (rank: number, by: MatchedBy, term: string) => ({ entry, by, term, rank });

  const exactAbbreviation = abbreviations.find(([, a]) => a === q);
  if (exactAbbreviation) return found(0, 'abbreviation', exactAbbreviation[0]);
  const exact = lower.find(([, , t]) => t === q);
  if (exact) return found(1, exact[0], exact[1]);
  const prefix = lower.find(([, , t]) => t.startsWith(q));
  if (prefix) return found(2, prefix[0], prefix[1]);
  const word = lower.find(([, , t]) => wordsMatch(t, typed));
  if (word) return found(3, word[0], word[1]);
  if (cls && (cls.startsWith(q) || wordsMatch(cls, typed))) return found(4, 'class', entry.drugClass!);
  const abbreviationPrefix = abbreviations.find(([, a]) => q.length >= 2 && a.startsWith(q));
  if (abbreviationPrefix) return found(5, 'abbreviation', abbreviationPrefix[0]);
  if (q.length >= 3) {
    const inside = lower.find(([, , t]) => t.includes(q));
    if (inside) return found(6, inside[0], inside[1]);
    if (cls.includes(q)) return found(6, 'class', entry.drugClass!);
  }
  return null;
}

/** The entries the text matches, best first; nothing for empty text. */
export function quickAddMatches<T extends QuickAddEntry>(entries: readonly T[], text: string): QuickAddMatch<T>[] {
  const q = normaliseTyped(text);
  if (!q) return [];
  return entries
    .map((e) => best(e, q))
    .filter((m): m is QuickAddMatch<T> => m !== null)
    .sort((a, b) => a.rank - b.rank); // stable: the knowledge base's order within a rank
}

/** How a match is shown beside the entry's name ("MTX", "brand Differin"), or null when the name itself matched. */
export function matchNote(match: Pick<QuickAddMatch<QuickAddEntry>, 'by' | 'term'>): string | null {
  if (match.by === 'name') return null;
  return match.by === 'brand' ? `brand ${match.term}` : match.term;
}

/** A regimen option of the catalogue as the matcher reads it. */
export const regimenEntry = (o: CatalogueRegimenOption): QuickAddEntry => ({
  id: o.id,
  name: o.name,
  abbreviations: o.terms.abbreviations,
  synonyms: o.terms.synonyms,
  brands: o.terms.brands,
  ingredients: o.ingredients,
  drugClass: o.drugClass,
});

/** A patient factor of the catalogue as the matcher reads it. */
export const factorEntry = (f: CatalogueFactor): QuickAddEntry => ({
  id: f.id,
  name: f.name,
  abbreviations: f.terms.abbreviations,
  synonyms: f.terms.synonyms,
});
