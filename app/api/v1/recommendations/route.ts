import { getKnowledgeBase } from '@/lib/kb';
import { versionedJson } from '@/lib/http/cache';
import { rejectOtherMethods } from '@/lib/http/methods';
import { badRequest } from '@/lib/http/problem';
import { recommend } from '@/lib/rules/engine';
import { MAX_QUERY_LENGTH, parseRecommendationQuery } from '@/lib/rules/input';

export function GET(request: Request) {
  const url = new URL(request.url);
  if (url.search.length > MAX_QUERY_LENGTH) {
    return badRequest(`The query is too long (${url.search.length} characters; at most ${MAX_QUERY_LENGTH}).`);
  }
  const kb = getKnowledgeBase();
  const parsed = parseRecommendationQuery(kb, url.searchParams.entries());
  if (!parsed.ok) return badRequest(parsed.errors.map((e) => e.message).join(' '), parsed.errors);
  return versionedJson(request, JSON.stringify(parsed.value), kb.rulesetVersion, () => recommend(kb, parsed.value));
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET', 'HEAD']);
