/** Client fetchers for our own JSON API. Each either returns the parsed body or throws a ProblemError. */
import type { RecommendationOut } from '@/lib/rules/types';
import { stateToQuery, type WorkspaceState } from '@/lib/workspace/state';
import { networkProblem, problemFromResponse } from './problem';

async function send(input: string, init?: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(input, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkProblem();
  }
  if (!res.ok) throw await problemFromResponse(res);
  return res;
}

export async function fetchRecommendations(state: WorkspaceState, signal?: AbortSignal): Promise<RecommendationOut> {
  const res = await send(`/api/v1/recommendations?${stateToQuery(state)}`, {
    signal,
    headers: { Accept: 'application/json' },
  });
  return (await res.json()) as RecommendationOut;
}

export interface HandoutRequest {
  condition: string;
  regimen: string[];
  factors: string[];
  /** Age in whole years, or `ageMonths` (0–23) for a child under 2: one or the other. */
  age?: number | null;
  ageMonths?: number;
  suggestionIds: string[];
  /** The clinic's own name and phone, printed under "When to call" (never the patient's). */
  clinic?: { name: string | null; phone: string | null };
}

export interface HandoutCreated {
  id: string;
  url: string;
  rulesetVersion: string;
}

export async function createHandout(body: HandoutRequest): Promise<HandoutCreated> {
  const res = await send('/api/v1/handouts', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as HandoutCreated;
}
