/**
 * The condition search of the workspace: by name, abbreviation, other name, id or ICD-10 code, best match first.
 * An exact abbreviation wins ("AD" is atopic dermatitis, not a word inside "hidradenitis"); then a name or other name
 * that starts with the text; then one of their words; then text anywhere; then an ICD-10 code. Pure.
 */
export interface Searchable {
  id: string;
  name: string;
  icd10: readonly string[];
  abbreviations?: readonly string[];
  synonyms?: readonly string[];
}

const words = (text: string) => text.split(/[^a-z0-9]+/).filter(Boolean);

function score(c: Searchable, q: string): number {
  const names = [c.name, ...(c.synonyms ?? [])].map((n) => n.toLowerCase());
  if ((c.abbreviations ?? []).some((a) => a.toLowerCase() === q)) return 0;
  if (names.some((n) => n.startsWith(q))) return 1;
  // Several words typed ("seb derm"): each must start a word of one name, in order.
  const typed = words(q);
  if (
    names.some((n) => {
      const ws = words(n);
      return typed.length > 0 && typed.every((t, i) => ws.slice(i).some((w) => w.startsWith(t)));
    })
  )
    return 2;
  if (names.some((n) => n.includes(q)) || c.id.includes(q)) return 3;
  if ((c.abbreviations ?? []).some((a) => a.toLowerCase().startsWith(q))) return 4;
  if (c.icd10.some((code) => code.toLowerCase().startsWith(q))) return 5;
  return -1;
}

export function searchConditions<T extends Searchable>(conditions: readonly T[], text: string): T[] {
  const q = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return [...conditions];
  return conditions
    .map((c) => ({ c, s: score(c, q) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => a.s - b.s) // stable: the knowledge base's order within a score
    .map((x) => x.c);
}
