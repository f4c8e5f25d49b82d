import type { HandoutCreated } from '@/lib/api/schemas';
import { parseHandoutRequest, MAX_HANDOUT_BODY_BYTES } from '@/lib/api/handouts';
import { saveHandout } from '@/lib/db/handouts';
import { buildHandout } from '@/lib/handout/build';
import { readJsonBody } from '@/lib/http/body';
import { withDatabase } from '@/lib/http/db-fault';
import { limitWrites } from '@/lib/http/rate-limit';
import { rejectOtherMethods } from '@/lib/http/methods';
import { badRequest, methodNotAllowed } from '@/lib/http/problem';
import { getKnowledgeBase } from '@/lib/kb';

/** Saves a patient handout as a snapshot and answers where it can be printed. */
export const POST = withDatabase(
  { detail: 'The database is not available, so the handout was not saved. Try again in a minute.' },
  async (request: Request) => {
    const limited = limitWrites(request);
    if (limited) return limited;
    const body = await readJsonBody(request, MAX_HANDOUT_BODY_BYTES);
    if (!body.ok) return body.response;
    const kb = getKnowledgeBase();
    const parsed = parseHandoutRequest(kb, body.value);
    if (!parsed.ok) return badRequest(parsed.errors.map((e) => e.message).join(' '), parsed.errors);

    const { input, recommendation, suggestionIds, clinic } = parsed.value;
    const content = buildHandout(kb, recommendation, suggestionIds, new Date(), { clinic });
    const id = await saveHandout({ input: { ...input, suggestionIds }, content });
    const url = `/h/${id}`;
    return Response.json({ id, url, rulesetVersion: content.rulesetVersion } satisfies HandoutCreated, {
      status: 201,
      headers: { Location: url, 'Cache-Control': 'no-store' },
    });
  },
);

export const GET = async () => methodNotAllowed(['POST']);
export const { PUT, PATCH, DELETE } = rejectOtherMethods(['POST']);
