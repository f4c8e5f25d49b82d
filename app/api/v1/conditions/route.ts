import { conditionsResponse } from '@/lib/api/conditions';
import { getKnowledgeBase } from '@/lib/kb';
import { versionedJson } from '@/lib/http/cache';
import { rejectOtherMethods } from '@/lib/http/methods';
import { badRequest } from '@/lib/http/problem';

export function GET(request: Request) {
  const params = [...new URL(request.url).searchParams.keys()];
  if (params.length)
    return badRequest(`This address takes no query parameters (got: ${params.slice(0, 5).join(', ')}).`);
  const kb = getKnowledgeBase();
  return versionedJson(request, 'conditions', kb.rulesetVersion, () => conditionsResponse(kb));
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET', 'HEAD']);
