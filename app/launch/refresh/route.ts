import { rereadRequest } from '@/lib/smart/launch';

export const dynamic = 'force-dynamic';

/** GET /launch/refresh: reads the launched patient's chart again (renewing access first when it has expired). */
export const GET = (request: Request) => rereadRequest(request);
