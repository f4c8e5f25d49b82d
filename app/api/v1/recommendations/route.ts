import { getKnowledgeBase } from '@/lib/kb';
import { prefersPlainText } from '@/lib/http/accept';
import { versionedBody, versionedJson } from '@/lib/http/cache';
import { rejectOtherMethods } from '@/lib/http/methods';
import { badRequest } from '@/lib/http/problem';
import { recommend } from '@/lib/rules/engine';
import { MAX_QUERY_LENGTH, parseRecommendationQuery } from '@/lib/rules/input';
import { buildNote, noteNamesFromKb } from '@/lib/workspace/note';

/** The answer as JSON, or, when the request's Accept prefers text/plain, as the note for the record. */
export function GET(request: Request) {
  const url = new URL(request.url);
  if (url.search.length > MAX_QUERY_LENGTH) {
    return badRequest(`The query is too long (${url.search.length} characters; at most ${MAX_QUERY_LENGTH}).`);
  }
  const kb = getKnowledgeBase();
  const parsed = parseRecommendationQuery(kb, url.searchParams.entries());
  if (!parsed.ok) return badRequest(parsed.errors.map((e) => e.message).join(' '), parsed.errors);
  const key = JSON.stringify(parsed.value);
  if (prefersPlainText(request)) {
    return versionedBody(
      request,
      key,
      kb.rulesetVersion,
      'text/plain; charset=utf-8',
      () => buildNote(recommend(kb, parsed.value), noteNamesFromKb(kb)),
      ['Accept'],
    );
  }
  return versionedJson(request, key, kb.rulesetVersion, () => recommend(kb, parsed.value), ['Accept']);
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET', 'HEAD']);
