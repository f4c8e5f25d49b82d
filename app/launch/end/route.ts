import { isSameOriginPost } from '@/lib/auth/staff';
import { endLaunchRequest } from '@/lib/smart/launch';
import { problem } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

/** POST /launch/end: forgets this browser's launch (tokens and what was read from the chart). */
export function POST(request: Request) {
  if (!isSameOriginPost(request))
    return problem({ status: 403, title: 'Forbidden', detail: 'This form must be sent from GutSkin CDS itself.' });
  return endLaunchRequest(request);
}
