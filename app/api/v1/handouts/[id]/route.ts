import type { HandoutSnapshot } from '@/lib/api/schemas';
import { findHandout } from '@/lib/db/handouts';
import { withDatabase } from '@/lib/http/db-fault';
import { rejectOtherMethods } from '@/lib/http/methods';
import { notFound } from '@/lib/http/problem';

/** The stored snapshot, exactly as saved: it never changes with the knowledge base. */
export const GET = withDatabase(
  { detail: 'The database is not available, so the handout cannot be loaded. Try again in a minute.' },
  async (_request: Request, context: RouteContext<'/api/v1/handouts/[id]'>) => {
    const { id } = await context.params;
    const handout = await findHandout(id);
    if (!handout)
      return notFound('There is no saved handout with this id. Check the address, or save the handout again.');
    return Response.json(
      {
        id: handout.id,
        url: `/h/${handout.id}`,
        createdAt: handout.createdAt.toISOString(),
        rulesetVersion: handout.rulesetVersion,
        conditionId: handout.conditionId,
        input: handout.input,
        content: handout.content,
      } satisfies HandoutSnapshot,
      { headers: { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow' } },
    );
  },
);

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET', 'HEAD']);
