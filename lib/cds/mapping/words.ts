/** Text helpers for reading free-text names: shortening for display, whole-word matching. */
export const shorten = (s: string, max = 80) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Compiled once per phrase: the same ingredient phrases are matched against every medication of every call.
const wordPatterns = new Map<string, RegExp | null>();

export function containsWord(haystack: string, phrase: string): boolean {
  let pattern = wordPatterns.get(phrase);
  if (pattern === undefined) {
    const words = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
    pattern = words === '' ? null : new RegExp(`(^|[^a-z0-9])${words}($|[^a-z0-9])`, 'i');
    wordPatterns.set(phrase, pattern);
  }
  return pattern !== null && pattern.test(haystack);
}
